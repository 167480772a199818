import { describe, expect, it } from "vitest";
import { ProgressBar } from "./progress";

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (c: string) => (chunks.push(c), true) } };
}

describe("ProgressBar", () => {
  it("draws on a terminal, at most every 100 ms, always the last step, and clears itself", () => {
    const { chunks, stream } = fakeStream(true);
    let time = 0;
    const bar = new ProgressBar("articles", 4, stream, {}, () => time);
    bar.update(1);
    time = 50;
    bar.update(2); // too soon: skipped
    time = 60;
    bar.update(4); // the end is always drawn
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toMatch(/^\rarticles \[█+░+\]  25% 1\/4$/);
    expect(chunks[1]).toContain("100% 4/4");
    bar.done();
    expect(chunks[2]).toBe("\r\x1b[2K");
  });

  it("is silent when stderr is not a terminal or in CI", () => {
    for (const [isTTY, env] of [[false, {}], [true, { CI: "true" }]] as const) {
      const { chunks, stream } = fakeStream(isTTY);
      const bar = new ProgressBar("articles", 3, stream, env, () => 0);
      bar.update(3);
      bar.done();
      expect(chunks).toEqual([]);
    }
  });
});
