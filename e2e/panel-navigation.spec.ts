import { expect, test } from "@playwright/test";
import { data, escapeRegExp, eventUrl, panel, waitForTimeline } from "./helpers";

const ordered = [...data.events].sort((a, b) => (a.date?.start ?? "9999").localeCompare(b.date?.start ?? "9999") || a.title.localeCompare(b.title));

test("the panel links to the next and previous events in time order", async ({ page }) => {
  test.skip(ordered.length < 2, "needs two events");
  const [first, second] = ordered as [(typeof ordered)[number], (typeof ordered)[number]];
  await page.goto(eventUrl(first.id));
  await waitForTimeline(page);
  await panel(page, first).getByRole("navigation", { name: "Previous and next events" }).getByRole("link", { name: new RegExp(escapeRegExp(second.title)) }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(second.id))}$`));
  await expect(panel(page, second).getByRole("link", { name: new RegExp(`Previous event.*${escapeRegExp(first.title)}`) })).toBeVisible();
});

test("an actor's 'only' button filters the timeline to that actor's events", async ({ page }) => {
  const event = ordered.find((e) => e.actors.length > 0);
  test.skip(!event, "needs an event with an actor");
  if (!event) return;
  const actor = event.actors[0]!.name;
  await page.goto(eventUrl(event.id));
  await waitForTimeline(page);
  await panel(page, event).getByRole("button", { name: `Show only events with ${actor}` }).click();
  await expect(page).toHaveURL(new RegExp(`actor=${escapeRegExp(encodeURIComponent(actor).replace(/%20/g, "+"))}|actor=${escapeRegExp(encodeURIComponent(actor))}`));
  await expect(page.getByRole("list", { name: "Chosen: actors" }).getByRole("button", { name: `Remove ${actor}` })).toBeVisible();
  const withActor = data.events.filter((e) => e.actors.some((a) => a.name === actor)).length;
  await expect(page.getByText(new RegExp(`${withActor} of ${data.events.length} events`)).first()).toBeVisible();
});
