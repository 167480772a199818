import { describe, expect, it } from "vitest";
import { laneId, layoutLanes, MAX_LANES, OTHER_LANE } from "@/lib/lanes";
import { testEntry } from "@/lib/test-entry";

const entry = testEntry;

describe("timeline lanes", () => {
  const call = entry("call", { countries: ["United States", "Russia"], actors: ["Joe Biden", "Vladimir Putin"] });
  const warning = entry("warning", { type: "THREATEN", countries: ["Russia"], actors: ["Vladimir Putin"] });
  const summit = entry("summit", { countries: [], actors: [] });

  it("draws no lanes for 'none'", () => {
    expect(layoutLanes([call], "none")).toBeNull();
  });

  it("puts an event in the lane of every country it involves, busiest lane first", () => {
    const layout = layoutLanes([call, warning, summit], "country")!;
    expect(layout.lanes).toEqual([
      { id: laneId("Russia"), label: "Russia", count: 2 },
      { id: laneId("United States"), label: "United States", count: 1 },
      { id: OTHER_LANE, label: "No country named", count: 1 },
    ]);
    expect(layout.laneIds.get("call")).toEqual([laneId("United States"), laneId("Russia")]);
    expect(layout.laneIds.get("summit")).toEqual([OTHER_LANE]);
  });

  it("gives types their legend order and readable names", () => {
    const layout = layoutLanes([warning, call, summit], "type")!;
    expect(layout.lanes.map((l) => [l.label, l.count])).toEqual([["Consult", 2], ["Threaten", 1]]);
  });

  it("keeps the busiest actors and sends the rest to one 'Other' lane", () => {
    const many = Array.from({ length: MAX_LANES + 3 }, (_, i) => entry(`e${i}`, { actors: [`Actor ${String(i).padStart(2, "0")}`, ...(i < 3 ? ["Busy"] : [])] }));
    const layout = layoutLanes(many, "actor")!;
    expect(layout.lanes).toHaveLength(MAX_LANES);
    expect(layout.lanes[0]).toEqual({ id: laneId("Busy"), label: "Busy", count: 3 });
    expect(layout.lanes.at(-1)).toMatchObject({ id: OTHER_LANE, label: "Other" });
    // Every event is drawn somewhere, and only in lanes that exist.
    const ids = new Set(layout.lanes.map((l) => l.id));
    for (const e of many) {
      const lanes = layout.laneIds.get(e.id)!;
      expect(lanes.length).toBeGreaterThan(0);
      for (const lane of lanes) expect(ids.has(lane)).toBe(true);
    }
  });

  it("names lanes so that no actor's name collides with an object key or the shared lane", () => {
    const names = ["constructor", "toString", "__proto__", "hasOwnProperty", "other", "lane-other", "__ungrouped__"];
    const events = names.map((name, i) => entry(`e${i}`, { actors: [name] }));
    const layout = layoutLanes([...events, summit], "actor")!;
    const ids = layout.lanes.map((l) => l.id);
    expect(new Set(ids).size).toBe(names.length + 1);
    for (const id of ids) expect(id in Object.prototype || id.startsWith("__")).toBe(false);
    expect(new Set(layout.lanes.map((l) => l.label))).toEqual(new Set([...names, "No actor named"]));
  });
});
