import { describe, expect, it } from "vitest";
import { extractDates } from "../dates/index";
import { articleEvents } from "../events/article-events";
import { testArticle } from "../ingest/test-article";
import type { IngestedArticle } from "../ingest/types";
import { mergeAcrossArticles } from "./cross-article";
import { inferPublicationDates } from "./infer-publication";

const article = testArticle;
function infer(...articles: IngestedArticle[]) {
  const reports = articles.flatMap((a, i) => articleEvents(a, i, extractDates(a.text, a.published)));
  return inferPublicationDates(articles, mergeAcrossArticles(reports));
}

describe("inferring a publication date from other articles", () => {
  const dated = article("dated", "Lavrov met Blinken in Geneva on January 21, 2022. Blinken called Kuleba on January 23, 2022.", "2022-01-24");

  it("takes the earliest day on which the article's own weekdays land on the partners' dates", () => {
    const undated = article("undated", "Lavrov met Blinken in Geneva on Friday. Blinken called Kuleba on Sunday.", null);
    const result = infer(dated, undated).get("undated");
    expect(result?.published).toBe("2022-01-23");
    expect(result?.evidence.map((e) => [e.expression, e.date, e.articleId])).toEqual([["Friday", "2022-01-21", "dated"], ["Sunday", "2022-01-23", "dated"]]);
  });

  it("infers nothing for an article that shares no dated happening", () => {
    const unrelated = article("unrelated", "Macron met Scholz in Paris on Friday.", null);
    expect(infer(dated, unrelated).size).toBe(0);
  });

  it("never infers for an article that already has a date, and never from an inferred one", () => {
    const alsoDated = article("also", "Lavrov met Blinken in Geneva on Friday.", "2022-01-22");
    expect(infer(dated, alsoDated).size).toBe(0);
    const undatedA = article("a", "Macron met Scholz in Paris on Friday.", null);
    const undatedB = article("b", "On Friday, Macron met Scholz in Paris.", null);
    expect(infer(undatedA, undatedB).size).toBe(0);
  });
});
