/**
 * The actor gazetteer, loaded from the data files in data/gazetteer/ (each file names its source):
 * countries (names, demonyms, capitals, seats of government), organizations and groupings, officials with
 * role, country and dates in office, and the titles that introduce people. Code holds no names.
 * A site's timeline.config.json may add actors and aliases (configureGazetteer): they win over the
 * data files' entries for the same words.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Actor } from "../../lib/schema";
import type { ConfigActor } from "../../lib/site-config";

const GAZETTEER_DIR = new URL("../../data/gazetteer/", import.meta.url);

const countriesFile = z.object({
  countries: z.array(z.object({ code: z.string(), name: z.string(), aliases: z.array(z.string()), demonyms: z.array(z.string()), capitals: z.array(z.string()) })),
});
const extrasFile = z.object({
  countries: z.record(z.string(), z.object({ aliases: z.array(z.string()), seats: z.array(z.string()), demonyms: z.array(z.string()) })),
});
const organizationsFile = z.object({
  organizations: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), kind: z.enum(["organization", "group"]), country: z.string().nullable() })),
});
const officialsFile = z.object({
  officials: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), role: z.string(), country: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable(), surname: z.string().optional() })),
});
const rolesFile = z.object({ roles: z.array(z.string()) });

/** How a name in the text refers to its actor. */
export type Via = "name" | "alias" | "surname" | "demonym" | "seat" | "role" | "reference" | "guess";

export interface GazetteerEntry {
  alias: string;
  actor: Actor;
  via: Via;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  roles: string[];
  /** Actor for a country code. */
  country(code: string): Actor | undefined;
  /** The family name of a person the gazetteer knows, when it is not simply the last word. */
  surname(name: string): string | undefined;
}

function load<T>(file: string, schema: z.ZodType<T>): T {
  const raw: unknown = JSON.parse(readFileSync(new URL(file, GAZETTEER_DIR), "utf8"));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`data/gazetteer/${file}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Actors and aliases from timeline.config.json (lib/site-config.js), added to the data files'. */
export interface GazetteerExtras {
  actors: ConfigActor[];
  /** More names, by the name of an actor of the gazetteer or of `actors`. */
  aliases: Record<string, string[]>;
}

const NO_EXTRAS: GazetteerExtras = { actors: [], aliases: {} };
let configured: GazetteerExtras = NO_EXTRAS;
let cached: Gazetteer | undefined;

/**
 * Adds a config's actors and aliases to the gazetteer from now on (null: none). Worker threads get
 * the same through the pool (pipeline/parallel/pool.ts); the article cache keys on them.
 */
export function configureGazetteer(extras: Partial<GazetteerExtras> | null): void {
  const next = { actors: extras?.actors ?? [], aliases: extras?.aliases ?? {} };
  if (gazetteerExtrasKey(next) === gazetteerExtrasKey(configured)) return;
  configured = next;
  cached = undefined;
}

export function gazetteerExtras(): GazetteerExtras {
  return configured;
}

/** What the configured extras change, as a string ("" for none): part of the article cache's key. */
export function gazetteerExtrasKey(extras: GazetteerExtras = configured): string {
  return extras.actors.length === 0 && Object.keys(extras.aliases).length === 0 ? "" : JSON.stringify([extras.actors, Object.entries(extras.aliases)]);
}

/** The names in `aliases` that are no actor's, neither in the data files nor in `actors`. */
export function unknownAliasTargets(extras: GazetteerExtras = configured): string[] {
  const known = new Set(loadGazetteer().entries.filter((e) => e.via === "name").map((e) => e.actor.name));
  for (const actor of extras.actors) known.add(actor.name);
  return Object.keys(extras.aliases).filter((name) => !known.has(name));
}

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const extras = load("country-extras.json", extrasFile).countries;
  const configActors = configured.actors;
  // A config actor named like a data-file actor replaces it (docs/configuration.md: the config wins):
  // its kind, and its country and role when it gives them, are the config's. The data file's names for it
  // stay its names, and so does what only its own kind reads (a country's demonyms and seats, an
  // official's surname and time in office), so that redeclaring an actor loses nothing it was found by.
  type Redeclared = { aliases: string[]; country?: string | null; role?: string; demonyms?: string[]; seats?: string[]; surname?: string; from?: string | null; to?: string | null };
  const redeclared = new Set(configActors.map((a) => a.name));
  const replaced = new Map<string, Redeclared>();
  const keepUnlessRedeclared = (name: string, was: Redeclared): boolean => {
    if (!redeclared.has(name)) return true;
    replaced.set(name, was);
    return false;
  };
  const countries = load("countries.json", countriesFile).countries
    .map((c) => {
      const extra = extras[c.code];
      return { name: c.name, code: c.code as string | null, aliases: [...c.aliases, ...(extra?.aliases ?? [])], demonyms: [...c.demonyms, ...(extra?.demonyms ?? [])], seats: [...c.capitals, ...(extra?.seats ?? [])] };
    })
    .filter((c) => keepUnlessRedeclared(c.name, { ...c, country: c.code }));
  const organizations = load("organizations.json", organizationsFile).organizations.filter((o) => keepUnlessRedeclared(o.name, o));
  type Official = Omit<z.infer<typeof officialsFile>["officials"][number], "role"> & { role: string | null };
  const officials: Official[] = load("officials.json", officialsFile).officials.filter((p) => keepUnlessRedeclared(p.name, p));
  // The config's actors after the data file's: a country code the data file has keeps its country.
  for (const a of configActors) {
    const was = replaced.get(a.name);
    const aliases = [...(was?.aliases ?? []), ...(a.aliases ?? [])];
    const country = a.country !== undefined ? a.country : (was?.country ?? null);
    if (a.kind === "country") countries.push({ name: a.name, code: country, aliases, demonyms: was?.demonyms ?? [], seats: was?.seats ?? [] });
    else if (a.kind === "person") officials.push({ name: a.name, aliases, role: a.role ?? was?.role ?? null, country, from: was?.from ?? null, to: was?.to ?? null, ...(was?.surname ? { surname: was.surname } : {}) });
    else organizations.push({ name: a.name, aliases, kind: a.kind, country });
  }
  const roles = load("roles.json", rolesFile).roles;

  const entries: GazetteerEntry[] = [];
  // What the site's config says wins (it is about this corpus): its actors' names and aliases, and the
  // aliases it gives any actor; never a surname guessed from them.
  const configNames = new Set(configActors.map((a) => a.name));
  const preferred = new Set<GazetteerEntry>();
  const add = (entry: GazetteerEntry, said = configNames.has(entry.actor.name) && entry.via !== "surname") => {
    entries.push(entry);
    if (said) preferred.add(entry);
  };
  const addNames = (actor: Actor, aliases: readonly string[]) => {
    for (const alias of new Set([actor.name, ...aliases])) add({ alias, actor, via: alias === actor.name ? "name" : "alias" });
  };
  const countryActors = new Map<string, Actor>();
  for (const c of countries) {
    const actor: Actor = { name: c.name, kind: "country", country: c.code, role: null };
    if (c.code && !countryActors.has(c.code)) countryActors.set(c.code, actor);
    addNames(actor, c.aliases);
    for (const demonym of new Set(c.demonyms)) add({ alias: demonym, actor, via: "demonym" });
    for (const seat of new Set(c.seats)) add({ alias: seat, actor, via: "seat" });
  }
  for (const o of organizations) addNames({ name: o.name, kind: o.kind, country: o.country, role: null }, o.aliases);
  // Surnames alone ("Blinken") refer to an official when no other official shares them.
  const surnameOf = (p: (typeof officials)[number]) => p.surname ?? p.name.split(" ").at(-1)!;
  const surnameCount = new Map<string, number>();
  for (const p of officials) {
    const surname = surnameOf(p);
    surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
  }
  const surnames = new Map<string, string>();
  for (const p of officials) {
    if (p.surname) surnames.set(p.name, p.surname);
    const actor: Actor = { name: p.name, kind: "person", country: p.country, role: p.role };
    addNames(actor, p.aliases);
    const surname = surnameOf(p);
    if (surnameCount.get(surname) === 1) add({ alias: surname, actor, via: "surname" });
  }
  // The config's aliases name an actor by its name (unknownAliasTargets lists those that name none).
  const byName = new Map(entries.filter((e) => e.via === "name").map((e) => [e.actor.name, e.actor]));
  for (const [name, aliases] of Object.entries(configured.aliases)) {
    const actor = byName.get(name);
    if (actor) for (const alias of aliases) add({ alias, actor, via: "alias" }, true);
  }
  // After the config, organizations and people win over a country that happens to share the alias ("Kremlin" as seat vs body).
  const rank = (e: GazetteerEntry) => (preferred.has(e) ? -1 : e.actor.kind === "country" ? 1 : 0);
  const byAlias = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    const existing = byAlias.get(e.alias);
    if (!existing || rank(e) < rank(existing)) byAlias.set(e.alias, e);
  }
  cached = {
    entries: [...byAlias.values()].sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias)),
    roles: [...roles].sort((a, b) => b.length - a.length),
    country: (code) => countryActors.get(code),
    surname: (name) => surnames.get(name),
  };
  return cached;
}
