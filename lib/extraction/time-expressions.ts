// A suggested close date for a question drafted from a forecast, read from the sentence's time expression.
//
// Rules, first match wins (all arithmetic in UTC; month steps clamp to the month's last day):
//   "by/in/before/until mid-YYYY" → 30 June YYYY (31 May before mid-YYYY)
//   "by/in/until (the end of) Month YYYY" → its last day; "before Month YYYY" → the last day of the month before
//   "by/in/until (the end of) YYYY", YYYY after the publication year       → 31 Dec YYYY
//   "before YYYY", YYYY after the publication year                          → 31 Dec of YYYY - 1
//   "within N days/weeks/months/years" (N in digits or a word up to twelve)   → publishedAt + N units
//   "next week" → +7 days; "next month" → +1 month; "next year" → 31 Dec of the following year
//   "this year", "by the end of the year"                                     → 31 Dec of the publication year
//   "in the coming days" → +1 month; "in the coming weeks" → +3 months
//   "in the coming months", "soon", "shortly", "imminent", "near term"        → +6 months
//   "in the coming years", "in the years ahead", "over the next few years"    → +3 years
//   "in the long run/term", "in the future", "for any time to come"           → +5 years
//   anything else                                                              → +1 year
// An explicit year is preferred to a vague horizon because the author committed to it.

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      y,
      m,
      Math.min(date.getUTCDate(), lastDay),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
    ),
  );
}

function endOfYear(year: number): Date {
  return new Date(Date.UTC(year, 11, 31));
}

export function suggestCloseDate(sentence: string, publishedAt: Date): Date {
  const s = sentence.toLowerCase();
  const year = publishedAt.getUTCFullYear();

  const midYear = /\b(by|in|before|until|through)\s+(?:mid-?|the\s+middle\s+of\s+)((?:19|20)\d{2})\b/.exec(s);
  if (midYear && Number(midYear[2]) >= year)
    return new Date(Date.UTC(Number(midYear[2]), midYear[1] === "before" ? 5 : 6, 0));

  const month = new RegExp(
    `\\b(by|in|before|until|through)\\s+(?:the\\s+end\\s+of\\s+)?(${MONTHS.join("|")})\\s+((?:19|20)\\d{2})\\b`,
  ).exec(s);
  if (month) {
    const index = MONTHS.indexOf(month[2]!) + (month[1] === "before" ? 0 : 1);
    const last = new Date(Date.UTC(Number(month[3]), index, 0));
    if (last.getTime() > publishedAt.getTime()) return last;
  }

  const explicit = /\b(by|in|before|until|through)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b/.exec(s);
  // "before 2028" ends with 2027; "by 2028", "in 2028", "until 2028" run to the end of 2028.
  const explicitYear = explicit ? Number(explicit[2]) - (explicit[1] === "before" ? 1 : 0) : 0;
  if (explicit && explicitYear >= year && (explicitYear > year || explicit[1] === "before")) {
    return endOfYear(explicitYear);
  }

  const within = /\bwithin\s+(?:the\s+next\s+)?(\d+|[a-z]+)\s+(day|week|month|year)s?\b/.exec(s);
  if (within) {
    const n = /^\d+$/.test(within[1]!) ? Number(within[1]) : NUMBER_WORDS[within[1]!];
    if (n !== undefined) {
      const unit = within[2];
      if (unit === "day") return addDays(publishedAt, n);
      if (unit === "week") return addDays(publishedAt, 7 * n);
      if (unit === "month") return addMonths(publishedAt, n);
      return addMonths(publishedAt, 12 * n);
    }
  }

  if (/\bnext week\b/.test(s)) return addDays(publishedAt, 7);
  if (/\bnext month\b/.test(s)) return addMonths(publishedAt, 1);
  if (/\bnext year\b/.test(s)) return endOfYear(year + 1);
  if (/\b(this year|by the end of the year|by year['’]s end|later this year)\b/.test(s)) return endOfYear(year);
  if (/\b(coming|next few) days\b/.test(s)) return addMonths(publishedAt, 1);
  if (/\b(coming|next few) weeks\b/.test(s)) return addMonths(publishedAt, 3);
  if (/\b(coming|next few) months\b|\bsoon\b|\bshortly\b|\bimminent(ly)?\b|\bnear[- ]term\b/.test(s)) {
    return addMonths(publishedAt, 6);
  }
  if (/\b(coming|next few) years\b|\byears ahead\b|\bmedium[- ]term\b/.test(s)) return addMonths(publishedAt, 36);
  if (/\blong (run|term)\b|\bin the future\b|\bfor any time to come\b/.test(s)) return addMonths(publishedAt, 60);
  return addMonths(publishedAt, 12);
}
