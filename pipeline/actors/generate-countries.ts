/**
 * Regenerates data/gazetteer/countries.json from the `world-countries` dataset (mledoze/countries, ODbL):
 * names, alternative spellings, English demonyms and capitals for every ISO 3166 country.
 * Hand-kept additions (government seats such as "the Kremlin", short forms such as "U.S.") live in
 * data/gazetteer/country-extras.json. Run: npx tsx pipeline/actors/generate-countries.ts
 */
import { writeFileSync } from "node:fs";
import countries from "world-countries";

interface CountryEntry {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

// Alternative spellings that are codes, abbreviations or too ambiguous in English prose.
const isUsefulAlias = (alias: string) => alias.length > 3 && /^[A-Z]/.test(alias) && !/^[A-Z]{2,3}$/.test(alias) && !/[()]/.test(alias);

// A demonym names one country: territories lose theirs to the independent state that shares it
// ("Dutch" is the Netherlands, not Caribbean Netherlands); one shared by two states ("Congolese") is dropped.
const statesByDemonym = new Map<string, string[]>();
for (const c of countries.filter((x) => x.independent)) {
  for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean) as string[])) statesByDemonym.set(d, [...(statesByDemonym.get(d) ?? []), c.cca3]);
}
const keepDemonym = (code: string, demonym: string) => {
  const states = statesByDemonym.get(demonym) ?? [];
  return states.length === 0 || (states.length === 1 && states[0] === code);
};

const entries: CountryEntry[] = countries
  .filter((c) => /^[A-Z]{3}$/.test(c.cca3))
  .map((c) => {
    const aliases = new Set<string>([c.name.common, c.name.official, ...c.altSpellings.filter(isUsefulAlias)]);
    aliases.delete("");
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng?.m) demonyms.add(eng.m);
    if (eng?.f) demonyms.add(eng.f);
    return {
      code: c.cca3,
      name: c.name.common,
      aliases: [...aliases].sort(),
      demonyms: [...demonyms].filter((d) => d && keepDemonym(c.cca3, d)).sort(),
      capitals: [...(c.capital ?? [])].sort(),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const file = {
  source: "world-countries (https://github.com/mledoze/countries), Open Database License 1.0",
  generatedBy: "pipeline/actors/generate-countries.ts",
  countries: entries,
};
writeFileSync(new URL("../../data/gazetteer/countries.json", import.meta.url), `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${entries.length} countries`);
