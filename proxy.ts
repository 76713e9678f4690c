import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedRequest } from "@/lib/http/request-guard";

/** Runs before every request: malformed addresses and server-action bodies are refused in words. */
export async function proxy(request: NextRequest): Promise<Response> {
  return (await refuseMalformedRequest(request)) ?? NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
