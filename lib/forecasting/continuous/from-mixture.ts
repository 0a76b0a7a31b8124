// A forecast CDF from a mixture of up to three logistic distributions in scale space, the way
// Metaculus's sliders build one: each component has a center, a spread and a weight.

import { show } from "../validate";
import { discretizeDistribution } from "./build";
import { assertRange, type ContinuousRange } from "./range";

export const MAX_MIXTURE_COMPONENTS = 3;

export interface MixtureComponent {
  /** Scale-space position of the component's median (0 = range.min, 1 = range.max; may lie beyond). */
  readonly center: number;
  /** Logistic scale parameter in scale space (> 0); the central 50% spans about 2.2 · spread. */
  readonly spread: number;
  /** Relative weight (> 0); weights are normalised to sum to 1. */
  readonly weight: number;
}

/** The first problem with `components`, as a message naming the field, or null. */
export function mixtureProblem(components: unknown, name = "components"): string | null {
  if (!Array.isArray(components) || components.length === 0) {
    return `${name} must be a list of 1 to ${MAX_MIXTURE_COMPONENTS} components, got ${show(components)}`;
  }
  if (components.length > MAX_MIXTURE_COMPONENTS) {
    return `${name} may have at most ${MAX_MIXTURE_COMPONENTS} components, got ${components.length}`;
  }
  for (let i = 0; i < components.length; i++) {
    const component: unknown = components[i];
    if (typeof component !== "object" || component === null)
      return `${name}[${i}] must be an object { center, spread, weight }`;
    const { center, spread, weight } = component as Record<string, unknown>;
    if (typeof center !== "number" || !Number.isFinite(center))
      return `${name}[${i}].center must be a number, got ${show(center)}`;
    if (typeof spread !== "number" || !Number.isFinite(spread) || !(spread > 0)) {
      return `${name}[${i}].spread must be a number above 0, got ${show(spread)}`;
    }
    if (typeof weight !== "number" || !Number.isFinite(weight) || !(weight > 0)) {
      return `${name}[${i}].weight must be a number above 0, got ${show(weight)}`;
    }
  }
  return null;
}

/** F(x) = Σ wⱼ σ((x − centerⱼ) / spreadⱼ) with the weights normalised. */
export function mixtureDistribution(components: readonly MixtureComponent[]): (x: number) => number {
  const problem = mixtureProblem(components);
  if (problem) throw new RangeError(problem);
  const total = components.reduce((sum, component) => sum + component.weight, 0);
  return (x: number) => {
    let value = 0;
    for (const { center, spread, weight } of components)
      value += weight / total / (1 + Math.exp(-(x - center) / spread));
    return value;
  };
}

/**
 * A forecast CDF (201 points, within the step limits) from the mixture. Probability beyond an
 * open bound is what the mixture puts there; a closed bound conditions the mixture on the range.
 */
export function cdfFromMixture(components: readonly MixtureComponent[], range: ContinuousRange): number[] {
  assertRange("range", range);
  return discretizeDistribution(mixtureDistribution(components), range);
}
