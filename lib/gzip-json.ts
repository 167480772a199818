/**
 * Reading the site's gzipped data files in the browser (and in Node, for the tests): the event
 * shards and the search index are stored as `.json.gz` (lib/gzip-response.ts writes them), which
 * keeps a 100,000-event site's output in bounds (docs/scale.md) while readers fetch about the same
 * bytes as a host compressing plain JSON on the wire.
 */

/** gzip's first two bytes (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * The JSON value of a `.json.gz` file's response. A host that serves .gz files with
 * `Content-Encoding: gzip` has the browser inflate them already, so the bytes say which they are.
 */
export async function readGzippedJson(response: Response): Promise<unknown> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  const text = gzipped ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text() : new TextDecoder().decode(bytes);
  return JSON.parse(text);
}

/** A file the site stores gzipped, by its name. */
export const isGzipped = (path: string) => path.endsWith(".gz");
