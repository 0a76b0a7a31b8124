import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  MIN_SHINGLES,
  NEAR_DUPLICATE_THRESHOLD,
  compareTexts,
  containment,
  findNearDuplicate,
  jaccard,
  normalizeForComparison,
  shingles,
} from "./near-duplicates";

const PARAGRAPHS = [
  "Iraqi Vice President Ayad Allawi has revealed that al-Qaeda and the Islamic State are discussing a possible alliance between the two groups after months of losses.",
  "Despite their differences, rapprochement is possible between the two, especially if a change in leadership occurs in one of these groups in the coming months.",
  "Allawi said in a press statement that negotiations have already begun and that there are discussions and dialogues between representatives of both leaders.",
  "Iraqi intelligence sources reported that prominent IS leaders have returned to Diyala province in eastern Iraq to start negotiations with remnants of al-Qaeda.",
  "There are indications that prominent Jihadi forces in the region are making plans for when IS loses ground, and Zawahri urged the Jihadis to prepare for a long war.",
];
const FULL = PARAGRAPHS.join("\n\n");
const TEASER = `Skip to main content\n\n${PARAGRAPHS.slice(0, 2).join("\n\n")}\n\nSubscribe for unlimited access\n\nAlready have an account? Log in`;
const OTHER =
  "Every once in a while a think piece emerges in the realm of commentary on current trends in global jihadism that speculates on the possibility of the two groups joining forces in some way, and every time the evidence points the other way because the caliphate claim stands between them and cannot be given up by either side without losing face.";

describe("near-duplicate measures", () => {
  it("normalises case, quotes, dashes, punctuation and debris", () => {
    expect(normalizeForComparison("Trending: x\nAl‑Qaeda’s “Caliph” — ISIS!")).toBe("al-qaeda's caliph isis");
  });

  it("builds word shingles of size 5", () => {
    expect([...shingles("one two three four five six")]).toEqual([
      "one two three four five",
      "two three four five six",
    ]);
    expect([...shingles("too short")]).toEqual(["too short"]);
    expect(shingles("").size).toBe(0);
  });

  it("computes containment over the smaller set and Jaccard over the union", () => {
    const a = new Set(["a", "b"]);
    const b = new Set(["a", "b", "c", "d"]);
    expect(containment(a, b)).toBe(1);
    expect(jaccard(a, b)).toBe(0.5);
    expect(containment(new Set(), b)).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it("finds a teaser inside its full article despite each page's own debris", () => {
    expect(compareTexts(TEASER, FULL).containment).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(compareTexts(TEASER, FULL).jaccard).toBeLessThan(0.5);
    expect(
      findNearDuplicate(TEASER, [
        { id: "other", text: OTHER },
        { id: "full", text: FULL },
      ]),
    ).toMatchObject({
      id: "full",
    });
    expect(findNearDuplicate(FULL, [{ id: "teaser", text: TEASER }])?.id).toBe("teaser");
  });

  it("does not match unrelated texts, or texts too short to judge", () => {
    expect(findNearDuplicate(OTHER, [{ id: "full", text: FULL }])).toBeNull();
    expect(findNearDuplicate("ISIS will remain.", [{ id: "x", text: "ISIS will remain." }])).toBeNull();
    expect(shingles(PARAGRAPHS[0]!).size).toBeGreaterThanOrEqual(MIN_SHINGLES);
  });

  it("is not fooled by a shared quotation in otherwise different articles", () => {
    const a = `${OTHER}\n\n${PARAGRAPHS[0]}`;
    const b = `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[3]}\n\n${PARAGRAPHS[4]}\n\n${"Unrelated commentary follows here at length. ".repeat(20)}`;
    expect(compareTexts(a, b).containment).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });
});

const dir = path.resolve(process.cwd(), "../shared/articles");

describe.skipIf(!existsSync(dir))(
  "near duplicates among the source articles (skipped: ../shared/articles not found)",
  () => {
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".txt"))
          .sort()
      : [];
    const text = (file: string) => readFileSync(path.join(dir, file), "utf8");
    const isAlMonitorPair = (a: string, b: string) => [a, b].every((f) => /^00[24]_/.test(f));

    it("matches 002 with 004 and no other pair", () => {
      expect(files.length).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < files.length; i++) {
        for (let j = i + 1; j < files.length; j++) {
          const { containment: score } = compareTexts(text(files[i]!), text(files[j]!));
          if (isAlMonitorPair(files[i]!, files[j]!)) expect(score, `${files[i]} ~ ${files[j]}`).toBeGreaterThan(0.7);
          else expect(score, `${files[i]} ~ ${files[j]}`).toBeLessThan(0.05);
        }
      }
    });

    it("findNearDuplicate links the teaser to the full copy", () => {
      const existing = files.filter((f) => !f.startsWith("004")).map((f) => ({ id: f, text: text(f) }));
      const teaser = files.find((f) => f.startsWith("004"))!;
      expect(findNearDuplicate(text(teaser), existing)?.id).toMatch(/^002_/);
    });
  },
);
