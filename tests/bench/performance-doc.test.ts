import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { num, ratio, readResults, renderPerformanceDoc, type Results } from "../../bench/performance-doc";

const FIXTURE = "tests/bench/fixtures/results";
const fixture = () => readResults(FIXTURE);
const rowOf = (doc: string, label: string) => doc.split("\n").find((line) => line.startsWith(`| ${label} |`));

describe("num and ratio", () => {
  it("groups thousands and fixes decimals the same way on every machine", () => {
    expect(num(1234567.891, 1)).toBe("1,234,567.9");
    expect(num(999)).toBe("999");
    expect(num(0.5, 2)).toBe("0.50");
    expect(num(-1500)).toBe("−1,500");
    expect(num(null)).toBe("—");
    expect(num(Number.NaN)).toBe("—");
  });
  it("gives ours / theirs, with tiny ratios kept readable and nothing for a zero or missing figure", () => {
    expect(ratio(1148, 268)).toBe("×4.28");
    expect(ratio(16.7, 8083)).toBe("×0.0021");
    expect(ratio(1, 0)).toBe("—");
    expect(ratio(null, 3)).toBe("—");
  });
});

describe("renderPerformanceDoc", () => {
  const doc = renderPerformanceDoc(fixture());

  it("puts each viewer figure beside plain vis-timeline's, the ratio, and the issue's bar", () => {
    expect(rowOf(doc, "first event drawn, median of 5 loads")).toBe("| first event drawn, median of 5 loads | 1,148 ms | 268 ms | ×4.28 | ≤ 1 s: **not met** |");
    expect(rowOf(doc, "frame time p95 while panning and zooming")).toBe("| frame time p95 while panning and zooming | 16.7 ms | 8,083.0 ms | ×0.0021 | ≤ 33 ms: met |");
    expect(rowOf(doc, "most `.vis-item` elements mounted")).toBe("| most `.vis-item` elements mounted | 48 | 22,990 | ×0.0021 | ≤ 500: met |");
  });

  it("shows the 100k site after the 10k one, without plain vis-timeline, against the issue's 100,000-event bars", () => {
    const section = doc.slice(doc.indexOf("### 100k"));
    expect(doc.indexOf("### 10k")).toBeLessThan(doc.indexOf("### 100k"));
    // "first event drawn ≤ 1 s (10k) and ≤ 3 s (100k)"; the frame bar holds at both sizes.
    expect(section).toContain("| first event drawn, median of 5 loads | 2,500 ms | ≤ 3 s: met |");
    expect(section).toContain("| frame time p95 while panning and zooming | 40.0 ms | ≤ 33 ms: **not met** |");
    expect(section).toContain("built in this run in 349 s");
  });

  it("compares TimelineJS with ours on time to interactive and memory, and names what was blocked", () => {
    expect(rowOf(doc, "time to interactive")).toBe("| time to interactive | 1,000 ms | 4,000 ms | ×0.25 |");
    expect(rowOf(doc, "JS heap in use")).toBe("| JS heap in use | 10.5 MiB | 42.0 MiB | ×0.25 |");
    expect(rowOf(doc, "DOM nodes")).toBe("| DOM nodes | 3,000 | 60,000 | ×0.05 |");
    expect(rowOf(doc, "first click answered")).toBe("| first click answered | 24 ms | — ms | — |");
    expect(doc).toContain("Requests to other hosts (blocked): ours: none; TimelineJS: fonts.gstatic.com.");
    expect(doc).toContain("|  | ours | TimelineJS 3.9.11 | ours / TimelineJS |");
  });

  it("gives the date figures with their ratios, and the pipeline's bars met or not", () => {
    expect(rowOf(doc, "value F1")).toBe("| value F1 | 85.00 | 42.50 | ×2.00 |");
    expect(rowOf(doc, "documents per second")).toBe("| documents per second | 700 | 1,400 | ×0.50 |");
    expect(rowOf(doc, "one article edited")).toBe("| one article edited | 3.50 s | ≤ 3 s: **not met** |");
    expect(rowOf(doc, "cold (`--no-cache`)")).toBe("| cold (`--no-cache`) | 9.20 s | ≤ 30 s: met |");
  });

  it("holds the bytes-per-event bar against the real extraction only", () => {
    expect(doc).toContain("| `node_modules/.cache/diplomatic-timeline/bench/afp-events.json` | 1,955 | 70,479 B | 36.1 B | 30.1 B | 23 ms | ≤ 60 bytes: met |");
    expect(doc).toContain("| `.scale/events-10k.json` | 10,000 | 129,953 B | 13.0 B | 5.9 B | 73 ms |  |");
  });

  it("holds each site to its own Lighthouse bar, with every run's score", () => {
    expect(doc).toContain("**seeds**: events made from the seed articles by `npm run extract`.");
    expect(doc).toContain("| `/` | 96 (≥ 95: met) | 94, 96, 99 | 100 | 100 | 100 | 1,800 ms | 120 ms | 0.000 | 3,300 ms |");
    expect(doc).toContain("| `/` | 88 (≥ 90: **not met**) | 85, 88, 90 | 100 | 96 | 100 | 2,500 ms | 300 ms | 0.001 | 4,000 ms |");
  });

  it("says when Lighthouse or a figure could not be measured, and keeps the rest", () => {
    expect(doc).toContain("| `/events/x/` | did not run: lighthouse exited 1: no chrome |");
    expect(doc).toContain("| `/` | 150.5 KB | 500.1 KB | 9 | ≤ 200 KB: met |");
    expect(doc).toContain("| `/events/x/` | not measured: initial-js.mjs exited 1: boom |");
  });

  it("lists every result file with its command, date, load and machine", () => {
    expect(rowOf(doc, "`viewer-10k.json`")).toBe("| `viewer-10k.json` | 2026-01-02 | `npx tsx bench/viewer.ts --sizes 10k` | 0.50, 0.25, 0.13 | Test CPU, 2 cores, 24 GiB | v20.0.0 | Chromium 1.2.3 |");
    expect(doc.match(/^\| `[\w-]+\.json` \|/gm)).toHaveLength(7);
  });

  it("says how to measure what has no results yet", () => {
    const empty = renderPerformanceDoc({});
    for (const command of ["bench/viewer.ts --sizes 10k,100k", "bench/timelinejs.ts", "bench/dates.ts", "bench/pipeline.ts", "bench/timeline-file.ts", "bench/lighthouse.ts"]) {
      expect(empty).toContain(`_Not measured yet: run \`npx tsx ${command}\`._`);
    }
  });

  it("writes the same bytes for the same results, whatever order they are read in", () => {
    const results = fixture();
    const reversed: Results = Object.fromEntries(Object.entries(results).reverse());
    expect(renderPerformanceDoc(reversed)).toBe(doc);
  });
});

describe("docs/performance.md", () => {
  it("is what bench/performance-doc.ts makes of bench/results (never edited by hand)", () => {
    expect(readFileSync("docs/performance.md", "utf8"), "regenerate it: npx tsx bench/performance-doc.ts").toBe(renderPerformanceDoc(readResults("bench/results")));
  });
});
