/** Words for numbers, months, weekdays and time units, shared by the rules. */

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1, single: 1,
  couple: 2, "a couple of": 2, "couple of": 2, dozen: 12, "a dozen": 12,
};

/** Matches a count written in words or digits: "three", "twenty four", "twenty-four", "50", "a". */
export const NUMBER_PATTERN =
  "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|a couple of|couple of|a dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|an?|single|couple|dozen)";

/** Vague counts that TimeML writes as X: "several years" -> PXY. ("a couple of" is two.) */
export const VAGUE_NUMBER_PATTERN = "(?:several|a few|few|many|some)";

export function parseNumber(words: string): number | null {
  const text = words.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  // "2,500": thousands grouped with commas (read whole, never as the "500" after the comma).
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replaceAll(",", ""));
  if (text in SMALL_NUMBERS) return SMALL_NUMBERS[text] ?? null;
  const parts = text.split(/[ -]/);
  if (parts.length === 2) {
    const tens = SMALL_NUMBERS[parts[0] ?? ""];
    const units = SMALL_NUMBERS[parts[1] ?? ""];
    if (tens !== undefined && units !== undefined && tens >= 20 && units < 10) return tens + units;
  }
  return null;
}

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const WEEKDAY_PATTERN =
  "(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)";

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}

const MONTH_PREFIXES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
export const MONTH_PATTERN =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)";

/** 1..12, or 0 when the word is not a month. */
export function monthIndex(word: string): number {
  return MONTH_PREFIXES.indexOf(word.toLowerCase().slice(0, 3)) + 1;
}

/** TIMEX3 duration letters; "T" marks units below a day. */
export const UNITS: Record<string, { letter: string; time: boolean; multiplier: number }> = {
  second: { letter: "S", time: true, multiplier: 1 },
  minute: { letter: "M", time: true, multiplier: 1 },
  hour: { letter: "H", time: true, multiplier: 1 },
  day: { letter: "D", time: false, multiplier: 1 },
  night: { letter: "D", time: false, multiplier: 1 },
  week: { letter: "W", time: false, multiplier: 1 },
  weekend: { letter: "WE", time: false, multiplier: 1 },
  month: { letter: "M", time: false, multiplier: 1 },
  quarter: { letter: "Q", time: false, multiplier: 1 },
  year: { letter: "Y", time: false, multiplier: 1 },
  decade: { letter: "Y", time: false, multiplier: 10 },
  century: { letter: "Y", time: false, multiplier: 100 },
};
export const UNIT_PATTERN = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|century|centuries)";

/** "Weeks" -> "week", "centuries" -> "century". */
export function unitOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower === "centuries") return "century";
  return lower.endsWith("s") ? lower.slice(0, -1) : lower;
}

/** TIMEX3 duration value: (3, "day") -> P3D, (50, "minute") -> PT50M, (null, "year") -> PXY. */
export function durationValue(count: number | null, unitWord: string): string {
  const unit = UNITS[unitOf(unitWord)];
  if (!unit) return "PX";
  const amount = count === null ? "X" : String(count * unit.multiplier);
  if (count === null && unit.multiplier !== 1) return unit.multiplier === 10 ? "PXDE" : "PXC";
  return unit.time ? `PT${amount}${unit.letter}` : `P${amount}${unit.letter}`;
}

// Half of a unit in the next smaller unit, as TIMEX3 writes it: "2 1/2 years" -> P2Y6M.
const HALF_OF: Record<string, string> = { year: "6M", month: "15D", day: "T12H", hour: "30M", minute: "30S" };

/** "two and a half years", "a minute and a half" -> P2Y6M, PT1M30S; null when the half has no exact smaller unit. */
export function durationWithHalf(count: number, unitWord: string): string | null {
  const unit = UNITS[unitOf(unitWord)];
  const half = HALF_OF[unitOf(unitWord)];
  if (!unit || !half || !Number.isInteger(count)) return null;
  const whole = count === 0 ? "" : `${count}${unit.letter}`;
  return unit.time ? `PT${whole}${half}` : `P${whole}${half}`;
}
