import { describe, expect, it } from "vitest";
import { THEME_SCRIPT } from "@/lib/theme";

describe("the audited inline script", () => {
  it("cannot end its <script> element early or open a comment in it", () => {
    expect(THEME_SCRIPT).not.toMatch(/<\/script|<!--|<script/i);
  });

  it("is a constant: only ever writes light or dark", () => {
    expect(THEME_SCRIPT).toContain('t==="light"||t==="dark"');
  });
});
