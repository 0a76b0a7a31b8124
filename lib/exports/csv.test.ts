import { describe, expect, it } from "vitest";
import { csvCell, csvLine, neutraliseText } from "./csv";

describe("CSV cells are neutralised against formula injection", () => {
  it.each([
    ['=HYPERLINK("http://evil.test","click")', "'=HYPERLINK"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("%j starts with an apostrophe", (text, start) => {
    expect(neutraliseText(text).startsWith(start)).toBe(true);
    const cell = csvCell(text);
    // Quoted cells start with the quote, then the apostrophe: the spreadsheet sees text.
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("leaves ordinary text, and numbers (negative ones too), as they are", () => {
    expect(csvCell("Will HTS rename itself?")).toBe("Will HTS rename itself?");
    expect(csvCell(-0.0812)).toBe("-0.0812");
    expect(csvCell(0.35)).toBe("0.35");
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2024-01-05T10:00:00Z"))).toBe("2024-01-05T10:00:00.000Z");
  });

  it("quotes commas, quotes, semicolons and newlines (RFC 4180)", () => {
    expect(csvLine(['Say "no", then\nstop', "a;b", "=1"])).toBe('"Say ""no"", then\nstop","a;b",\'=1\r\n');
  });
});
