import { describe, expect, it } from "vitest";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, createNonce } from "@/lib/security/headers";
import { webLink } from "@/lib/security/links";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((part) => {
      const [name, ...values] = part.split(" ");
      return [name!, values];
    }),
  );
}

describe("content security policy", () => {
  it("lets only this request's nonce (and what it loads) run scripts in production", () => {
    const policy = directives(contentSecurityPolicy("abc123==", { dev: false, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval and the websocket only for the dev server, and upgrades requests under https", () => {
    expect(contentSecurityPolicy("n", { dev: false, https: true })).not.toContain("unsafe-eval");
    expect(directives(contentSecurityPolicy("n", { dev: true, https: false })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(directives(contentSecurityPolicy("n", { dev: false, https: true })).has("upgrade-insecure-requests")).toBe(
      true,
    );
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("denies camera, microphone and geolocation and never lets the app be framed", () => {
    expect(STATIC_SECURITY_HEADERS["Permissions-Policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(STATIC_SECURITY_HEADERS["X-Frame-Options"]).toBe("DENY");
  });
});

describe("article links", () => {
  it("keeps http and https addresses and drops every other scheme", () => {
    expect(webLink("https://example.com/news?a=1")).toBe("https://example.com/news?a=1");
    expect(webLink("http://example.com")).toBe("http://example.com/");
    for (const hostile of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "//evil.example",
      "not a url",
      "",
      null,
    ])
      expect(webLink(hostile), String(hostile)).toBeNull();
  });
});
