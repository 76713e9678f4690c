/**
 * The security headers every response carries: pages, route handlers, event streams, downloads, static
 * files, error pages. Pure; proxy.ts sets them on every request.
 * See docs/decisions/012-content-security-policy.md.
 */

/** Features no page of Quizwire uses. The host screen's fullscreen and the class page's clipboard stay allowed. */
const DENIED_FEATURES = [
  "camera",
  "microphone",
  "geolocation",
  "payment",
  "usb",
  "serial",
  "bluetooth",
  "hid",
  "midi",
  "magnetometer",
  "gyroscope",
  "accelerometer",
  "display-capture",
  "browsing-topics",
];

/** Headers that are the same on every response, whatever its kind. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
  "Cross-Origin-Opener-Policy": "same-origin",
};

export interface PolicyOptions {
  /** Next's dev server evaluates modules with eval() and talks to its overlay over a websocket. */
  dev: boolean;
  /** Served over https: ask the browser to upgrade any stray http subresource. */
  https: boolean;
}

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

const SHARED_DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  // React renders style="" attributes (progress bars, charts); <style> and stylesheets stay same-origin only.
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * The policy of a page or route response: scripts run only when they carry this request's nonce, or
 * when a script that did loaded them ('strict-dynamic': Next's chunks, the lazily loaded charts).
 */
export function contentSecurityPolicy(nonce: string, options: PolicyOptions): string {
  return serialize({
    ...SHARED_DIRECTIVES,
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    "connect-src": ["'self'", ...(options.dev ? ["ws:"] : [])],
    ...(options.https ? { "upgrade-insecure-requests": [] } : {}),
  });
}

/** Sent only over https: a browser that saw it once refuses plain http for a year. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
