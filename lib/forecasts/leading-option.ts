// Which option a multiple-choice vector leads with: what a one-line summary of a forecast shows.

/** The option a vector puts most weight on (the first of equals), with its probability. */
export function leadingOption(probs: readonly number[]): { index: number; probability: number } {
  let index = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[index]!) index = i;
  return { index, probability: probs[index] ?? 0 };
}
