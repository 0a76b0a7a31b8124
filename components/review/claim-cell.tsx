// One claim in a compact form: the implied probability and how it scored, coloured by result.
import { formatPercent } from "@/lib/format";
import type { ReviewClaim } from "@/lib/review/types";
import { ReadingMark } from "./reading-mark";

export function claimTone(claim: Pick<ReviewClaim, "scored" | "brier">): "right" | "wrong" | "unscored" {
  if (!claim.scored || claim.brier === null) return "unscored";
  // Below 0.25 the claim leaned the right way (a 50% claim scores exactly 0.25).
  return claim.brier < 0.25 ? "right" : "wrong";
}

export function ClaimCell({ claim }: { claim: ReviewClaim }) {
  const tone = claimTone(claim);
  return (
    <span className={`claim claim-${tone}`}>
      <strong>{formatPercent(claim.impliedProbability)}</strong>
      {claim.optionLabel ? ` on “${claim.optionLabel}”` : ""} “{claim.cue}”
      {claim.attribution ? ` (${claim.attribution})` : ""}:{" "}
      {claim.scored ? `Brier ${claim.brier!.toFixed(3)}` : "not scored"}
      {claim.reading && (
        <>
          {" "}
          <ReadingMark reading={claim.reading} withReason={false} />
        </>
      )}
    </span>
  );
}
