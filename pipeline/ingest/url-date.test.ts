import { describe, expect, it } from "vitest";
import { dayFromUrl } from "./url-date";

describe("publication day from the URL", () => {
  it.each([
    ["https://www.example.com/world/2022/01/03/blinken-nato/", "2022-01-03"],
    ["https://example.org/news/2022-01-03-blinken-nato.html", "2022-01-03"],
    ["https://example.org/a/20220103/blinken", "2022-01-03"],
  ])("%s", (url, day) => expect(dayFromUrl(url)).toBe(day));

  it.each([["https://example.org/2022/13/45/x"], ["https://example.org/story/123456789"], ["not a url"], [null]])("gives nothing for %s", (url) => {
    expect(dayFromUrl(url)).toBeNull();
  });
});
