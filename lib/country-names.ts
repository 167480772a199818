/**
 * Country names for the timeline's lanes, by ISO 3166 alpha-3 code. The data's own name wins
 * (a country actor "Russia" names RUS), so a lane reads the way the events do; codes no event
 * names fall back to i18n-iso-countries' short English name. Server side only: the names reach
 * the browser inside the timeline entries, not as a library.
 */
import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import type { TimelineEvent } from "@/lib/schema";

countries.registerLocale(english);

export function countryNamer(events: readonly TimelineEvent[]): (code: string) => string {
  const named = new Map<string, string>();
  for (const event of events) {
    for (const actor of event.actors) {
      if (actor.kind === "country" && actor.country && !named.has(actor.country)) named.set(actor.country, actor.name);
    }
  }
  return (code) => named.get(code) ?? countries.getName(code, "en", { select: "alias" }) ?? code;
}

/** The countries an event involves: country actors, and the countries of people and bodies. */
export function eventCountries(event: TimelineEvent, nameOf: (code: string) => string): string[] {
  const names = event.actors.map((a) => (a.kind === "country" ? a.name : a.country ? nameOf(a.country) : null));
  return [...new Set(names.filter((n): n is string => n !== null))];
}
