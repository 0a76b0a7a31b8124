// Probabilities an author states as numbers: "a 60% chance", "a probability of 30 percent", "between 30 and 40
// percent chance", "one in three", "odds of 3 to 1". The number is the author's own, so it needs no table: a range
// maps to its midpoint and keeps its bounds, which statedProbability recovers from the cue text at any time.

export type StatedProbability = { start: number; end: number; probability: number; range?: [number, number] };

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  hundred: 100,
};
const NUM = String.raw`(\d{1,3}(?:\.\d+)?)`;
const PCT = String.raw`\s*(?:%|percent\b|per\s+cent\b)`;
const CHANCE = String.raw`(?:chance|probability|likelihood|odds|risk)`;
const COUNT = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)`;

const PATTERNS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => [number, number] | undefined }[] = [
  // "between 30 and 40 percent chance", "a 30-40% probability", "30 to 40 percent likely"
  {
    pattern: new RegExp(
      String.raw`(?:between\s+)?${NUM}(?:\s*%|\s*percent)?\s*(?:-|–|to|and)\s*${NUM}${PCT}\s+(?:${CHANCE}|likely|probable)`,
      "iu",
    ),
    read: (m) => [Number(m[1]) / 100, Number(m[2]) / 100],
  },
  // "a 60% chance", "60 percent probability", "60 percent likely"
  { pattern: new RegExp(String.raw`${NUM}${PCT}\s+(?:${CHANCE}|likely|probable)`, "iu"), read: (m) => one(m[1]) },
  // "a probability of 60%", "the chance is about 60 percent", "put the odds at 60%"
  {
    pattern: new RegExp(
      String.raw`${CHANCE}\s+(?:of|at|is|are|to be)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?${NUM}${PCT}`,
      "iu",
    ),
    read: (m) => one(m[1]),
  },
  // "one in three", "a 1-in-4 chance"
  {
    pattern: new RegExp(String.raw`\b${COUNT}(?:\s+|-)in(?:\s+|-)${COUNT}\b(?:\s+${CHANCE})?`, "iu"),
    read: (m) => {
      const a = count(m[1]!);
      const b = count(m[2]!);
      return a !== undefined && b !== undefined && b > 0 && a <= b ? [a / b, a / b] : undefined;
    },
  },
  // "odds of 3 to 1" (in favour unless "against" follows)
  {
    pattern: new RegExp(String.raw`odds\s+(?:of|are|at)\s+${NUM}\s*(?:to|-|:)\s*${NUM}(\s+against)?`, "iu"),
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const p = m[3] ? b / (a + b) : a / (a + b);
      return a + b > 0 ? [p, p] : undefined;
    },
  },
];

function one(raw: string | undefined): [number, number] | undefined {
  const p = Number(raw) / 100;
  return p >= 0 && p <= 1 ? [p, p] : undefined;
}

function count(raw: string): number | undefined {
  return /^\d/.test(raw) ? Number(raw) : WORD_NUMBERS[raw.toLowerCase()];
}

// "had a 60% chance", "was given one in three": a past estimate reported, not a forecast.
const PAST_BEFORE = /\b(?:was|were|had|gave|given)\s+(?:\p{L}+\s+){0,3}$/iu;

/** The first probability the sentence states as a number, with its bounds when it is a range. */
export function statedProbability(sentence: string): StatedProbability | undefined {
  let best: StatedProbability | undefined;
  for (const { pattern, read } of PATTERNS) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const bounds = read(m);
    if (!bounds || bounds.some((b) => !(b >= 0 && b <= 1))) continue;
    if (PAST_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const [lo, hi] = bounds[0] <= bounds[1] ? bounds : [bounds[1], bounds[0]];
    const found: StatedProbability = {
      start: m.index,
      end: m.index + m[0].length,
      probability: Math.round(((lo + hi) / 2) * 1000) / 1000,
      ...(lo !== hi ? { range: [lo, hi] as [number, number] } : {}),
    };
    if (!best || found.start < best.start) best = found;
  }
  return best;
}
