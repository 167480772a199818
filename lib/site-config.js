// @ts-check
/**
 * The optional site configuration, `timeline.config.json` in the folder the commands run in
 * ($TIMELINE_CONFIG names another file). docs/configuration.md describes every key.
 *
 * Why JSON and not a .ts/.mjs config: it needs no execution (a config is data, and reading it
 * must never run code), any tool can read and write it, and it is validated as it is written,
 * with the line and column of each mistake. The file is strict JSON (no comments).
 *
 * Plain JavaScript (with lib/site-config.d.ts for TypeScript) because next.config.js imports it
 * and Node loads that file as it is; the pipeline and the tests import it too. Node only: browser
 * code gets the settings it needs from lib/site-settings.ts (inlined by next.config.js).
 *
 * No file is no configuration: every setting keeps its built-in value and the output is the same,
 * byte for byte, as without this feature.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from "jsonc-parser";
import { z } from "zod";

export const CONFIG_FILE_NAME = "timeline.config.json";

// The same lists as lib/schema.ts (kept equal by lib/site-config.test.ts): this file cannot import TypeScript.
export const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT"];
export const EVENT_STATUSES = ["occurred", "scheduled", "ongoing", "background"];
export const ACTOR_KINDS = ["person", "country", "organization", "group"];
// The same as lib/url-state.ts's LANE_CHOICES, DISPLAYS and SORT_COLUMNS.
export const LANES = ["none", "country", "actor", "type"];
export const VIEWS = ["timeline", "list"];
export const SORTS = ["date", "-date", "title", "-title", "type", "-type", "actor", "-actor"];

const oneOf = (/** @type {string[]} */ values) => `expected one of ${values.map((v) => `"${v}"`).join(", ")}`;
/** z.enum with a message that lists the choices (zod's own names none when the value is not a string). */
const choice = (/** @type {[string, ...string[]]} */ values) => z.enum(values, { error: () => oneOf(values) });

const isoDay = z.iso.date("expected a real day written YYYY-MM-DD");

const text = (/** @type {number} */ max) => z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`);
const names = z.array(text(200));

const basePath = z
  .string()
  .regex(/^(\/[A-Za-z0-9._~-]+)+$/, 'expected a path such as "/timeline": starting with "/", no trailing "/", letters, digits, ".", "_", "~" and "-" only')
  .refine((value) => !value.split("/").some((segment) => segment === "." || segment === ".."), 'must not contain "." or ".." segments');

const defaults = z.strictObject({
  lanes: choice(/** @type {[string, ...string[]]} */ (LANES)).optional(),
  view: choice(/** @type {[string, ...string[]]} */ (VIEWS)).optional(),
  sort: choice(/** @type {[string, ...string[]]} */ (SORTS)).optional(),
  q: z.string().trim().max(200, "at most 200 characters").optional(),
  types: z.array(choice(/** @type {[string, ...string[]]} */ (EVENT_TYPES))).optional(),
  statuses: z.array(choice(/** @type {[string, ...string[]]} */ (EVENT_STATUSES))).optional(),
  actors: names.optional(),
  sources: names.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
}).refine((d) => !d.from || !d.to || d.from <= d.to, { message: '"from" is after "to"', path: ["to"] });

const actor = z.strictObject({
  name: text(200),
  kind: choice(/** @type {[string, ...string[]]} */ (ACTOR_KINDS)),
  country: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166 alpha-3 code such as \"UKR\", or null").nullable().optional(),
  role: text(200).nullable().optional(),
  aliases: names.optional(),
});

export const siteConfigSchema = z.strictObject({
  /** Lets editors find a JSON Schema; not read. */
  $schema: z.string().optional(),
  title: text(120).optional(),
  description: text(400).optional(),
  basePath: basePath.optional(),
  defaults: defaults.optional(),
  actors: z.array(actor).optional(),
  aliases: z.record(text(200), names).optional(),
});

/**
 * One mistake in the config file, at 1-based line and column (UTF-16 code units, as editors count).
 * @typedef {{ path: string, line: number, column: number, message: string }} ConfigProblem
 */

export class SiteConfigError extends Error {
  /** @param {ConfigProblem[]} problems */
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "SiteConfigError";
    this.problems = problems;
  }
}

/** `path:line:col: message` on one line, as the pipeline prints its problems. @param {ConfigProblem} p */
export function formatProblem(p) {
  return `${p.path}:${p.line}:${p.column}: ${p.message.replace(/\r\n|[\n\r\u2028\u2029]/g, "\\n")}`;
}

/** Line and column of an offset. @param {string} source @param {number} offset */
function positionAt(source, offset) {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: before.length - lineStart + 1 };
}

/** A zod issue path as the reader sees it: `defaults.types[2]`, `aliases["Antony Blinken"]`. @param {ReadonlyArray<PropertyKey>} keys */
function keyPath(keys) {
  return keys
    .map((k, i) => (typeof k === "number" ? `[${k}]` : !/^[A-Za-z_$][\w$]*$/.test(String(k)) ? `[${JSON.stringify(String(k))}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join("");
}

/** zod's message in the file's terms: a missing key is "required", a wrong type says what it got. @param {z.core.$ZodIssue} issue */
function plainMessage(issue) {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "required";
    const got = issue.input === null ? "null" : Array.isArray(issue.input) ? "a list" : typeof issue.input === "object" ? "an object" : `a ${typeof issue.input}`;
    const wanted = { array: "a list [...]", object: "an object {...}", string: "a string" }[issue.expected] ?? issue.expected;
    return `expected ${wanted}, not ${got}`;
  }
  return issue.message;
}

/**
 * Where in the file a value (by its key path) is: the value itself, or for a key the file should not
 * have, that key; the nearest enclosing value when the path does not exist (a missing key).
 * @param {import("jsonc-parser").Node | undefined} root
 * @param {Array<string | number>} keys
 * @param {string | null} [unknownKey]
 * @param {boolean} [atKey]
 */
function offsetOf(root, keys, unknownKey = null, atKey = false) {
  if (!root) return 0;
  for (let n = keys.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, keys.slice(0, n));
    if (!node) continue;
    if (n === keys.length && unknownKey !== null && node.type === "object") {
      const property = node.children?.find((p) => p.children?.[0]?.value === unknownKey);
      if (property?.children?.[0]) return property.children[0].offset;
    }
    // The key itself, when asked for (a record's key names something: an alias's actor).
    if (n === keys.length && atKey && node.parent?.type === "property" && node.parent.children?.[0]) return node.parent.children[0].offset;
    return node.offset;
  }
  return root.offset;
}

/**
 * The settings in `source` (the text of `file`), validated; throws SiteConfigError naming the file,
 * line and column of every mistake. `positionOf` locates a key path, for mistakes found later
 * (an alias for an actor the gazetteer does not know); `{ key: true }` gives where its key is.
 * @param {string} source
 * @param {string} file  as it should be printed
 * @returns {{ config: import("./site-config").SiteConfig, positionOf: (keys: Array<string | number>, options?: { key?: boolean }) => { line: number, column: number } }}
 */
export function parseSiteConfig(source, file) {
  /** @type {import("jsonc-parser").ParseError[]} */
  const syntax = [];
  const root = parseTree(source, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (source.trim() === "") throw new SiteConfigError([{ path: file, line: 1, column: 1, message: "the file is empty: write {} for no settings, or delete it" }]);
  if (syntax.length > 0 || !root) {
    // One mistake often makes the parser stumble twice at the same place (a trailing comma): say it once.
    const first = syntax.filter((e, i) => i === 0 || e.offset !== syntax[i - 1]?.offset);
    throw new SiteConfigError(first.map((e) => ({ path: file, ...positionAt(source, e.offset), message: `invalid JSON: ${describeSyntaxError(e.error)}` })));
  }
  // reportInput: each issue carries the value it is about, to say what was found instead.
  const parsed = siteConfigSchema.safeParse(getNodeValue(root), { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const keys = /** @type {Array<string | number>} */ (issue.path.filter((k) => typeof k !== "symbol"));
      if (issue.code === "unrecognized_keys") {
        const [key] = issue.keys;
        const where = keyPath(keys);
        const allowed = allowedKeys(keys);
        return { path: file, ...positionAt(source, offsetOf(root, keys, key ?? null)), message: `unknown key "${issue.keys.join('", "')}"${where ? ` in ${where}` : ""}${allowed ? `: expected ${allowed}` : ""}` };
      }
      const where = keyPath(keys);
      return { path: file, ...positionAt(source, offsetOf(root, keys)), message: `${where ? `${where}: ` : ""}${plainMessage(issue)}` };
    });
    throw new SiteConfigError(problems);
  }
  return { config: /** @type {import("./site-config").SiteConfig} */ (parsed.data), positionOf: (keys, options) => positionAt(source, offsetOf(root, keys, null, options?.key ?? false)) };
}

/** @param {Array<string | number>} keys */
function allowedKeys(keys) {
  /** @type {z.ZodType} */
  let schema = siteConfigSchema;
  for (const key of keys) {
    if (schema instanceof z.ZodOptional) schema = /** @type {z.ZodType} */ (schema.unwrap());
    if (schema instanceof z.ZodObject) schema = schema.shape[key];
    else if (schema instanceof z.ZodArray) schema = /** @type {z.ZodType} */ (schema.element);
    else return null;
    if (!schema) return null;
  }
  if (schema instanceof z.ZodOptional) schema = /** @type {z.ZodType} */ (schema.unwrap());
  return schema instanceof z.ZodObject ? Object.keys(schema.shape).filter((k) => k !== "$schema").map((k) => `"${k}"`).join(", ") : null;
}

/** @param {number} code */
function describeSyntaxError(code) {
  const name = printParseErrorCode(/** @type {import("jsonc-parser").ParseErrorCode} */ (code));
  /** @type {Record<string, string>} */
  const words = {
    InvalidSymbol: "unexpected character",
    InvalidNumberFormat: "not a number",
    PropertyNameExpected: 'expected a key in double quotes (no trailing comma)',
    ValueExpected: "expected a value (no trailing comma)",
    ColonExpected: 'expected ":" after the key',
    CommaExpected: 'expected "," between entries',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: "unexpected text after the end of the JSON value",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "comments are not allowed in JSON",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unterminated number",
    InvalidUnicode: "invalid \\u escape",
    InvalidEscapeCharacter: "invalid escape in a string",
    InvalidCharacter: "invalid character in a string (a raw line break or tab?)",
  };
  return words[name] ?? name;
}

/**
 * The config file to read: `explicit` (a --config option) or $TIMELINE_CONFIG when set (and then it
 * must exist), else timeline.config.json in `cwd` when it exists, else null (no configuration).
 * @param {{ explicit?: string | null, env?: Record<string, string | undefined>, cwd?: string }} [options]
 */
export function siteConfigFile({ explicit = null, env = process.env, cwd = process.cwd() } = {}) {
  const named = explicit ?? (env.TIMELINE_CONFIG || null);
  if (named) return { file: path.resolve(cwd, named), required: true };
  const file = path.join(cwd, CONFIG_FILE_NAME);
  return { file, required: false };
}

/**
 * A file as problems name it: from `cwd` when it is under it (short, and terminals open it), else in full.
 * @param {string} file
 * @param {string} [cwd]
 */
export function displayPath(file, cwd = process.cwd()) {
  const fromHere = path.relative(cwd, file);
  return fromHere && !fromHere.startsWith("..") && !path.isAbsolute(fromHere) ? fromHere : file;
}

/**
 * Reads and validates the configuration (see siteConfigFile for which file); no file gives `{}`.
 * @param {{ explicit?: string | null, env?: Record<string, string | undefined>, cwd?: string }} [options]
 * @returns {import("./site-config").LoadedSiteConfig}
 */
export function loadSiteConfig(options = {}) {
  const { file, required } = siteConfigFile(options);
  const shown = displayPath(file, options.cwd);
  if (!existsSync(file)) {
    if (required) throw new SiteConfigError([{ path: shown, line: 1, column: 1, message: "no such config file (named by --config or $TIMELINE_CONFIG)" }]);
    return { file: null, config: {}, positionOf: () => ({ line: 1, column: 1 }) };
  }
  let source;
  try {
    source = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new SiteConfigError([{ path: shown, line: 1, column: 1, message: `cannot read: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  return { file, ...parseSiteConfig(source, shown) };
}

/**
 * What the app needs of the configuration, as next.config.js inlines it into the pages' code
 * (lib/site-settings.ts reads it): nothing from the gazetteer, which only the pipeline uses.
 * @param {import("./site-config").SiteConfig} config
 * @returns {import("./site-config").PublicSiteConfig}
 */
export function publicSiteConfig(config) {
  const { title, description, basePath: base, defaults: view } = config;
  return { ...(title ? { title } : {}), ...(description ? { description } : {}), ...(base ? { basePath: base } : {}), ...(view ? { defaults: view } : {}) };
}
