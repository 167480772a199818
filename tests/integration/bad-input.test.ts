/**
 * Issue 5, "Bad input": every kind of junk people feed the tool, run through the real extract command on a
 * temporary folder. Each case is checked three ways:
 * - without --keep-going: the exact `path:line:col: message` lines, exit 1 (or 0 when the case only warns),
 *   and an output folder left exactly as it was (no half-written or temporary file);
 * - with --keep-going: exit 0, report.json lists every input file with its outcome and reason, the good
 *   article's events are written, every quote is its slice of the article text, and no temporary file is left;
 * - once for all cases together, by the real process (`tsx pipeline/cli/extract.ts`), for its exit status.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { eventsFileSchema, type EventsFile } from "../../lib/schema";
import type { FileStatus, Report } from "../../pipeline/extract";
import { extractInProcess, extractProcess, temporaryFolders, type FileContent } from "./helpers";

const { tempDir, makeFolder } = temporaryFolders();
const GOOD = "Talks in Geneva\nJan 03, 2022\nLavrov met Blinken in Geneva on Monday to discuss Ukraine.\n";
const ARTICLE_TYPES = "articles are .txt, .md, .markdown, .html, .htm, .jsonl";
const SENTINEL = "left from an earlier run\n";

interface Run {
  status: number;
  stderr: string[];
  outDir: string;
}

/** The command in-process, into an output folder that already holds files from an "earlier run". */
async function extract(inDir: string, ...flags: string[]): Promise<Run> {
  const outDir = tempDir("bad-input-out-");
  writeFileSync(join(outDir, "events.json"), SENTINEL);
  writeFileSync(join(outDir, "report.json"), SENTINEL);
  const { status, err } = await extractInProcess(["--in", inDir, "--out", outDir, "--no-cache", ...flags]);
  return { status, stderr: err.flatMap((line) => line.split("\n")), outDir };
}

const positioned = (lines: string[]) => lines.filter((line) => /^[^\s:]+(?:[^:]*):\d+:\d+: /.test(line));
const outputFiles = (run: Run) => readdirSync(run.outDir).sort();
/** What a successful run writes: the data, the report, the id registry and the four exports (lib/exports). */
const WRITTEN = ["events.csv", "events.ics", "events.json", "id-registry.json", "plover.jsonl", "report.json", "timelinejs.json"];
const readJson = <T,>(run: Run, name: string) => JSON.parse(readFileSync(join(run.outDir, name), "utf8")) as T;

function expectUntouched(run: Run) {
  expect(outputFiles(run)).toEqual(["events.json", "report.json"]);
  for (const name of ["events.json", "report.json"]) expect(readFileSync(join(run.outDir, name), "utf8")).toBe(SENTINEL);
}

function expectQuotesAreSlices(data: EventsFile) {
  const texts = new Map(data.articles.map((a) => [a.id, a.text]));
  for (const event of data.events) for (const s of event.sources) expect(texts.get(s.articleId)!.slice(s.start, s.end)).toBe(s.quote);
}

interface Case {
  name: string;
  files: Record<string, FileContent>;
  /** Every `path:line:col: message` problem, exactly. */
  problems: string[];
  /** Warning lines (printed as `warning: ...`). */
  warnings?: string[];
  /** Outcome of each file besides good.txt (always "ok"): status and reason. */
  rows: Record<string, [FileStatus, string | null]>;
  /** More checks on what --keep-going wrote. */
  check?: (data: EventsFile, report: Report) => void;
}

const jsonError = (line: string) => {
  try {
    JSON.parse(line);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("valid JSON");
};
const BROKEN_JSON = '{"title": "Broken", "text": "Putin called Biden on Tuesday.", ';
const BIG_BODY = "word ".repeat(250_000).trim();
const CYRILLIC_1251 = Buffer.from([0xcf, 0xf0, 0xe5, 0xe7, 0xe8, 0xe4, 0xe5, 0xed, 0xf2, 0x20, 0xe2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf2, 0xe8, 0xeb, 0xf1, 0xff, 0x20, 0xf1, 0x20, 0xef, 0xee, 0xf1, 0xeb, 0xee, 0xec, 0x2e, 0x0a]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const article = (a: EventsFile["articles"][number] | undefined) => {
  expect(a).toBeDefined();
  return a!;
};

/** A case whose files are all skipped: each problem line, and its file's row with the message as the reason. */
function skipped(...problems: string[]): Pick<Case, "problems" | "rows"> {
  const rows: Case["rows"] = {};
  for (const problem of problems) {
    const [, file = "", message = ""] = /^(.*?):\d+:\d+: (.*)$/.exec(problem) ?? [];
    rows[file] = ["skipped", message];
  }
  return { problems, rows };
}

const CASES: Case[] = [
  {
    name: "an empty file",
    files: { "empty.txt": "" },
    ...skipped("empty.txt:1:1: empty file (0 bytes): no article text"),
  },
  {
    name: "a whitespace-only file",
    files: { "blank.md": " \n\t\r\n  \n" },
    ...skipped("blank.md:1:1: only whitespace: no article text"),
  },
  {
    name: "a binary file (NUL bytes)",
    files: { "data.txt": Buffer.concat([Buffer.from("Header\nAB"), Buffer.from([0, 1, 2, 3])]) },
    ...skipped("data.txt:2:3: binary file (it contains NUL bytes), not text: not an article"),
  },
  {
    name: "an image and a PDF saved as article files",
    files: { "photo.txt": PNG, "report.md": "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n" },
    ...skipped(
      "photo.txt:1:1: binary file: a PNG image, not text: not an article",
      "report.md:1:1: binary file: a PDF document, not text: extract its text first (e.g. with pdftotext) and save it as .txt",
    ),
  },
  {
    name: "a 50 MB article",
    files: { "huge.txt": Buffer.alloc(50 * 1024 * 1024, "Lavrov met Blinken on Monday. ") },
    ...skipped("huge.txt:1:1: file too large: 50.0 MB, over the limit of 16.0 MB for a single article file: one article is far smaller; split the file into articles (or a .jsonl collection)"),
  },
  {
    name: "an article over 1,000,000 characters, in a file and in a .jsonl line",
    files: { "long.txt": `Headline\n${BIG_BODY}\n`, "long.jsonl": `${JSON.stringify({ title: "Long", text: BIG_BODY })}\n` },
    ...skipped(
      "long.jsonl:1:24: field 'text' is 1,249,999 characters, over the limit of 1,000,000 for one article: split it into articles",
      "long.txt:2:1: article text is 1,249,999 characters, over the limit of 1,000,000 for one article: split it into articles",
    ),
  },
  {
    name: "Latin-1 (Windows-1252) text",
    files: { "latin1.txt": Buffer.from("Talks in Paris\nJan 04, 2022\nMacron met Scholz in Paris on Tuesday to discuss the caf\xe9 tax \x93today\x94.\n", "latin1") },
    problems: [],
    warnings: ["latin1.txt:3:57: not valid UTF-8; read as Windows-1252 (Latin-1)"],
    rows: { "latin1.txt": ["ok", null] },
    check: (data) => expect(article(data.articles.find((a) => a.file === "latin1.txt")).text).toBe("Macron met Scholz in Paris on Tuesday to discuss the café tax “today”."),
  },
  {
    name: "text in another legacy encoding (Windows-1251)",
    files: { "cyrillic.txt": CYRILLIC_1251 },
    ...skipped("cyrillic.txt:1:1: not valid UTF-8, and not Western text either (read as Windows-1252, 100% of its letters would be accented): probably another legacy encoding (Cyrillic, Greek, Asian...); convert it to UTF-8, e.g. iconv -f WINDOWS-1251 -t UTF-8"),
  },
  {
    name: "UTF-16 text with a byte order mark",
    files: { "utf16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Talks in Paris\r\nJan 04, 2022\r\nMacron met Scholz in Paris on Tuesday to discuss energy.\r\n", "utf16le")]) },
    problems: [],
    rows: { "utf16.txt": ["ok", null] },
    check: (data) => {
      const a = article(data.articles.find((x) => x.file === "utf16.txt"));
      expect(a).toMatchObject({ title: "Talks in Paris", published: "2022-01-04", text: "Macron met Scholz in Paris on Tuesday to discuss energy." });
      expect(data.events.some((e) => e.sources.some((s) => s.articleId === a.id))).toBe(true);
    },
  },
  {
    name: "malformed front matter",
    files: {
      "yaml.md": "---\ntitle: Talks\nsource: Example Wire\nsource: Another Wire\n---\nText.\n",
      "open.md": "---\ntitle: never closed\nBody\n",
      "list.md": "---\n- a\n- b\n---\nText.\n",
      "type.md": "---\ntitle: [a, b]\n---\nText.\n",
    },
    ...skipped(
      "list.md:2:1: front matter must be a YAML mapping (key: value lines)",
      "open.md:1:1: front matter opened with --- is never closed (add a line with --- after it)",
      "type.md:2:8: front matter field 'title': expected text, found a list",
      "yaml.md:4:1: invalid front matter: Map keys must be unique",
    ),
  },
  {
    name: "missing front matter (a .md that is plain scraped text) and empty front-matter fields",
    files: {
      "plain.md": "Talks in Vienna\nJan 04, 2022\nScholz met Macron in Vienna on Tuesday to discuss gas.\n",
      "empty-fields.md": "---\ntitle:\npublished: ''\n---\nTalks in Rome\nJan 05, 2022\nDraghi met Scholz in Rome on Wednesday.\n",
    },
    problems: [],
    rows: { "plain.md": ["ok", null], "empty-fields.md": ["ok", null] },
    check: (data) => {
      expect(article(data.articles.find((a) => a.file === "plain.md"))).toMatchObject({ title: "Talks in Vienna", published: "2022-01-04", publishedBasis: "text" });
      expect(article(data.articles.find((a) => a.file === "empty-fields.md"))).toMatchObject({ title: "Talks in Rome", published: "2022-01-05", publishedBasis: "text" });
    },
  },
  {
    name: "impossible dates in front matter and in .jsonl",
    files: {
      "month13.md": "---\ntitle: Talks\npublished: 2022-13-45\n---\nText.\n",
      "feb30.md": "---\npublished: 2022-02-30T10:00:00Z\n---\nText.\n",
      "dates.jsonl": `${JSON.stringify({ id: "a", published: "2022-02-30", text: "Putin called Biden on Tuesday." })}\n`,
    },
    ...skipped(
      "dates.jsonl:1:23: field 'published': '2022-02-30' is not a real date (expected YYYY-MM-DD or an ISO date-time)",
      "feb30.md:2:12: front matter field 'published': '2022-02-30T10:00:00Z' is not a real date (expected YYYY-MM-DD or an ISO date-time)",
      "month13.md:3:12: front matter field 'published': '2022-13-45' is not a real date (expected YYYY-MM-DD or an ISO date-time)",
    ),
  },
  {
    name: "a broken line in a .jsonl file",
    files: {
      "feed.jsonl": [
        JSON.stringify({ id: "x1", title: "Call", published: "2022-01-04", text: "Biden called Zelenskyy on Tuesday to discuss Russia." }),
        BROKEN_JSON,
        JSON.stringify({ id: "x3", title: "Visit", published: "2022-01-05", text: "Blinken visited Kyiv on Wednesday." }),
      ].join("\n"),
    },
    problems: [`feed.jsonl:2:${BROKEN_JSON.length + 1}: invalid JSON: ${jsonError(BROKEN_JSON)}`],
    rows: { "feed.jsonl": ["partial", `1 problem, first: invalid JSON: ${jsonError(BROKEN_JSON)}`] },
    check: (data, report) => {
      expect(report.files.find((f) => f.file === "feed.jsonl")!.articles).toEqual(["feed-x1", "feed-x3"]);
      expect(data.articles.filter((a) => a.file === "feed.jsonl").map((a) => a.bodyLine)).toEqual([1, 3]);
    },
  },
  {
    name: "unknown file types and files without an extension",
    files: { "notes.pdf": "%PDF-1.4\n", "letter.docx": Buffer.from([0x50, 0x4b, 0x03, 0x04]), "README": "Read me.\n", "img/photo.jpg": Buffer.from([0xff, 0xd8, 0xff]) },
    problems: [],
    warnings: [
      `README:1:1: no file extension, not read: ${ARTICLE_TYPES}`,
      `img/photo.jpg:1:1: not an article file type ('.jpg'), not read: ${ARTICLE_TYPES}`,
      `letter.docx:1:1: not an article file type ('.docx'), not read: ${ARTICLE_TYPES}`,
      `notes.pdf:1:1: not an article file type ('.pdf'), not read: ${ARTICLE_TYPES}`,
    ],
    rows: {
      README: ["ignored", `no file extension, not read: ${ARTICLE_TYPES}`],
      "img/photo.jpg": ["ignored", `not an article file type ('.jpg'), not read: ${ARTICLE_TYPES}`],
      "letter.docx": ["ignored", `not an article file type ('.docx'), not read: ${ARTICLE_TYPES}`],
      "notes.pdf": ["ignored", `not an article file type ('.pdf'), not read: ${ARTICLE_TYPES}`],
    },
  },
  {
    name: "the same article under two names (one with CRLF and extra spaces)",
    files: {
      "a.txt": "Talks in Minsk\nJan 06, 2022\nLukashenko met Putin in Minsk on Thursday to discuss troops.\n",
      "copy/a (1).txt": "Talks in Minsk\r\nJan 06, 2022\r\nLukashenko  met Putin in Minsk on Thursday to discuss   troops.\r\n",
    },
    problems: [],
    warnings: ["copy/a (1).txt:1:1: same article text as a.txt; read once"],
    rows: { "a.txt": ["ok", null], "copy/a (1).txt": ["duplicate", "same article text as a.txt"] },
    check: (data) => {
      expect(data.articles.filter((a) => a.text.includes("Lukashenko")).map((a) => a.file)).toEqual(["a.txt"]);
      const minsk = data.events.filter((e) => e.sources.some((s) => s.quote.includes("Lukashenko")));
      expect(minsk).toHaveLength(1);
      expect(minsk[0]!.sources).toHaveLength(1);
    },
  },
  {
    name: "CRLF line endings",
    files: { "crlf.md": "---\r\ntitle: Talks in Ankara\r\npublished: 2022-01-07\r\n---\r\nErdogan met Zelenskyy in Ankara on Friday.\r\n\r\nThey discussed grain exports.\r\n" },
    problems: [],
    rows: { "crlf.md": ["ok", null] },
    check: (data) => {
      const a = article(data.articles.find((x) => x.file === "crlf.md"));
      // Offsets index the text as events.json stores it: line endings normalised to LF.
      expect(a).toMatchObject({ title: "Talks in Ankara", published: "2022-01-07", bodyLine: 5, text: "Erdogan met Zelenskyy in Ankara on Friday.\n\nThey discussed grain exports." });
      const event = data.events.find((e) => e.sources.some((s) => s.articleId === a.id))!;
      expect(event.sources[0]).toMatchObject({ start: 0, end: 42, quote: "Erdogan met Zelenskyy in Ankara on Friday." });
    },
  },
  {
    name: "emoji (outside the BMP) and right-to-left text",
    files: { "mixed.txt": "Talks in Jerusalem 🕊️\nJan 05, 2022\n🇮🇱🇺🇸 القدس ירושלים: Netanyahu 😀 met Blinken in Jerusalem on Wednesday to discuss Iran.\n" },
    problems: [],
    rows: { "mixed.txt": ["ok", null] },
    check: (data) => {
      const a = article(data.articles.find((x) => x.file === "mixed.txt"));
      expect(a.title).toBe("Talks in Jerusalem 🕊️");
      const source = data.events.flatMap((e) => e.sources).find((s) => s.articleId === a.id)!;
      expect(source.quote).toContain("Netanyahu 😀 met Blinken");
      // UTF-16 code units, as JavaScript indexes strings: each flag is 4 units, the emoji 2.
      expect(a.text.slice(source.start, source.end)).toBe(source.quote);
      expect(a.text.indexOf("Netanyahu")).toBe(24);
    },
  },
  {
    name: "a broken symbolic link and a hidden article file",
    files: { "gone.txt": { symlinkTo: "/nonexistent/article.txt" }, ".draft.txt": "Talks in Oslo\nJan 08, 2022\nStoltenberg met Blinken in Oslo.\n" },
    problems: ["gone.txt:1:1: broken symbolic link: what it points to does not exist"],
    warnings: [".draft.txt:1:1: hidden file (its name starts with a dot), not read: rename it to include it"],
    rows: {
      "gone.txt": ["skipped", "broken symbolic link: what it points to does not exist"],
      ".draft.txt": ["ignored", "hidden file (its name starts with a dot), not read: rename it to include it"],
    },
  },
];

describe("bad input, case by case", () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const inDir = makeFolder({ "good.txt": GOOD, ...c.files });

      it(c.problems.length > 0 ? "stops: path:line:col for each problem, exit 1, nothing written" : "is read: exit 0, with its warnings printed", async () => {
        const run = await extract(inDir);
        expect(positioned(run.stderr.filter((l) => !l.startsWith("warning: ")))).toEqual(c.problems);
        for (const warning of c.warnings ?? []) expect(run.stderr).toContain(`warning: ${warning}`);
        if (c.problems.length > 0) {
          expect(run.status).toBe(1);
          expect(run.stderr.at(-1)).toBe(`extract: ${c.problems.length} problem${c.problems.length === 1 ? "" : "s"}; nothing written (use --keep-going to skip bad files)`);
          expectUntouched(run);
        } else {
          expect(run.status).toBe(0);
          expect(outputFiles(run)).toEqual(WRITTEN);
        }
      });

      it("with --keep-going: exit 0, every file in report.json with its outcome, the good files' events written", async () => {
        const run = await extract(inDir, "--keep-going");
        expect(run.status).toBe(0);
        expect(outputFiles(run)).toEqual(WRITTEN);
        for (const problem of c.problems) expect(run.stderr).toContain(`skipped: ${problem}`);
        const report = readJson<Report>(run, "report.json");
        const rows = Object.fromEntries(report.files.map((f) => [f.file, [f.status, f.reason]]));
        expect(rows).toEqual({ "good.txt": ["ok", null], ...c.rows });
        expect(report.problems).toEqual(c.problems);
        expect(report.files.flatMap((f) => f.warnings).sort()).toEqual([...(c.warnings ?? [])].sort());
        const data = eventsFileSchema.parse(readJson<unknown>(run, "events.json"));
        const good = article(data.articles.find((a) => a.file === "good.txt"));
        expect(report.files.find((f) => f.file === "good.txt")!.events).toBeGreaterThan(0);
        expect(data.events.some((e) => e.sources.some((s) => s.articleId === good.id))).toBe(true);
        expectQuotesAreSlices(data);
        c.check?.(data, report);
      });
    });
  }
});

describe("bad input, all at once, by the real command", () => {
  it("exits 1 listing every problem, then with --keep-going exits 0 and reports every file", async () => {
    const dir = tempDir("bad-input-all-");
    makeFolder({ "good.txt": GOOD }, dir);
    CASES.forEach((c, i) => makeFolder(Object.fromEntries(Object.entries(c.files).map(([name, content]) => [`case-${i}/${name}`, content])), dir));
    const expected = CASES.flatMap((c, i) => c.problems.map((p) => `case-${i}/${p}`)).sort();
    const out = tempDir("bad-input-all-out-");
    const command = (...flags: string[]) => extractProcess(["--in", dir, "--out", out, "--no-cache", ...flags]);

    const failed = command();
    expect(failed.status).toBe(1);
    expect(positioned(failed.stderr.split("\n").filter((l) => !l.startsWith("warning: "))).sort()).toEqual(expected);
    expect(readdirSync(out)).toEqual([]);

    const kept = command("--keep-going");
    expect(kept.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(WRITTEN);
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as Report;
    const expectedFiles = ["good.txt", ...CASES.flatMap((c, i) => Object.keys(c.files).map((name) => `case-${i}/${name}`))].sort();
    expect(report.files.map((f) => f.file)).toEqual(expectedFiles);
    for (const row of report.files) expect(row.status === "ok" ? row.reason === null && row.articles.length > 0 : typeof row.reason === "string").toBe(true);
    expect(report.problems.slice().sort()).toEqual(expected);
  }, 180_000);
});

describe("bad input around the articles", () => {
  it("with --keep-going but no readable article at all: exit 1, nothing written (a good events.json is never emptied)", async () => {
    const run = await extract(makeFolder({ "empty.txt": "", "photo.txt": PNG }), "--keep-going");
    expect(run.status).toBe(1);
    expect(run.stderr.at(-1)).toBe("extract: 2 problems; nothing written (no article could be read)");
    expectUntouched(run);
  });

  it("a folder of files that are not articles: exit 1, saying which were ignored", async () => {
    const inDir = makeFolder({ "notes.pdf": "%PDF-1.4\n" });
    const run = await extract(inDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([`warning: notes.pdf:1:1: not an article file type ('.pdf'), not read: ${ARTICLE_TYPES}`, `${inDir}:1:1: no articles found (expected .txt, .md, .html or .jsonl files)`]);
    expectUntouched(run);
  });

  it("an output path that cannot be written: exit 1 with the reason, no temporary file left", async () => {
    const inDir = makeFolder({ "good.txt": GOOD });
    const blocker = join(tempDir("bad-input-out-"), "file");
    writeFileSync(blocker, SENTINEL);
    const { status, err: stderr } = await extractInProcess(["--in", inDir, "--out", join(blocker, "out"), "--no-cache"]);
    expect(status).toBe(1);
    expect(stderr).toEqual([expect.stringMatching(new RegExp(`^${blocker}/out:1:1: could not write output: `))]);
    expect(readdirSync(dirname(blocker))).toEqual(["file"]);
  });
});
