import { describe, expect, it } from "vitest";
import { SUGGESTIONS, suggestionsFor } from "@/lib/suggestions";

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `Actor ${i}` }));

describe("suggestionsFor", () => {
  it("offers every option not chosen yet when there are few", () => {
    expect(suggestionsFor(options(3), ["v1"], "").map((o) => o.value)).toEqual(["v0", "v2"]);
    expect(suggestionsFor(options(SUGGESTIONS), [], "zzz")).toHaveLength(SUGGESTIONS);
  });

  it("past the limit, offers the first ones, then those containing what is typed (any case)", () => {
    const many = options(5000);
    const first = suggestionsFor(many, ["v0"], "");
    expect(first).toHaveLength(SUGGESTIONS);
    expect(first[0]!.value).toBe("v1");
    const typed = suggestionsFor(many, [], "ACTOR 499");
    expect(typed.map((o) => o.label)).toEqual(["Actor 499", "Actor 4990", "Actor 4991", "Actor 4992", "Actor 4993", "Actor 4994", "Actor 4995", "Actor 4996", "Actor 4997", "Actor 4998", "Actor 4999"]);
    expect(suggestionsFor(many, [], "nobody")).toEqual([]);
  });
});
