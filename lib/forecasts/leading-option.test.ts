import { describe, expect, it } from "vitest";
import { leadingOption } from "./leading-option";

describe("leadingOption", () => {
  it("picks the option with the most weight, the first of equals", () => {
    expect(leadingOption([0.2, 0.5, 0.3])).toEqual({ index: 1, probability: 0.5 });
    expect(leadingOption([0.4, 0.4, 0.2])).toEqual({ index: 0, probability: 0.4 });
    expect(leadingOption([0.1, 0.45, 0.45])).toEqual({ index: 1, probability: 0.45 });
  });
});
