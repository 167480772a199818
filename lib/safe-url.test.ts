import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "@/lib/safe-url";

describe("safeHttpUrl", () => {
  it("keeps plain http(s) addresses, normalised", () => {
    expect(safeHttpUrl("https://example.org/story")).toBe("https://example.org/story");
    expect(safeHttpUrl("  HTTP://Example.ORG/a?b=1#c  ")).toBe("http://example.org/a?b=1#c");
    expect(safeHttpUrl("https://example.org/a/../b")).toBe("https://example.org/b");
    expect(safeHttpUrl("https://www.voanews.com/a/x.html")).toBe("https://www.voanews.com/a/x.html");
  });

  it("percent-encodes what could break out of an attribute", () => {
    expect(safeHttpUrl('https://example.org/"><script>x</script>')).toBe("https://example.org/%22%3E%3Cscript%3Ex%3C/script%3E");
  });

  it.each([
    null,
    undefined,
    "",
    "   ",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "/relative/path",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "\u0001javascript:alert(1)",
    "\u0000javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "%6Aavascript:alert(1)",
    "javascript://example.org/%0aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "blob:https://example.org/0f6c",
    "ftp://example.org/file",
    "mailto:someone@example.org",
    "//evil.example/path",
    "\\\\evil.example\\path",
    "https:\\\\evil.example",
    "https:/evil.example",
    "https:evil.example",
    "https:///evil.example",
    "https://",
    "/articles/relative",
    "example.org/no-scheme",
    "https://bank.example@evil.example/",
    "https://user:pass@example.org/",
    "https://exa mple.org/",
    "https://example.org/\u202Egnp.exe",
    "https://example.org/\u200Bhidden",
    "https://example.org/\ufeffbom",
    `https://example.org/${"a".repeat(3000)}`,
  ])("rejects %j", (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });
});
