// Helpers shared by this folder's tests only: reference distributions and ranges.

import { CDF_POINT_COUNT, CDF_STEP_COUNT, fromScalePosition, type ContinuousRange } from "./range";

export const closedLinear: ContinuousRange = { min: 0, max: 100, openLower: false, openUpper: false, scale: "linear" };
export const openLinear: ContinuousRange = { min: 0, max: 5000, openLower: true, openUpper: true, scale: "linear" };
export const closedLog: ContinuousRange = { min: 1, max: 10_000, openLower: false, openUpper: false, scale: "log" };

/** Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7): ample for the tolerances used. */
export function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-a * a));
}

export const normalCdf = (z: number) => 0.5 * (1 + erf(z / Math.SQRT2));
export const normalPdf = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

/** The closed-form CRPS of N(mu, sigma²) at y (Gneiting & Raftery 2007). */
export function normalCrps(mu: number, sigma: number, y: number): number {
  const z = (y - mu) / sigma;
  return sigma * (z * (2 * normalCdf(z) - 1) + 2 * normalPdf(z) - 1 / Math.sqrt(Math.PI));
}

/** A CDF sampled from a real-valued distribution function on the grid, ends forced to 0 and 1. */
export function gridCdf(range: ContinuousRange, distribution: (value: number) => number): number[] {
  const cdf: number[] = [];
  for (let i = 0; i < CDF_POINT_COUNT; i++) cdf.push(distribution(fromScalePosition(range, i / CDF_STEP_COUNT)));
  if (!range.openLower) cdf[0] = 0;
  if (!range.openUpper) cdf[CDF_STEP_COUNT] = 1;
  return cdf;
}

export function uniformCdf(): number[] {
  return Array.from({ length: CDF_POINT_COUNT }, (_, i) => i / CDF_STEP_COUNT);
}
