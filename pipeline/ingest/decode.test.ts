import { describe, expect, it } from "vitest";
import { PipelineError } from "../errors";
import { decodeArticleBytes } from "./decode";

const decode = (bytes: number[] | Uint8Array | string) => decodeArticleBytes(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Uint8Array.from(bytes), "a.txt");
const problemOf = (bytes: number[] | Uint8Array | string) => {
  try {
    decode(bytes);
  } catch (error) {
    if (error instanceof PipelineError) return error.format();
    throw error;
  }
  throw new Error("expected a problem");
};
const utf16le = (text: string) => [...Buffer.from(text, "utf16le")];
const utf16be = (text: string) => [...Buffer.from(text, "utf16le").swap16()];
/** "Президент встретился с послом" (The president met the ambassador) in Windows-1251. */
const CYRILLIC_1251 = [0xcf, 0xf0, 0xe5, 0xe7, 0xe8, 0xe4, 0xe5, 0xed, 0xf2, 0x20, 0xe2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf2, 0xe8, 0xeb, 0xf1, 0xff, 0x20, 0xf1, 0x20, 0xef, 0xee, 0xf1, 0xeb, 0xee, 0xec, 0x2e, 0x0a];

describe("decoding article files", () => {
  it("reads UTF-8 with and without a byte order mark, and normalises CRLF and CR to LF", () => {
    expect(decode("Talks\r\nin Geneva\rtoday.\n")).toEqual({ text: "Talks\nin Geneva\ntoday.\n", warning: null });
    expect(decode([0xef, 0xbb, 0xbf, ...Buffer.from("Caf\u00e9 talks")])).toEqual({ text: "Café talks", warning: null });
  });

  it("reads UTF-16 LE and BE with a byte order mark, emoji included", () => {
    const text = "Envoys 🇺🇦 met in القدس\r\non Monday.";
    expect(decode([0xff, 0xfe, ...utf16le(text)])).toEqual({ text: "Envoys 🇺🇦 met in القدس\non Monday.", warning: null });
    expect(decode([0xfe, 0xff, ...utf16be(text)])).toEqual({ text: "Envoys 🇺🇦 met in القدس\non Monday.", warning: null });
  });

  it("recognises UTF-16 saved without a byte order mark, and says so", () => {
    expect(decode(utf16le("Leaders met in Geneva on Monday.\n"))).toEqual({ text: "Leaders met in Geneva on Monday.\n", warning: "a.txt:1:1: no byte order mark; read as UTF-16LE (every other byte is NUL)" });
    expect(decode(utf16be("Leaders met.")).text).toBe("Leaders met.");
  });

  it("points at a lone surrogate in UTF-16, and at a missing last byte", () => {
    expect(problemOf([0xff, 0xfe, ...utf16le("ok\nab"), 0x00, 0xd8, 0x41, 0x00])).toBe("a.txt:2:3: not valid UTF-16LE text (a lone surrogate): save the article as UTF-8");
    expect(problemOf([0xff, 0xfe, ...utf16le("abc"), 0x41])).toBe("a.txt:1:4: UTF-16 text with an odd number of bytes (cut short?): save the article as UTF-8");
  });

  it("refuses UTF-32", () => {
    expect(problemOf([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])).toBe("a.txt:1:1: UTF-32 text is not supported: save the article as UTF-8");
  });

  it("reads Windows-1252 (Latin-1) byte by byte, with a warning at the first byte that is not UTF-8", () => {
    // Windows-1252 throughout, even "É”" (C9 94), which would also be a well-formed UTF-8 sequence.
    expect(decode([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x4a, 0x4f, 0x53, 0xc9, 0x94, 0x20, 0x93, 0x6f, 0x6b, 0x94])).toEqual({ text: "Café\nJOSÉ” “ok”", warning: "a.txt:1:4: not valid UTF-8; read as Windows-1252 (Latin-1)" });
  });

  it("keeps the UTF-8 of a mostly UTF-8 file with a few Windows-1252 bytes in it, and says where", () => {
    const bytes = [...Buffer.from("Le ministre à Zürich: “l’envoyé”\nLe ministre: ", "utf8"), 0x93, 0x6f, 0x6b, 0x94];
    // The column counts the characters before the bad byte on its line, not bytes.
    expect(decode(bytes)).toEqual({ text: "Le ministre à Zürich: “l’envoyé”\nLe ministre: “ok”", warning: "a.txt:2:14: not valid UTF-8 here; 2 bytes read as Windows-1252 (Latin-1), the rest as UTF-8" });
  });

  it("never reads an ill-formed UTF-8 sequence (overlong, surrogate, cut short) as UTF-8", () => {
    expect(decode([0x41, 0xc0, 0xaf]).text).toBe("AÀ¯");
    expect(decode([0x41, 0xed, 0xa0, 0x80]).text).toBe("Aí\u00a0€");
    expect(decode([0x41, 0xe2, 0x82]).text).toBe("Aâ‚");
  });

  it("refuses a byte Windows-1252 does not define, at its place", () => {
    expect(problemOf([0x41, 0x0a, 0x42, 0x81])).toBe("a.txt:2:2: not valid UTF-8 text, nor Windows-1252/Latin-1 (byte 0x81): save the article as UTF-8");
  });

  it("refuses another legacy encoding (here Windows-1251 Cyrillic) instead of reading it as accented Latin", () => {
    expect(problemOf(CYRILLIC_1251)).toBe(
      "a.txt:1:1: not valid UTF-8, and not Western text either (read as Windows-1252, 100% of its letters would be accented): probably another legacy encoding (Cyrillic, Greek, Asian...); convert it to UTF-8, e.g. iconv -f WINDOWS-1251 -t UTF-8",
    );
  });

  it("names binary files: by their signature, by a NUL byte, by their control characters", () => {
    expect(problemOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])).toBe("a.txt:1:1: binary file: a PNG image, not text: not an article");
    expect(problemOf("%PDF-1.7\n%\u00e2\u00e3")).toBe("a.txt:1:1: binary file: a PDF document, not text: extract its text first (e.g. with pdftotext) and save it as .txt");
    expect(problemOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0])).toBe("a.txt:1:1: binary file: a ZIP archive (a .docx, .odt or .epub is one), not text: save the article as .txt, .md or .html");
    expect(problemOf([0x41, 0x0a, 0x42, 0x43, 0x00, 0x44])).toBe("a.txt:2:3: binary file (it contains NUL bytes), not text: not an article");
    expect(problemOf([0x41, 0x01, 0x02, 0x03, 0x42])).toBe("a.txt:1:2: binary file (3 control characters, the first U+0001), not text: not an article");
    // One stray control character in a real text is kept, not a reason to lose the article.
    expect(decode("Talks in Geneva\u001b on Monday ended.").text).toBe("Talks in Geneva\u001b on Monday ended.");
  });
});
