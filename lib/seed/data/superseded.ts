// What earlier versions of the seed wrote, where this version corrects it. An install seeded with an
// earlier version still holds these values; lib/seed/corrections.ts recognises them (and only them,
// so nothing a person changed is touched) and brings those rows up to date.
import type { SeedOutcome, SeedResolution } from "../types";
import { MERGER_DEFINITION, sentences, TRUCE_DEFINITION } from "./questions";

export type SupersededResolution = Pick<SeedResolution, "occurredAt" | "occurredAtPrecision" | "note" | "evidence"> & {
  outcome: SeedOutcome;
};

export type SupersededSeed = {
  questionKey: string;
  /** Why the seed changed: recorded as the reason of the re-resolution that corrects it. */
  reason: string;
  /** The earlier criteria, when they changed. */
  resolutionCriteria?: string;
  /** The earlier resolution, when it changed. */
  resolution?: SupersededResolution;
};

const STANDING_FACTS = "Standing fact (outcomes reference, as of 2025)";
const EVIDENCE_REASON = "Seed correction: the evidence now names the kind of source the resolution criteria require.";

export const SUPERSEDED: SupersededSeed[] = [
  {
    questionKey: "q-truce-by-2018-12-31",
    reason: EVIDENCE_REASON,
    resolution: {
      outcome: "NO",
      occurredAt: "2018-12-31",
      occurredAtPrecision: "DAY",
      note: "No truce was announced by the deadline; as of 2025 no ISIS–al-Qaeda truce has ever been announced.",
      evidence: STANDING_FACTS,
    },
  },
  {
    questionKey: "q-merger-or-alliance-by-2019-12-31",
    reason: EVIDENCE_REASON,
    resolution: {
      outcome: "NO",
      occurredAt: "2019-12-31",
      occurredAtPrecision: "DAY",
      note: "No merger, unification under one leader or announced alliance has taken place (as of 2025).",
      evidence: STANDING_FACTS,
    },
  },
  {
    questionKey: "q-aq-iraq-presence-by-2019-12-31",
    reason: EVIDENCE_REASON,
    resolution: {
      outcome: "NO",
      occurredAt: "2019-12-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "Al-Qaeda did not re-establish a significant operational presence in Iraq; ISIS remained the main jihadist",
        "insurgent group there.",
      ),
      evidence: STANDING_FACTS,
    },
  },
  {
    questionKey: "q-aq-aligned-group-in-northwest-syria-2018-12-31",
    reason: sentences(
      "Seed correction: the question asks how things stood on 2018-12-31, so it is settled on that date (the",
      "February 2018 date ended the scoring window early), and the evidence is of a kind the criteria name.",
    ),
    resolution: {
      outcome: "YES",
      occurredAt: "2018-02-01",
      occurredAtPrecision: "MONTH",
      note: sentences(
        "Al-Qaeda loyalists who left HTS formed Hurras al-Din in northwest Syria in February 2018; it was still",
        "active there at the end of 2018.",
      ),
      evidence: "Jihadist group announcement, reported by open-source monitors",
    },
  },
  {
    questionKey: "q-caliphate-dropped-if-baghdadi-dies",
    reason: sentences(
      "Seed correction: silence no longer resolves the question YES (it is ambiguous), and the evidence names the",
      "kind of source the criteria require; the outcome is unchanged.",
    ),
    resolutionCriteria: sentences(
      "Conditional on “Will Abu Bakr al-Baghdadi be killed or confirmed dead by 2019-12-31?” resolving YES; annulled",
      "if it resolves NO. Resolves YES if, between Baghdadi's death and 2020-06-30, ISIS official media explicitly",
      "renounce or suspend the claim to be the caliphate, or name a successor only as emir and not as caliph",
      "(khalifa or amir al-mu'minin). Resolves NO if, by 2020-06-30, ISIS official media name a successor caliph and",
      "call for allegiance to him. A successor known only by a kunya still counts as named. If neither happens by",
      "2020-06-30, YES.",
    ),
    resolution: {
      outcome: "NO",
      occurredAt: "2019-10-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "The condition was met (Baghdadi killed, 2019-10-27); four days later ISIS named Abu Ibrahim al-Hashimi",
        "al-Qurashi caliph, keeping the claim.",
      ),
      evidence: "ISIS spokesman audio statement",
    },
  },
  {
    questionKey: "q-caliphate-claim-kept-2021-12-31",
    reason: EVIDENCE_REASON,
    resolution: {
      outcome: "YES",
      occurredAt: "2021-12-31",
      occurredAtPrecision: "DAY",
      note: "ISIS never relinquished the claim: it still claims the caliphate (as of 2025).",
      evidence: STANDING_FACTS,
    },
  },
  {
    questionKey: "q-iraq-insurgency-end-2018",
    reason: EVIDENCE_REASON,
    resolution: {
      outcome: "YES",
      occurredAt: "2018-12-31",
      occurredAtPrecision: "DAY",
      note: "After losing its territory ISIS remained the main jihadist insurgent group in Iraq.",
      evidence: STANDING_FACTS,
    },
  },
  {
    questionKey: "q-hts-renamed-by-2019-12-31",
    reason: EVIDENCE_REASON,
    resolution: {
      outcome: "NO",
      occurredAt: "2019-12-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "HTS never renamed itself again after January 2017; it dissolved into the new Syrian state's forces in 2025.",
      ),
      evidence: STANDING_FACTS,
    },
  },
  {
    questionKey: "q-relations-state-2020-12-31",
    reason: sentences(
      "Seed correction: the question asks for the state of relations on 2020-12-31, so it is settled on that date;",
      "the 2020-01-01 date ended the scoring window a year early.",
    ),
    resolution: {
      outcome: { optionIndex: 3 },
      occurredAt: "2020-01-01",
      occurredAtPrecision: "HALF_YEAR",
      note: sentences(
        "No merger, alliance or truce existed; JNIM and ISIS fought openly in the Sahel in the first half of 2020",
        "(al-Naba 233).",
      ),
      evidence: "ISIS al-Naba newsletter, issue 233",
    },
  },
  {
    questionKey: "q-rapprochement-if-baghdadi-dies",
    reason: sentences(
      "Seed correction: the window now starts at Baghdadi's death, the condition, instead of before it, and the",
      "evidence names the kind of source the criteria require; the outcome is unchanged.",
    ),
    resolutionCriteria: sentences(
      "Conditional on “Will Abu Bakr al-Baghdadi be killed or confirmed dead by 2019-12-31?” resolving YES; annulled",
      "if it resolves NO. Resolves YES if, between 2017-05-01 and 2020-12-31, a truce, a formal alliance or a",
      "merger between ISIS and al-Qaeda is announced, as defined below; otherwise NO.",
      TRUCE_DEFINITION,
      MERGER_DEFINITION,
    ),
    resolution: {
      outcome: "NO",
      occurredAt: "2020-12-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "The condition was met (Baghdadi killed, 2019-10-27), but no truce, alliance or merger followed by the",
        "deadline; the groups fought in the Sahel in 2020 instead.",
      ),
      evidence: STANDING_FACTS,
    },
  },
  {
    questionKey: "q-merger-or-alliance-by-2023-12-31",
    reason: EVIDENCE_REASON,
    resolution: {
      outcome: "NO",
      occurredAt: "2023-12-31",
      occurredAtPrecision: "DAY",
      note: "No merger, unification under one leader or announced alliance has taken place (as of 2025).",
      evidence: STANDING_FACTS,
    },
  },
];
