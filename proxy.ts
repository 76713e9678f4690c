import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedRequest } from "@/lib/http/request-guard";
import {
  STATIC_SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
  contentSecurityPolicy,
  createNonce,
} from "@/lib/security/headers";

/**
 * Malformed addresses and server-action bodies are refused in words first (lib/http/request-guard.ts).
 * Then security headers on every response, with a fresh script nonce per request. Next reads the nonce from
 * the request's Content-Security-Policy header and puts it on its own inline and chunk scripts.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = contentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV !== "production", https });

  const refusal = await refuseMalformedRequest(request);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = refusal ?? NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Every path, static files included: a header missing from one kind of response is the gap an attacker uses.
export const config = { matcher: "/:path*" };
