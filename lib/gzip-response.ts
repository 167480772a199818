/**
 * A static route's JSON, stored gzipped (`.json.gz`; read back by lib/gzip-json.ts). Server-side
 * only: it uses node:zlib.
 */
import { gzipSync } from "node:zlib";

/** Node's gzip header carries no time stamp: the same text gives the same bytes. */
export function gzipResponse(text: string): Response {
  return new Response(gzipSync(text), { headers: { "content-type": "application/gzip" } });
}

export const gzipJsonResponse = (value: unknown) => gzipResponse(JSON.stringify(value));
