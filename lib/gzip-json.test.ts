import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isGzipped, readGzippedJson } from "@/lib/gzip-json";
import { gzipJsonResponse } from "@/lib/gzip-response";

const value = [{ id: "a", title: "Talks in Genève", passages: ["Delegations met — again."] }];
const json = JSON.stringify(value);

describe("readGzippedJson", () => {
  it("inflates the gzipped file the site stores", async () => {
    expect(await readGzippedJson(new Response(gzipSync(json)))).toEqual(value);
  });

  it("reads what gzipJsonResponse writes, the same bytes each time", async () => {
    const [one, two] = await Promise.all([gzipJsonResponse(value).arrayBuffer(), gzipJsonResponse(value).arrayBuffer()]);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(await readGzippedJson(gzipJsonResponse(value))).toEqual(value);
    expect(gzipJsonResponse(value).headers.get("content-type")).toBe("application/gzip");
  });

  it("reads it as it is when the host already inflated it (Content-Encoding: gzip)", async () => {
    expect(await readGzippedJson(new Response(json))).toEqual(value);
  });

  it("fails on a file that is neither", async () => {
    await expect(readGzippedJson(new Response(Uint8Array.of(0x1f, 0x8b, 0, 1, 2)))).rejects.toThrow();
    await expect(readGzippedJson(new Response("<!doctype html>"))).rejects.toThrow(SyntaxError);
  });
});

describe("isGzipped", () => {
  it("goes by the file's name", () => {
    expect(isGzipped("/data/events/3.json.gz")).toBe(true);
    expect(isGzipped("/data/timeline.json")).toBe(false);
  });
});
