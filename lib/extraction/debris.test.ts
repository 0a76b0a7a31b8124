import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findDebris, isInDebris, maskDebris, removeDebris } from "./debris";

const reasons = (text: string) => findDebris(text).map((range) => range.reason);

describe("findDebris", () => {
  it("finds teasers, navigation, captions, notices and bylines", () => {
    const text = [
      "Skip to main content",
      "Will al-Qaeda and IS unite?",
      "Trending: Former NFL Star Found Hanged in Prison Cell",
      "Related: End of ISIS Nears as Forces Close In",
      "A Syrian flag flutters at a roundabout in this April 1, 2016 file photo. Omar Sanadiki/Reuters",
      "By using Yahoo you agree that Yahoo and partners may use Cookies for personalisation",
      "$14 monthly or $100 annually ($8.33/month)",
      "By Hamdi Malik",
      "May 1, 2017",
      "The body of the article stays.",
    ].join("\n");
    expect(reasons(text)).toEqual([
      "navigation",
      "teaser",
      "teaser",
      "caption",
      "notice",
      "notice",
      "byline",
      "byline",
    ]);
  });

  it("keeps article prose that mentions newsletters, bylines or dates", () => {
    const prose = [
      "The recent issue 233 of the Islamic State’s weekly newsletter al-Naba features an article on the losses.",
      "By Monday it will be over.",
      "In May 2013 Zawahri ordered the split.",
    ].join("\n");
    expect(findDebris(prose)).toEqual([]);
  });

  it("drops everything after a related-articles heading, and repeated lines", () => {
    const text = "Body sentence.\nRelated Articles\nHeadline\nThe fourth quarter of 2024 will be headlined.";
    const ranges = findDebris(text);
    expect(ranges).toHaveLength(1);
    expect(text.slice(ranges[0]!.start, ranges[0]!.end)).toBe(
      "Related Articles\nHeadline\nThe fourth quarter of 2024 will be headlined.",
    );
    expect(reasons("Iraq’s New Strategy\nIraq’s New Strategy\n")).toEqual(["repeated"]);
  });

  it("masks without moving offsets, and removes for comparison", () => {
    const text = "Trending: something\nISIS will remain.\nComments are closed.";
    const masked = maskDebris(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.indexOf("ISIS will remain.")).toBe(text.indexOf("ISIS will remain."));
    expect(removeDebris(text)).toBe("ISIS will remain.");
    const ranges = findDebris(text);
    expect(isInDebris(ranges, 0, 5)).toBe(true);
    expect(isInDebris(ranges, text.indexOf("ISIS"), text.indexOf("ISIS") + 4)).toBe(false);
  });
});

const dir = path.resolve(process.cwd(), "../shared/articles");

describe.skipIf(!existsSync(dir))("debris in the source articles (skipped: ../shared/articles not found)", () => {
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8");

  it("removes the Newsweek captions, teasers and cookie notice", () => {
    const clean = removeDebris(read("000_1dfd841c819d154f.txt"));
    expect(clean).not.toContain("Khalil Ashawi/Reuters");
    expect(clean).not.toContain("Trending:");
    expect(clean).not.toContain("Cookies");
    expect(clean).toContain("may yield a newfound strategic alliance");
  });

  it("removes the Newlines related-articles tail and bio but keeps the conclusion", () => {
    const clean = removeDebris(read("003_0b828497091f93bf.txt"));
    expect(clean).not.toContain("fourth quarter of 2024");
    expect(clean).not.toContain("Follow him on Twitter");
    expect(clean).toContain("they will not be facing a supercharged jihadist threat");
  });

  it("removes the Al-Monitor paywall and photo captions", () => {
    const clean = removeDebris(read("004_b11bba290614fe3c.txt"));
    expect(clean).not.toMatch(/Subscribe|FILE PHOTO|REUTERS|Log in/);
    expect(clean).toContain("They will remain covertly in sleeping cells");
  });
});
