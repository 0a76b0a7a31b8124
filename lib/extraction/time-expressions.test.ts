import { describe, expect, it } from "vitest";
import { suggestCloseDate } from "./time-expressions";

const published = new Date(Date.UTC(2017, 4, 1)); // 2017-05-01
const close = (sentence: string) => suggestCloseDate(sentence, published).toISOString().slice(0, 10);

describe("suggestCloseDate", () => {
  it.each([
    ["A kind of truce between them is soon expected.", "2017-11-01"],
    ["In the coming months, ISIS is expected to lose all the territory it has controlled.", "2017-11-01"],
    ["Neither scenario is imminent.", "2017-11-01"],
    ["The group will regroup next year.", "2018-12-31"],
    ["Al-Qaeda will be back in Iraq by 2018.", "2018-12-31"],
    ["ISIS will be defeated by the end of 2019.", "2019-12-31"],
    ["A truce is unlikely before 2019.", "2018-12-31"],
    ["A truce is unlikely before 2018.", "2017-12-31"],
    ["ISIS will lose Raqqa by mid-2018.", "2018-06-30"],
    ["ISIS will lose Raqqa before mid-2018.", "2018-05-31"],
    ["The city will fall by March 2018.", "2018-03-31"],
    ["The city will fall before March 2018.", "2018-02-28"],
    ["In the coming years the jihadists will regroup.", "2020-05-01"],
    ["A truce will be signed in the coming weeks.", "2017-08-01"],
    ["A deal will come within six months.", "2017-11-01"],
    ["A deal will come within 2 years.", "2019-05-01"],
    ["The deal will be signed next month.", "2017-06-01"],
    ["It will end this year.", "2017-12-31"],
    ["Hope is gone for any time to come.", "2022-05-01"],
    ["ISIS will remain in Egypt.", "2018-05-01"],
  ])("%s → %s", (sentence, date) => {
    expect(close(sentence)).toBe(date);
  });

  it("ignores past years and clamps month ends", () => {
    expect(close("Baghdadi declared in 2014 that the caliphate will last.")).toBe("2018-05-01");
    expect(
      suggestCloseDate("soon", new Date(Date.UTC(2017, 7, 31)))
        .toISOString()
        .slice(0, 10),
    ).toBe("2018-02-28");
  });
});
