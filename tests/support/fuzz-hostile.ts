// Hostile input for property tests (fast-check): values a careless or malicious client sends,
// a JSON writer that can express what JSON.stringify cannot (duplicate and `__proto__` keys,
// numbers that overflow to Infinity, nesting deeper than any recursion), and the checks every
// refusal must pass (the documented `{ error: { code, message, issues? } }` shape).
import fc from "fast-check";
import { isWellFormedText } from "../../lib/validation/common";

/** One seed for every property in a run: FUZZ_SEED reproduces a failure, and it is printed with it. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);
/** Runs per property; FUZZ_RUNS raises it for a longer hunt. */
export const fuzzRuns = (fallback: number) => Number(process.env.FUZZ_RUNS ?? fallback);

// ---------------------------------------------------------------------------------------------
// A JSON writer for hostile bodies.

/** A JSON token written as is: `1e999` (parses to Infinity), `-0`, or deliberately broken text. */
export class RawJson {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}
/** An object as an ordered list of entries: repeated keys and own `__proto__` keys survive. */
export class JsonEntries {
  constructor(readonly entries: [string, unknown][]) {}
}

export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof JsonEntries) {
    return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`).join(",")}}`;
  }
  if (Array.isArray(value)) return `[${value.map((item) => toJsonText(item)).join(",")}]`;
  if (value !== null && typeof value === "object") return toJsonText(new JsonEntries(Object.entries(value)));
  return JSON.stringify(value) ?? "null";
}

/** The same value as a service receives it from a server action (no JSON in between). */
export function toPlainValue(value: unknown): unknown {
  if (value instanceof RawJson) {
    try {
      return JSON.parse(value.text);
    } catch {
      return value.text;
    }
  }
  if (value instanceof JsonEntries) {
    const object: Record<string, unknown> = {};
    // defineProperty keeps `__proto__` an own key, as JSON.parse does.
    for (const [key, item] of value.entries) {
      Object.defineProperty(object, key, {
        value: toPlainValue(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return object;
  }
  if (Array.isArray(value)) return value.map((item) => toPlainValue(item));
  return value;
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

/** Ill-formed UTF-16: unpaired high and low surrogates, reversed pairs. */
export const LONE_SURROGATES = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE00", "\uDE00\uD83D"];
export const loneSurrogate = fc.constantFrom(...LONE_SURROGATES);

/** Control characters, NUL, bidi overrides, zero-width and other invisible or confusable text. */
const nastyChars = fc.constantFrom(
  "\u0000",
  "\u0001",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u202e",
  "\u200b",
  "\ufeff",
  "\ufffd",
  "\ufffe",
  "\uffff",
  "\r\n",
  "\t",
  "%00",
  "%E0%A4%A",
  "\\u0000",
  "😀",
  "👩🏽‍🚀",
  "ﷺ",
  "Å",
  "e\u0301",
);

const words = fc.constantFrom(
  "Will",
  "the",
  "truce",
  "hold",
  "by",
  "December",
  "31?",
  "official",
  "announcement",
  "resolves",
  "YES",
  "if",
  "ministry",
  "confirms",
);
const plainText = (minWords: number, maxWords: number) =>
  fc.array(words, { minLength: minWords, maxLength: maxWords }).map((list) => list.join(" "));

/** Text that passes a field's length rules: the carrier hostile characters are slipped into. */
export const validText = (minLength: number, maxLength: number) =>
  plainText(Math.max(1, Math.ceil(minLength / 3)), Math.max(2, Math.floor(maxLength / 8))).map((text) =>
    (text.length < minLength ? text.padEnd(minLength, " x") : text).slice(0, maxLength),
  );

/** Strings that should be refused or stored verbatim, never crash anything. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  // A lone surrogate somewhere in otherwise fine text (the main finding).
  fc
    .tuple(plainText(2, 8), loneSurrogate, fc.nat(60))
    .map(([text, bad, at]) => text.slice(0, at % (text.length + 1)) + bad + text.slice(at % (text.length + 1))),
  loneSurrogate,
  fc.tuple(plainText(2, 8), nastyChars).map(([text, bad]) => `${text}${bad}${text}`),
  fc.array(nastyChars, { minLength: 1, maxLength: 8 }).map((list) => list.join("")),
  fc.constantFrom("", " ", "\u00a0\u3000", "__proto__", "constructor", "prototype", "toString", "null", "undefined"),
  fc.constantFrom("'; DROP TABLE Question; --", "<script>alert(1)</script>", "${7*7}", "{{7*7}}", "../../etc/passwd"),
  fc.constantFrom(100, 300, 5_001, 20_001, 70_000).map((length) => "x".repeat(length)),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

/** Dates a date field should refuse (outside years 1000–9999) or that are not dates at all. */
export const OUT_OF_RANGE_DATES = [
  "+275760-09-13",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "+275760-09-14",
  "0000-01-01",
  "0000-01-01T00:00:00Z",
  "-000001-01-01",
  "-000001-01-01T00:00:00.000Z",
  "99999-01-01",
  "+010000-01-01",
  "+010000-01-01T00:00:00.000Z",
  "0999-12-31",
  "0001-01-01",
];
export const NOT_DATES = [
  "2025-02-30",
  "2025-13-01",
  "not a date",
  "",
  "   ",
  "NaN",
  "Infinity",
  "1e999",
  "T",
  "2025-01-01T25:00",
];
export const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...OUT_OF_RANGE_DATES),
  fc.constantFrom(...NOT_DATES),
  // Any instant JavaScript can hold, ISO-written (years -271821 to +275760).
  fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms).toISOString()),
  fc.constantFrom(8.64e15, -8.64e15, 8.64e15 + 1, 253_402_300_800_000, -62_198_755_200_000, 0, -1),
  fc.constantFrom(new RawJson("1e999"), new RawJson("-1e999")),
);

export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    0.0009,
    0.9991,
    1e-320,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER - 2,
    2 ** 31,
    2 ** 53,
  ),
  fc.constantFrom(new RawJson("1e999"), new RawJson("-1e999"), new RawJson("1E+400"), new RawJson("-0.0")),
  fc.constantFrom("0.5", "NaN", "Infinity", "-Infinity", "1e999", "0x10", " 7 ", "", "7days"),
  fc.double(),
  fc.integer(),
);

const deepArray = (depth: number) => new RawJson(`${"[".repeat(depth)}${"]".repeat(depth)}`);
const deepObject = (depth: number) => new RawJson(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);

/** Any value where a field's value goes: wrong types, nesting, prototype keys. */
export const hostileAny: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: hostileNumber, weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}), weight: 1 },
  { arbitrary: fc.array(hostileString, { maxLength: 4 }), weight: 1 },
  { arbitrary: fc.constantFrom(10, 100, 2_000, 20_000).map((d) => deepArray(d)), weight: 1 },
  { arbitrary: fc.constantFrom(10, 100, 2_000, 20_000).map((d) => deepObject(d)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      new JsonEntries([["__proto__", { admin: true }]]),
      new JsonEntries([["constructor", { prototype: { admin: true } }]]),
      new JsonEntries([["toString", "x"]]),
    ),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** What a field can be sent as: its valid values, hostile values of its kind, or anything at all. */
export type FieldKind = "text" | "date" | "number" | "id" | "enum" | "bool" | "list" | "object" | "url" | "email";

const hostileOfKind = (kind: FieldKind): fc.Arbitrary<unknown> => {
  switch (kind) {
    case "text":
    case "url":
    case "email":
    case "enum":
    case "id":
      return hostileString;
    case "date":
      return hostileDate;
    case "number":
      return hostileNumber;
    default:
      return hostileAny;
  }
};

/** Marks a field left out of the body. */
const ABSENT = Symbol("absent");

export type FieldSpec = { valid: fc.Arbitrary<unknown>; kind: FieldKind };
export type BodyTemplate = Record<string, FieldSpec>;

/**
 * A body of the endpoint's shape. Mostly one field is hostile and the rest valid, so the hostile
 * value is what the server must cope with (and a write is reached when the server accepts it);
 * sometimes every field is independently valid, hostile, of the wrong type or missing. An
 * endpoint with several valid shapes (yes/no vs multiple choice) passes one template per shape.
 */
export function shapedBody(templates: BodyTemplate | BodyTemplate[]): fc.Arbitrary<unknown> {
  const list = Array.isArray(templates) ? templates : [templates];
  return fc
    .oneof(...list.map((template) => fc.oneof({ arbitrary: oneHostile(template), weight: 3 }, anyHostile(template))))
    .chain((entries) =>
      fc
        .tuple(
          fc.constant(entries),
          extraEntry,
          fc.nat(7).map((n) => n === 0),
        )
        .map(([kept, more, duplicate]) => {
          const all = [...kept];
          if (more) all.push(more);
          // A repeated key: JSON.parse keeps the last one, so the hostile value must come second.
          if (duplicate && all.length > 0) all.push([all[0]![0], "\uD800"]);
          return new JsonEntries(all);
        }),
    );
}

/** One body in eight carries a key the schema does not know: prototype keys or fields clients must not set. */
const extraEntry = fc.oneof(
  { arbitrary: fc.constant(null), weight: 7 },
  fc.constantFrom<[string, unknown]>(
    ["__proto__", { role: "ADMIN" }],
    ["constructor", { prototype: { isAdmin: true } }],
    ["id", "c000000000000000000000000"],
    ["userId", "c000000000000000000000000"],
    ["createdAt", "2000-01-01"],
  ),
);

function oneHostile(template: BodyTemplate): fc.Arbitrary<[string, unknown][]> {
  const names = Object.keys(template);
  if (names.length === 0) return fc.constant([]);
  const valid = fc.tuple(...names.map((name) => template[name]!.valid));
  return fc.tuple(valid, fc.nat(names.length - 1)).chain(([values, index]) => {
    const spec = template[names[index]!]!;
    return fc
      .oneof({ arbitrary: hostileOfKind(spec.kind), weight: 4 }, hostileAny, fc.constant<unknown>(ABSENT))
      .map((bad) =>
        names
          .map((name, i) => [name, i === index ? bad : values[i]] as [string, unknown])
          .filter(([, value]) => value !== ABSENT),
      );
  });
}

function anyHostile(template: BodyTemplate): fc.Arbitrary<[string, unknown][]> {
  const fields = Object.entries(template).map(([name, spec]) =>
    fc
      .oneof(
        { arbitrary: spec.valid, weight: 4 },
        { arbitrary: hostileOfKind(spec.kind), weight: 3 },
        { arbitrary: hostileAny, weight: 1 },
        { arbitrary: fc.constant<unknown>(ABSENT), weight: 1 },
      )
      .map((value) => [name, value] as [string, unknown]),
  );
  return fc.tuple(...fields).map((entries) => entries.filter(([, value]) => value !== ABSENT));
}

export type HostileBody =
  | { kind: "json"; value: unknown }
  | { kind: "text"; text: string; contentType?: string }
  | { kind: "bytes"; bytes: Uint8Array; contentType?: string }
  | { kind: "none" };

/** Whole request bodies: mostly the endpoint's shape with hostile values, then everything else. */
export function hostileBody(template: BodyTemplate | BodyTemplate[]): fc.Arbitrary<HostileBody> {
  return fc.oneof(
    { arbitrary: shapedBody(template).map((value): HostileBody => ({ kind: "json", value })), weight: 10 },
    { arbitrary: hostileAny.map((value): HostileBody => ({ kind: "json", value })), weight: 2 },
    {
      arbitrary: fc
        .constantFrom(
          "{",
          "}",
          '{"a":',
          "{'single': 'quotes'}",
          '{"trailing": 1,}',
          "NaN",
          "undefined",
          "\u0000",
          '\u0000{"a":1}',
          "<xml/>",
          "a=1&b=2",
          '{"a": 1}garbage',
          "[".repeat(50_000),
          '"\\ud800"',
          '{"\\ud800": 1}',
          '{"__proto__": {"x": 1}, "__proto__": null}',
          "\ufeff{}",
        )
        .map((text): HostileBody => ({ kind: "text", text })),
      weight: 2,
    },
    {
      arbitrary: fc
        .constantFrom(
          [0xff, 0xfe, 0xfd],
          [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d], // {"a":"<CESU-8 surrogate>"}
          [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d], // overlong "/"
          [0x00, 0x00, 0x00],
        )
        .map((bytes): HostileBody => ({ kind: "bytes", bytes: Uint8Array.from(bytes) })),
      weight: 1,
    },
    {
      arbitrary: fc
        .constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "")
        .map((contentType): HostileBody => ({ kind: "text", text: "{}", contentType })),
      weight: 1,
    },
    { arbitrary: fc.constant<HostileBody>({ kind: "none" }), weight: 1 },
  );
}

/** Path parameters as a client can send them: raw, undecoded, traversing, huge. */
export const hostileParam: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "%",
    "%E0%A4%A",
    "%ZZ",
    "%c0%af",
    "%ed%a0%80",
    "%00",
    "..",
    "../..",
    "..%2F..%2Fetc%2Fpasswd",
    ".",
    "",
    " ",
    "null",
    "undefined",
    "__proto__",
    "constructor",
    "c",
    "C0000000000000000000000000",
    "c00000000000000000000000000000000000",
    "c000000000000000000000000",
    "c00000000000000000000000\u0000",
    "c00000000000000000000000\uD800",
  ),
  fc.constantFrom(1_000, 10_000, 100_000).map((length) => "c".repeat(length)),
  loneSurrogate,
  hostileString,
);

/** A param that is a real id most of the time, so the body checks behind it are reached. */
export const paramOf = (...valid: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 3 }, { arbitrary: hostileParam, weight: 2 });

// ---------------------------------------------------------------------------------------------
// What a refusal must look like.

export type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

/** Why `body` is not the documented error shape, or null when it is. */
export function errorShapeProblem(body: unknown): string | null {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return "the body is not a JSON object";
  const error = (body as { error?: unknown }).error;
  if (error === null || typeof error !== "object" || Array.isArray(error)) return "body.error is not an object";
  const { code, message, issues } = error as Record<string, unknown>;
  if (typeof code !== "string" || code === "") return "body.error.code is not a non-empty string";
  if (typeof message !== "string" || message === "") return "body.error.message is not a non-empty string";
  if (issues !== undefined) {
    if (!Array.isArray(issues)) return "body.error.issues is not an array";
    for (const issue of issues) {
      if (issue === null || typeof issue !== "object") return "an issue is not an object";
      const { path, message: text } = issue as Record<string, unknown>;
      if (typeof path !== "string" || typeof text !== "string") return "an issue lacks a string path and message";
    }
  }
  return null;
}

/** The kind of hostility a request carried, for a summary of findings (FUZZ_SURVEY=1). */
export function hostilityKind(request: { text: string; params: Record<string, string> }): string {
  const params = Object.values(request.params);
  if (params.some((p) => /%/.test(p) && !isDecodable(p))) return "malformed percent-encoding in a path param";
  const everything = `${request.text} ${params.join(" ")}`;
  if (/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i.test(everything))
    return "lone UTF-16 surrogate";
  if (!isWellFormedText(everything)) return "lone UTF-16 surrogate";
  if (OUT_OF_RANGE_DATES.some((date) => everything.includes(date)) || /"[+-]\d{6}-/.test(everything))
    return "date outside years 1000-9999";
  // A date field sent as a number (epoch milliseconds) far outside the range.
  const dateFields = /"(\w+At|resolveBy)":(-?[\d.e+]+)/g;
  for (const match of everything.matchAll(dateFields)) {
    const ms = Number(match[2]);
    if (!(ms >= -30_610_224_000_000 && ms <= 253_402_300_799_999)) return "date outside years 1000-9999";
  }
  return "other";
}

function isDecodable(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether a plain value holds ill-formed UTF-16 in any string, key included. */
export function holdsIllFormedText(value: unknown, depth = 0): boolean {
  if (depth > 50) return false;
  if (typeof value === "string") return !isWellFormedText(value);
  if (Array.isArray(value)) return value.some((item) => holdsIllFormedText(item, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([key, item]) => !isWellFormedText(key) || holdsIllFormedText(item, depth + 1));
  }
  return false;
}
