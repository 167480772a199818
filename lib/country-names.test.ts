import { describe, expect, it } from "vitest";
import { countryNamer, eventCountries } from "@/lib/country-names";
import type { TimelineEvent } from "@/lib/schema";

const event = (actors: TimelineEvent["actors"]) => ({ actors }) as TimelineEvent;

describe("country names for lanes", () => {
  const events = [
    event([
      { name: "Russia", kind: "country", country: "RUS", role: null },
      { name: "Antony Blinken", kind: "person", country: "USA", role: "Secretary of State" },
      { name: "NATO", kind: "organization", country: null, role: null },
    ]),
  ];
  const nameOf = countryNamer(events);

  it("uses the data's own name for a country, else the standard short name", () => {
    expect(nameOf("RUS")).toBe("Russia");
    expect(nameOf("USA")).toBe("United States");
    expect(nameOf("ZZZ")).toBe("ZZZ");
  });

  it("collects the countries of country actors and of people, once each, none for bodies without one", () => {
    expect(eventCountries(events[0]!, nameOf)).toEqual(["Russia", "United States"]);
    expect(eventCountries(event([{ name: "NATO", kind: "organization", country: null, role: null }]), nameOf)).toEqual([]);
    expect(eventCountries(event([{ name: "Russia", kind: "country", country: "RUS", role: null }, { name: "Sergei Lavrov", kind: "person", country: "RUS", role: null }]), nameOf)).toEqual(["Russia"]);
  });
});
