/**
 * Where an event took place, when the sentence says so: "in Geneva", "at the Kremlin" is not a place
 * (it is an actor), "in person in Geneva" is. Places are the capitals and seats in the country gazetteer
 * plus the meeting venues in data/gazetteer/places.json.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { loadGazetteer } from "../actors/gazetteer";

const placesFile = z.object({ places: z.array(z.object({ name: z.string(), country: z.string().nullable() })) });

let placeNames: Set<string> | undefined;

function places(): Set<string> {
  if (placeNames) return placeNames;
  const file = placesFile.parse(JSON.parse(readFileSync(new URL("../../data/gazetteer/places.json", import.meta.url), "utf8")));
  const capitals = loadGazetteer().entries.filter((e) => e.via === "seat" && /^\p{Lu}\p{Ll}/u.test(e.alias) && !e.alias.includes(" House")).map((e) => e.alias);
  placeNames = new Set([...file.places.map((p) => p.name), ...capitals]);
  return placeNames;
}

export interface PlaceMention {
  start: number;
  end: number;
  name: string;
}

const IN_PLACE = /\b(?:in|at|to)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;

export function findLocation(text: string, start: number, end: number): PlaceMention | null {
  const slice = text.slice(start, end);
  const known = places();
  IN_PLACE.lastIndex = 0;
  for (let m = IN_PLACE.exec(slice); m; m = IN_PLACE.exec(slice)) {
    const words = m[1]!.split(/\s+/);
    // Longest known place at this position ("New York" before "New").
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(" ");
      if (known.has(name)) {
        const at = start + m.index + m[0].indexOf(name);
        return { start: at, end: at + name.length, name };
      }
    }
  }
  return null;
}
