import { describe, expect, it } from "vitest";
import { clearFilters, DEFAULT_SORT, DEFAULT_VIEW, defaultsFor, EMPTY_VIEW, hasFilters, isDay, parseViewState, serializeViewState, viewWithDefaults, type ViewState } from "@/lib/url-state";

const parse = (query: string, known = {}) => parseViewState(new URLSearchParams(query), known);

describe("the view in the address", () => {
  const full: ViewState = {
    q: "geneva talks",
    types: ["CONSULT", "THREATEN"],
    statuses: ["occurred", "scheduled"],
    actors: ["Antony Blinken", "Korea, Republic of"],
    sources: ["001-3cd53a93471d7d8d"],
    from: "2021-12-01",
    to: "2022-01-31",
    start: "2021-12-20",
    end: "2022-01-15",
    lanes: "country",
    display: "list",
    sort: { by: "actor", descending: true },
  };

  it("survives a round trip, in a fixed, readable order", () => {
    const query = serializeViewState(full);
    expect(query).toBe(
      "q=geneva+talks&type=CONSULT,THREATEN&actor=Antony+Blinken&actor=Korea,+Republic+of&status=occurred,scheduled&source=001-3cd53a93471d7d8d&from=2021-12-01&to=2022-01-31&start=2021-12-20&end=2022-01-15&lanes=country&view=list&sort=-actor",
    );
    expect(parse(query)).toEqual(full);
    expect(parse(new URLSearchParams(query).toString())).toEqual(full); // commas escaped as %2C too
  });

  it("is empty for an empty view and round-trips it", () => {
    expect(serializeViewState(EMPTY_VIEW)).toBe("");
    expect(parse("")).toEqual(EMPTY_VIEW);
  });

  it("writes lists in the schema's order whatever order they were picked in", () => {
    expect(serializeViewState({ ...EMPTY_VIEW, types: ["THREATEN", "CONSULT"] })).toBe("type=CONSULT,THREATEN");
  });

  it("accepts repeated parameters as well as commas", () => {
    expect(parse("type=CONSULT&type=THREATEN").types).toEqual(["CONSULT", "THREATEN"]);
  });

  it("ignores bad values instead of failing", () => {
    const view = parse("type=CONSULT,BOGUS,consult&status=maybe&from=2022-02-30&to=yesterday&start=2022-01-10&end=2022-01-01&q=%20%20");
    expect(view).toEqual({ ...EMPTY_VIEW, types: ["CONSULT"] });
    expect(parse("start=2022-01-01").start).toBeNull(); // a window needs both ends
    expect(parse("q=" + "x".repeat(500)).q).toHaveLength(200);
  });

  it("drops actors and sources the data does not have, when told which it has", () => {
    const known = { actors: new Set(["Joe Biden"]), sources: new Set(["a1"]) };
    expect(parse("actor=Nobody&source=zz", known)).toMatchObject({ actors: [], sources: [] });
    expect(parse("actor=Joe+Biden&actor=Nobody&source=a1", known)).toMatchObject({ actors: ["Joe Biden"], sources: ["a1"] });
  });

  it("keeps several actors in the order given, once each", () => {
    expect(parse("actor=B&actor=A&actor=B").actors).toEqual(["B", "A"]);
  });

  it("reads lanes, falling back to none for anything else", () => {
    expect(parse("lanes=actor").lanes).toBe("actor");
    expect(parse("lanes=planets").lanes).toBe("none");
    expect(serializeViewState({ ...EMPTY_VIEW, lanes: "none" })).toBe("");
  });

  it("reads a reversed date range the right way round", () => {
    expect(parse("from=2022-01-31&to=2021-12-01")).toMatchObject({ from: "2021-12-01", to: "2022-01-31" });
  });

  it("clears filters and search but keeps the window and the lanes", () => {
    expect(hasFilters(full)).toBe(true);
    const cleared = clearFilters(full);
    expect(hasFilters(cleared)).toBe(false);
    expect(serializeViewState(cleared)).toBe("start=2021-12-20&end=2022-01-15&lanes=country&view=list&sort=-actor");
    expect(cleared).toMatchObject({ lanes: "country", display: "list", sort: { by: "actor", descending: true } });
  });

  it("knows a real day from a day-shaped string", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2023-02-29")).toBe(false);
    expect(isDay("2022-1-1")).toBe(false);
  });

  describe("display and table order", () => {
    it("reads view=list and writes nothing for the default timeline", () => {
      expect(parse("view=list").display).toBe("list");
      expect(parse("view=timeline").display).toBe("timeline");
      expect(serializeViewState({ ...EMPTY_VIEW, display: "timeline" })).toBe("");
      expect(serializeViewState({ ...EMPTY_VIEW, display: "list" })).toBe("view=list");
    });

    it("reads every column in both directions and round-trips it", () => {
      for (const by of ["date", "title", "type", "actor"] as const) {
        for (const descending of [false, true]) {
          const view = { ...EMPTY_VIEW, sort: { by, descending } };
          const query = serializeViewState(view);
          expect(parse(query).sort).toEqual({ by, descending });
        }
      }
      expect(parse("sort=-date").sort).toEqual({ by: "date", descending: true });
      expect(parse("sort=title").sort).toEqual({ by: "title", descending: false });
    });

    it("leaves the default order (date ascending) out of the address", () => {
      expect(serializeViewState({ ...EMPTY_VIEW, sort: { by: "date", descending: false } })).toBe("");
      expect(serializeViewState({ ...EMPTY_VIEW, sort: { by: "date", descending: true } })).toBe("sort=-date");
    });

    it("drops unknown displays and orders instead of failing", () => {
      for (const bad of ["view=table", "view=LIST", "view=", "view=list%00"]) expect(parse(bad).display).toBe("timeline");
      for (const bad of ["sort=", "sort=-", "sort=--date", "sort=Date", "sort=status", "sort=+date", "sort=date,title"]) {
        expect(parse(bad).sort).toEqual(DEFAULT_SORT);
      }
    });

    it("keeps its place after the filters and window, whatever else is set", () => {
      const query = serializeViewState({ ...EMPTY_VIEW, q: "x", display: "list", sort: { by: "type", descending: false }, start: "2022-01-01", end: "2022-02-01" });
      expect(query).toBe("q=x&start=2022-01-01&end=2022-02-01&view=list&sort=type");
    });

    it("is not a filter", () => {
      expect(hasFilters({ ...EMPTY_VIEW, display: "list", sort: { by: "title", descending: true } })).toBe(false);
    });
  });
});

describe("the site's default view (timeline.config.json `defaults`)", () => {
  const base = viewWithDefaults({ lanes: "country", view: "list", sort: "-date", types: ["THREATEN", "CONSULT"], statuses: ["occurred"], actors: ["Antony Blinken", "Nobody"], from: "2021-12-01", to: "2022-01-31" });
  const read = (query: string, known = {}) => parseViewState(new URLSearchParams(query), known, base);
  const write = (view: ViewState) => serializeViewState(view, base);

  it("is nothing without a config", () => {
    expect(DEFAULT_VIEW).toEqual(EMPTY_VIEW);
    expect(viewWithDefaults({})).toEqual(EMPTY_VIEW);
  });

  it("applies where the address says nothing, key by key, and the address overrides it", () => {
    expect(read("")).toEqual(base);
    expect(base).toMatchObject({ lanes: "country", display: "list", sort: { by: "date", descending: true }, types: ["CONSULT", "THREATEN"], from: "2021-12-01" });
    expect(read("lanes=actor")).toEqual({ ...base, lanes: "actor" });
    expect(read("type=AGREE&view=timeline")).toEqual({ ...base, types: ["AGREE"], display: "timeline" });
    expect(read("", { actors: new Set(["Antony Blinken"]) }).actors).toEqual(["Antony Blinken"]);
    // A value that makes no sense is dropped: the key then says nothing.
    expect(read("lanes=bogus&sort=status").lanes).toBe("country");
  });

  it("writes only what differs from it, empty lists and ranges included, so each address reads back the same", () => {
    expect(write(base)).toBe("");
    const cleared = clearFilters(base);
    expect(write(cleared)).toBe("type=&actor=&status=&from=&to=");
    expect(read(write(cleared))).toEqual(cleared);
    const views: ViewState[] = [
      { ...base, lanes: "none", display: "timeline", sort: DEFAULT_SORT },
      { ...base, q: "geneva", types: [], actors: ["Sergei Lavrov"], from: null },
      { ...EMPTY_VIEW, sources: ["voa"], start: "2022-01-01", end: "2022-01-09" },
    ];
    for (const view of views) expect(read(write(view))).toEqual(view);
    expect(write(views[0]!)).toBe("lanes=none&view=timeline&sort=date");
  });

  it("writes nothing for a default actor the data lacks, when written against the defaults the data allows", () => {
    const known = { actors: new Set(["Antony Blinken"]) };
    const view = read("", known);
    expect(view.actors).toEqual(["Antony Blinken"]);
    expect(serializeViewState(view, defaultsFor(known, base))).toBe("");
    expect(serializeViewState({ ...view, lanes: "actor" }, defaultsFor(known, base))).toBe("lanes=actor");
    // Without the known values the configured list stands: the filtered one differs from it.
    expect(write(view)).toBe("actor=Antony+Blinken");
  });
});
