import { describe, expect, it } from "vitest";
import { extractDates } from "../dates/index";
import { articleEvents } from "../events/article-events";
import { testArticle } from "../ingest/test-article";
import { sameHappening } from "./compatibility";
import { mergeAcrossArticles } from "./cross-article";
import { findDisagreements } from "./disagreements";

function reports(id: string, order: number, text: string, published: string | null) {
  const a = testArticle(id, text, published);
  return articleEvents(a, order, extractDates(text, published));
}

describe("the same happening across articles", () => {
  const dated = reports("dated", 0, "Yesterday, President Joe Biden told President Volodymyr Zelenskyy during a call that allies stood firm.", "2022-01-03");
  const sunday = reports("undated", 1, "In a Sunday phone call, Biden told Zelenskiy that the allies would respond.", null);
  const thursday = reports("other", 2, "Biden and Putin held a phone call last Thursday.", null);

  it("joins an undated report whose weekday fits the dated one, with the same people", () => {
    expect(sameHappening(dated[0]!, sunday[0]!)).toBe(true);
    const merged = mergeAcrossArticles([...dated, ...sunday]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.primary.articleId).toBe("dated");
    expect(merged[0]!.reports.map((r) => r.articleId)).toEqual(["dated", "undated"]);
  });

  it("keeps apart calls with other people or on another weekday", () => {
    expect(sameHappening(dated[0]!, thursday[0]!)).toBe(false);
    const monday = reports("monday", 3, "On Monday, Biden told Zelenskiy during a call that allies stood firm.", null);
    expect(sameHappening(dated[0]!, monday[0]!)).toBe(false);
    expect(mergeAcrossArticles([...dated, ...sunday, ...thursday])).toHaveLength(2);
  });

  it("keeps a planned meeting apart from one that happened", () => {
    const held = reports("held", 4, "Lavrov met Blinken in Geneva on January 10.", "2022-01-11");
    const planned = reports("planned", 5, "Lavrov will meet Blinken in Geneva on January 10.", "2022-01-05");
    expect(held[0]!.status).toBe("occurred");
    expect(planned[0]!.status).toBe("scheduled");
    expect(sameHappening(held[0]!, planned[0]!)).toBe(false);
  });
});

describe("disagreements between sources", () => {
  it("joins reports one day apart across articles and shows both days", () => {
    const a = reports("wire", 0, "Lavrov met Blinken in Geneva on January 21, 2022.", "2022-01-22");
    const b = reports("paper", 1, "Lavrov met Blinken in Vienna on January 22, 2022.", "2022-01-23");
    const merged = mergeAcrossArticles([...a, ...b]);
    expect(merged).toHaveLength(1);
    expect(findDisagreements(merged[0]!.reports)).toEqual([
      { field: "date", versions: [{ value: "2022-01-21", articleIds: ["wire"] }, { value: "2022-01-22", articleIds: ["paper"] }] },
      { field: "location", versions: [{ value: "Geneva", articleIds: ["wire"] }, { value: "Vienna", articleIds: ["paper"] }] },
    ]);
  });

  it("does not call a coarser date or a missing place a disagreement", () => {
    const a = reports("wire", 0, "Lavrov met Blinken in Geneva on January 21, 2022.", "2022-01-22");
    const b = reports("weekly", 1, "Lavrov met Blinken in January 2022.", "2022-01-30");
    const merged = mergeAcrossArticles([...a, ...b]);
    expect(merged).toHaveLength(1);
    expect(findDisagreements(merged[0]!.reports)).toEqual([]);
  });

  it("never joins days two apart, nor one day apart inside one article", () => {
    const a = reports("wire", 0, "Lavrov met Blinken in Geneva on January 21, 2022.", "2022-01-22");
    const b = reports("paper", 1, "Lavrov met Blinken in Geneva on January 23, 2022.", "2022-01-24");
    expect(mergeAcrossArticles([...a, ...b])).toHaveLength(2);
    expect(reports("one", 2, "Lavrov met Blinken in Geneva on January 21, 2022. Lavrov met Blinken again on January 22, 2022.", "2022-01-24")).toHaveLength(2);
  });
});
