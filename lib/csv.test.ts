import { describe, expect, it } from "vitest";
import { csvCell, csvRow, toCsv } from "@/lib/csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Blinken met Lavrov")).toBe("Blinken met Lavrov");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes separators, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("Geneva, Switzerland")).toBe('"Geneva, Switzerland"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+1+1", "'+1+1"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "\"'\r=1+1\""],
    ["\n=1+1", "\"'\n=1+1\""],
    ["  =1+1", "'  =1+1"],
    ["＝1+1", "'＝1+1"],
    ['=HYPERLINK("http://evil.example","Open")', '"\'=HYPERLINK(""http://evil.example"",""Open"")"'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ["=cmd|' /C calc'!A0,x", "\"'=cmd|' /C calc'!A0,x\""],
  ])("neutralises the formula %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("does not touch formula characters that are not first", () => {
    expect(csvCell("1=1")).toBe("1=1");
    expect(csvCell("a@b.example")).toBe("a@b.example");
  });
});

describe("toCsv", () => {
  it("writes records with CRLF", () => {
    expect(csvRow(["a", 1, null, "=x"])).toBe("a,1,,'=x");
    expect(toCsv([["id", "title"], ["e1", "Talks, again"]])).toBe('id,title\r\ne1,"Talks, again"\r\n');
    expect(toCsv([])).toBe("");
  });
});
