// Seeded questions: retrospective ones built from the 2017 and 2020 articles (resolved from the outcome timeline
// where it settles them) and live ones carrying the same themes forward from 2026-11-01.
//
// Excerpt links give the probability the excerpt implies for YES under this question's framing (or for the linked
// option), which may differ from the excerpt's cueProbability; the note says why when it does. Retrospective
// questions open no earlier than the newest source they cite, so an as-of forecast never sees a later article.
import type { IsoDate, SeedQuestion } from "../types";

/**
 * The date the seed is written as of: the live questions open on it, and the retrospective ones were resolved
 * from what was known by then. Rules about "live" questions are checked against this date, never today's.
 */
export const SEED_AS_OF: IsoDate = "2026-11-01";

/** Joins sentences into one paragraph, so that long texts stay readable in source. */
export function sentences(...parts: string[]): string {
  return parts.join(" ");
}

/** The outcome table's "standing facts" are what the seed knows of an absence; the criteria name where it shows. */
const AS_OF_2025 = "outcomes reference, standing facts as of 2025";

/** Evidence for "nothing was announced" where the criteria require an announcement in official media. */
function noneAnnounced(what: string): string {
  return `Official media of ISIS and al-Qaeda: no ${what} announced (${AS_OF_2025})`;
}

export const TRUCE_DEFINITION = sentences(
  "A truce is a ceasefire, non-aggression pact or mutual cessation of hostilities between ISIS and al-Qaeda, or",
  "between official affiliates of the two (provinces of ISIS; branches al-Qaeda's general command has acknowledged),",
  "announced in the official media of at least one party (for ISIS: al-Naba, Amaq, al-Furqan or a spokesman's",
  "statement; for al-Qaeda: as-Sahab, a general-command statement or the affiliate's own media) and not denied by",
  "the other within 30 days. De facto coexistence, unannounced local arrangements and claims by third parties",
  "(governments, analysts) alone do not count.",
);

export const MERGER_DEFINITION = sentences(
  "A merger is an announced unification of ISIS and al-Qaeda under one leader, including a public pledge of",
  "allegiance (bay'a) by one group's central leader to the other's. A formal alliance is a military or political",
  "pact between the two central leaderships, announced in the official media of at least one and not repudiated by",
  "the other within 30 days. Tactical coordination between affiliates, and reports of talks (such as Ayad Allawi's",
  "of April 2017), do not count.",
);

export const QUESTIONS: SeedQuestion[] = [
  // ─── Truce, merger and cooperation (2017) ──────────────────────────────────────────────────────────────────────
  {
    key: "q-truce-by-2018-12-31",
    title: "Will ISIS and al-Qaeda announce a truce by 2018-12-31?",
    description: sentences(
      "In October 2017 Elijah Magnier expected “a kind of truce” between the two groups soon, as both lost ground",
      "in Iraq and Syria; Hamdi Malik's sources thought even a rapprochement difficult while Baghdadi and Zawahiri",
      "competed to lead.",
    ),
    resolutionCriteria: sentences(
      TRUCE_DEFINITION,
      "Resolves YES if such a truce is announced between 2017-10-12 and 2018-12-31 (inclusive), otherwise NO.",
      "Ambiguous case: a truce announced in one country only still counts.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2018-12-31",
    resolveBy: "2019-03-31",
    asks: { kind: "event", from: "2017-10-12", to: "2018-12-31" },
    themes: ["truce"],
    excerpts: [
      { excerptKey: "magnier17-truce-soon-expected", impliedProbability: 0.75 },
      {
        excerptKey: "magnier17-common-ground-not-impossible",
        impliedProbability: 0.25,
        note: "“Common ground” is broader than a truce; the excerpt caps rather than sets the probability.",
      },
      {
        excerptKey: "oconnor17-may-reconcile",
        impliedProbability: 0.5,
        note: "A reconciliation would at least include a truce.",
      },
      {
        excerptKey: "malik17-hashemi-alliance-difficult",
        impliedProbability: 0.25,
        note: "Hashemi calls any rapprochement difficult at this stage; a truce is the least form of one.",
      },
    ],
    resolution: {
      outcome: "NO",
      occurredAt: "2018-12-31",
      occurredAtPrecision: "DAY",
      note: "No truce was announced by the deadline; as of 2025 no ISIS–al-Qaeda truce has ever been announced.",
      evidence: noneAnnounced("truce"),
      evidenceKind: "official media",
    },
  },
  {
    key: "q-merger-or-alliance-by-2019-12-31",
    title: "Will ISIS and al-Qaeda announce a merger or formal alliance by 2019-12-31?",
    description: sentences(
      "After Iraq's vice president said in April 2017 that envoys of Baghdadi and Zawahiri were talking, the 2017",
      "articles split: Newsweek saw a possible strategic alliance, Magnier expected joint work but no merger, and",
      "Malik had no doubt that ISIS leaders would not serve under al-Qaeda.",
    ),
    resolutionCriteria: sentences(
      MERGER_DEFINITION,
      "Resolves YES if a merger or formal alliance is announced between 2017-10-12 and 2019-12-31 (inclusive),",
      "otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2019-12-31",
    resolveBy: "2020-03-31",
    asks: { kind: "event", from: "2017-10-12", to: "2019-12-31" },
    themes: ["merger"],
    excerpts: [
      { excerptKey: "oconnor17-may-yield-alliance", impliedProbability: 0.5 },
      { excerptKey: "magnier17-new-group-unlikely", impliedProbability: 0.2 },
      {
        excerptKey: "magnier17-joint-work-not-merger",
        impliedProbability: 0.25,
        note: "Magnier expects cooperation but not a merger: 1 − 0.75. He leaves a looser alliance open.",
      },
      {
        excerptKey: "malik17-no-doubt-not-under-aq-umbrella",
        impliedProbability: 0.03,
        note: "Rules out ISIS submitting to al-Qaeda (1 − 0.97); an alliance between equals is not addressed.",
      },
      { excerptKey: "malik17-hashemi-alliance-difficult", impliedProbability: 0.25 },
      {
        excerptKey: "malik17-rapprochement-possible",
        impliedProbability: 0.4,
        note: "A rapprochement is broader than a merger or formal alliance, so this is an upper bound.",
      },
      {
        excerptKey: "malik17-leaders-will-keep-competing",
        impliedProbability: 0.1,
        note: "Shared ideology will not end the leaders' rivalry (0.1 that it does), which rules out unification.",
      },
    ],
    resolution: {
      outcome: "NO",
      occurredAt: "2019-12-31",
      occurredAtPrecision: "DAY",
      note: "No merger, unification under one leader or announced alliance has taken place (as of 2025).",
      evidence: noneAnnounced("merger or alliance"),
      evidenceKind: "official media",
    },
  },
  {
    key: "q-joint-operation-by-2018-12-31",
    title: "Will ISIS and al-Qaeda carry out a military operation acknowledged as joint by both by 2018-12-31?",
    description: sentences(
      "Magnier expected “joint work” between the two groups and argued that ISIS would have to deal with Zawahiri's",
      "circle in the Levant. The outcome timeline does not settle this question: it is left for a human resolver.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2017-10-12 and 2018-12-31, ISIS (or one of its provinces) and al-Qaeda (or a branch",
      "its general command has acknowledged) carry out an attack or military operation that the official media of",
      "both describe as joint or coordinated. One-sided claims of cooperation, reports by governments or analysts",
      "alone, and mere non-aggression or coexistence in the same area do not count. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2018-12-31",
    resolveBy: "2019-03-31",
    asks: { kind: "event", from: "2017-10-12", to: "2018-12-31" },
    themes: ["cooperation"],
    excerpts: [
      {
        excerptKey: "magnier17-joint-work-not-merger",
        impliedProbability: 0.75,
        note: "“Joint work” read as coordinated operations.",
      },
      {
        excerptKey: "magnier17-isis-will-deal-with-zawaheri",
        impliedProbability: 0.6,
        note: "Dealing with al-Qaeda's leadership is a precondition of joint operations, not one; discounted from 0.9.",
      },
      {
        excerptKey: "malik17-ideology-springboard",
        impliedProbability: 0.4,
        note: "A return to cooperation, of which a joint operation would be the clearest sign.",
      },
    ],
  },

  // ─── Al-Qaeda's return to Iraq (2017) ──────────────────────────────────────────────────────────────────────────
  {
    key: "q-aq-iraq-presence-by-2019-12-31",
    title: "Will al-Qaeda re-establish a significant operational presence in Iraq by 2019-12-31?",
    description: sentences(
      "Malik reported a February 2017 warning by the Institute for the Study of War that al-Qaeda would become active",
      "again in Iraq as ISIS lost ground there; Magnier thought al-Qaeda might have a better chance than ISIS in Iraq,",
      "depending on how Baghdad treated the devastated Sunni areas.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2017-10-12 and 2019-12-31, either (a) al-Qaeda's general command or a group publicly",
      "pledged to it announces a branch for Iraq and claims, in official al-Qaeda media, at least three separate",
      "attacks inside Iraq; or (b) a report of the UN Security Council's ISIL/al-Qaida Monitoring Team or the U.S.",
      "State Department's Country Reports on Terrorism describes al-Qaeda (as distinct from ISIS) as carrying out",
      "attacks in Iraq. Statements of intent, recruitment, and attacks by ISIS or unaffiliated groups do not count.",
      "Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2019-12-31",
    resolveBy: "2020-06-30",
    asks: { kind: "event", from: "2017-10-12", to: "2019-12-31" },
    themes: ["aq-iraq"],
    excerpts: [
      {
        excerptKey: "malik17-isw-aq-active-in-iraq",
        impliedProbability: 0.8,
        note: "The Institute for the Study of War's forecast as Malik reports it, not Malik's own.",
      },
      {
        excerptKey: "magnier17-aq-better-chance-in-iraq",
        impliedProbability: 0.5,
        note: "Conditional on Baghdad's handling of the Sunni areas; “better chance than ISIS” read as even odds.",
      },
    ],
    resolution: {
      outcome: "NO",
      occurredAt: "2019-12-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "Al-Qaeda announced no Iraqi branch and is not described as carrying out attacks in Iraq in the window; it",
        "never re-established a significant operational presence there, and ISIS remained the main jihadist",
        "insurgent group.",
      ),
      evidence: sentences(
        "UN Security Council ISIL/al-Qaida Monitoring Team reports and U.S. Country Reports on Terrorism,",
        `2017–2019: no al-Qaeda attacks in Iraq (${AS_OF_2025})`,
      ),
      evidenceKind: "ISIL/al-Qaida Monitoring Team",
    },
  },

  // ─── Territory (2017) ──────────────────────────────────────────────────────────────────────────────────────────
  {
    key: "q-iraq-no-territory-by-2017-12-31",
    title: "Will the Iraqi government declare that ISIS holds no territory in Iraq by 2017-12-31?",
    description: sentences(
      "In October 2017, with Mosul retaken in July, Magnier expected ISIS to lose all the territory it controlled",
      "in the coming months.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2017-10-12 and 2017-12-31, the Iraqi prime minister or government officially",
      "declares that ISIS no longer controls any territory in Iraq (a declaration of final victory counts).",
      "Declarations about single cities or provinces do not count. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2017-12-31",
    resolveBy: "2018-01-31",
    asks: { kind: "event", from: "2017-10-12", to: "2017-12-31" },
    themes: ["territory"],
    excerpts: [
      { excerptKey: "magnier17-expected-to-lose-all-territory", impliedProbability: 0.75 },
      { excerptKey: "magnier17-soon-without-territory", impliedProbability: 0.9 },
    ],
    resolution: {
      outcome: "YES",
      occurredAt: "2017-12-09",
      occurredAtPrecision: "DAY",
      eventKey: "ev-2017-12-09-iraq-final-victory",
      note: "Iraq declared final victory over ISIS on 2017-12-09, with no territory left under its control in Iraq.",
      evidence: "Iraqi government statement",
      evidenceKind: "Iraqi prime minister or government",
    },
  },
  {
    key: "q-syria-no-territory-by-2018-06-30",
    title: "Will ISIS lose its last territory in Syria by 2018-06-30?",
    description: sentences(
      "Magnier wrote in October 2017 that ISIS was expected to lose all its territory “in the coming months” and",
      "would soon be without any defined territory. This question tests his timing; a companion question gives a",
      "longer horizon.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, by 2018-06-30, ISIS no longer holds any populated locality in Syria, as shown by an",
      "announcement of the SDF, the Syrian government or the U.S.-led coalition that is not contradicted by",
      "continued fighting for an ISIS-held town or village. Declarations covering only part of the country (for",
      "example one side's area of operations) do not count. Desert hideouts without any administration are not",
      "territory. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2018-06-30",
    resolveBy: "2018-09-30",
    asks: { kind: "event", from: "2017-10-12", to: "2018-06-30" },
    themes: ["territory"],
    excerpts: [
      { excerptKey: "magnier17-expected-to-lose-all-territory", impliedProbability: 0.75 },
      { excerptKey: "magnier17-soon-without-territory", impliedProbability: 0.9 },
    ],
    resolution: {
      outcome: "NO",
      occurredAt: "2018-06-30",
      occurredAtPrecision: "DAY",
      note: sentences(
        "ISIS still held territory in eastern Syria on the deadline; its last Syrian territory, Baghouz, fell only on",
        "2019-03-23.",
      ),
      evidence: "SDF statement of 2019-03-23 (the later event that ended ISIS's territory in Syria)",
      evidenceKind: "SDF",
    },
  },
  {
    key: "q-syria-no-territory-by-2019-06-30",
    title: "Will ISIS lose its last territory in Syria by 2019-06-30?",
    description: sentences(
      "The same forecast as the 2018-06-30 question by Magnier (October 2017), over a horizon twice as long.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, by 2019-06-30, ISIS no longer holds any populated locality in Syria, as shown by an",
      "announcement of the SDF, the Syrian government or the U.S.-led coalition that is not contradicted by",
      "continued fighting for an ISIS-held town or village. Declarations covering only part of the country do not",
      "count. Desert hideouts without any administration are not territory. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2019-06-30",
    resolveBy: "2019-09-30",
    asks: { kind: "event", from: "2017-10-12", to: "2019-06-30" },
    themes: ["territory"],
    excerpts: [
      { excerptKey: "magnier17-expected-to-lose-all-territory", impliedProbability: 0.75 },
      { excerptKey: "magnier17-soon-without-territory", impliedProbability: 0.9 },
    ],
    resolution: {
      outcome: "YES",
      occurredAt: "2019-03-23",
      occurredAtPrecision: "DAY",
      eventKey: "ev-2019-03-23-baghouz-falls",
      note: "The SDF announced the fall of Baghouz, ISIS's last territory in Syria, on 2019-03-23.",
      evidence: "SDF statement",
      evidenceKind: "SDF",
    },
  },
  {
    key: "q-aq-aligned-group-in-northwest-syria-2018-12-31",
    title: "Will an al-Qaeda-aligned group other than HTS be operating in northwest Syria on 2018-12-31?",
    description: sentences(
      "Magnier, who counts HTS as al-Qaeda's Syrian branch, wrote that al-Qaeda would make a show of pulling out a",
      "few foreign militants from Idlib but would definitely keep its base there. HTS had publicly broken with",
      "al-Qaeda, so this question asks whether al-Qaeda keeps an openly aligned force of its own in the northwest.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if on 2018-12-31 a group other than HTS that the UN Security Council's ISIL/al-Qaida Monitoring",
      "Team or the U.S. government describes as aligned with or an affiliate of al-Qaeda has fighters in Idlib,",
      "Hama, Latakia or western Aleppo governorate. The description may come in a report published up to the",
      "resolve-by date. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2018-12-31",
    resolveBy: "2019-03-31",
    asks: { kind: "state", on: "2018-12-31" },
    themes: ["territory"],
    excerpts: [
      {
        excerptKey: "magnier17-aq-will-definitely-keep-base",
        impliedProbability: 0.97,
        note: "Magnier means HTS; his claim supports YES here only if al-Qaeda loyalists organise outside HTS.",
      },
    ],
    reading: {
      status: "DIFFERS_FROM_AUTHOR",
      reason: sentences(
        "Magnier meant HTS itself keeping al-Qaeda's base in Idlib; this asks about a group other than HTS, and",
        "al-Qaeda-aligned fighters outside HTS were arguably already there when it opened.",
      ),
    },
    resolution: {
      outcome: "YES",
      // The question asks how things stood on 2018-12-31, so that is the date it is settled on, not Hurras
      // al-Din's founding in February: an earlier date would end the scoring window ten months early.
      occurredAt: "2018-12-31",
      occurredAtPrecision: "DAY",
      eventKey: "ev-2018-02-hurras-al-din-formed",
      note: sentences(
        "Hurras al-Din, formed in February 2018 by al-Qaeda loyalists who left HTS, still had fighters in Idlib at",
        "the end of 2018.",
      ),
      evidence: "UN Security Council ISIL/al-Qaida Monitoring Team reports of 2018–2019 on Hurras al-Din in Idlib",
      evidenceKind: "ISIL/al-Qaida Monitoring Team",
    },
  },

  // ─── Leadership and the caliphate claim ────────────────────────────────────────────────────────────────────────
  {
    key: "q-baghdadi-dead-by-2019-12-31",
    title: "Will Abu Bakr al-Baghdadi be killed or confirmed dead by 2019-12-31?",
    description: sentences(
      "Malik noted the $25 million U.S. bounty on Baghdadi and the pursuit of al-Qaeda's leaders, and wrote that it",
      "need not take long for one of the two leaderships to fade away.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if Baghdadi dies between 2017-05-01 and 2019-12-31 and his death is confirmed, by the resolve-by",
      "date, by an official announcement of the U.S. or Iraqi government or by ISIS official media. Unconfirmed",
      "claims (such as reports in 2017 that he may have been killed in an air strike) do not count unless confirmed",
      "in this way. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-05-01",
    closeAt: "2019-12-31",
    resolveBy: "2020-03-31",
    asks: { kind: "event", from: "2017-05-01", to: "2019-12-31" },
    themes: ["leadership"],
    excerpts: [
      {
        excerptKey: "malik17-leader-may-fade-soon",
        impliedProbability: 0.5,
        note: "Malik speaks of either leader fading soon; read as even odds for Baghdadi within about 2.5 years.",
      },
    ],
    resolution: {
      outcome: "YES",
      occurredAt: "2019-10-27",
      occurredAtPrecision: "DAY",
      eventKey: "ev-2019-10-27-baghdadi-killed",
      note: "The U.S. announced on 2019-10-27 that Baghdadi died in a raid in Barisha, Idlib.",
      evidence: "U.S. government announcement (White House, Department of Defense)",
      evidenceKind: "U.S. or Iraqi government",
    },
  },
  {
    key: "q-caliphate-dropped-if-baghdadi-dies",
    title: "If Baghdadi is killed or confirmed dead by 2019-12-31, will ISIS drop its caliphate claim by 2020-06-30?",
    description: sentences(
      "Magnier argued that the allegiance pledged to Baghdadi was tied to him and his “state”: if he were killed,",
      "the Caliphate and the pledges given to him would fall, though the group would remain.",
    ),
    resolutionCriteria: sentences(
      "Conditional on “Will Abu Bakr al-Baghdadi be killed or confirmed dead by 2019-12-31?” resolving YES; annulled",
      "if it resolves NO. Resolves YES if, between Baghdadi's death and 2020-06-30, ISIS official media explicitly",
      "renounce or suspend the claim to be the caliphate, or name a successor only as emir and not as caliph",
      "(khalifa or amir al-mu'minin). Resolves NO if, by 2020-06-30, ISIS official media name a successor caliph and",
      "call for allegiance to him. A successor known only by a kunya still counts as named. If neither happens by",
      "2020-06-30, AMBIGUOUS: silence neither drops nor keeps the claim.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2020-06-30",
    resolveBy: "2020-09-30",
    asks: { kind: "event", from: "condition", to: "2020-06-30" },
    themes: ["leadership"],
    condition: { questionKey: "q-baghdadi-dead-by-2019-12-31", outcome: "YES" },
    excerpts: [
      {
        excerptKey: "magnier17-caliphate-falls-if-baghdadi-killed",
        impliedProbability: 0.9,
        note: "“The Caliphate and Bay'a given to him will fall” read as the claim lapsing with him.",
      },
    ],
    resolution: {
      outcome: "NO",
      occurredAt: "2019-10-31",
      occurredAtPrecision: "DAY",
      eventKey: "ev-2019-10-31-isis-names-successor",
      note: sentences(
        "The condition was met (Baghdadi killed, 2019-10-27); four days later ISIS named Abu Ibrahim al-Hashimi",
        "al-Qurashi caliph, keeping the claim.",
      ),
      evidence: "ISIS official media: the spokesman's audio statement naming the successor caliph",
      evidenceKind: "ISIS official media",
    },
  },
  {
    key: "q-zawahiri-dead-by-2022-12-31",
    title: "Will Ayman al-Zawahiri be killed or confirmed dead by 2022-12-31?",
    description: sentences(
      "Malik noted that Zawahiri and other al-Qaeda leaders were being pursued by the United States, and that it",
      "need not take long for one of the two leaderships to fade away.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if Zawahiri dies between 2017-05-01 and 2022-12-31 and his death is confirmed, by the resolve-by",
      "date, by an official announcement of the U.S. government or in al-Qaeda's official media. Rumours and",
      "unconfirmed reports of his death do not count. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-05-01",
    closeAt: "2022-12-31",
    resolveBy: "2023-03-31",
    asks: { kind: "event", from: "2017-05-01", to: "2022-12-31" },
    themes: ["leadership"],
    excerpts: [
      {
        excerptKey: "malik17-leader-may-fade-soon",
        impliedProbability: 0.5,
        note: "Malik speaks of either leader fading soon; read as even odds for Zawahiri within about 5.5 years.",
      },
    ],
    resolution: {
      outcome: "YES",
      occurredAt: "2022-07-31",
      occurredAtPrecision: "DAY",
      eventKey: "ev-2022-07-31-zawahiri-killed",
      note: "Zawahiri was killed by a U.S. drone strike in Kabul on 2022-07-31, announced by the U.S. on 2022-08-01.",
      evidence: "U.S. government announcement (White House)",
      evidenceKind: "U.S. government",
    },
  },
  {
    key: "q-caliphate-claim-kept-2021-12-31",
    title: "Will ISIS still claim to be the caliphate on 2021-12-31?",
    description: sentences(
      "Tamimi argued in 2020 that lasting cooperation would require ISIS to give up its caliphate claim or al-Qaeda",
      "to accept it, and saw no prospect of either. The claim had already survived Baghdadi's death.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if on 2021-12-31 ISIS official media still present the group as the caliphate, with a leader",
      "styled caliph (khalifa or amir al-mu'minin), and have not renounced or suspended the claim. Resolves NO if,",
      "between 2020-06-09 and 2021-12-31, ISIS official media explicitly renounce or suspend it. A vacancy after a",
      "caliph's death does not by itself count as renouncing the claim.",
    ),
    type: "BINARY",
    openAt: "2020-06-09",
    closeAt: "2021-12-31",
    resolveBy: "2022-03-31",
    asks: { kind: "state", on: "2021-12-31" },
    themes: ["leadership"],
    excerpts: [
      {
        excerptKey: "tamimi20-no-prospects-caliphate-compromise",
        impliedProbability: 0.97,
        note: sentences(
          "One of the two scenarios with “no prospects” is ISIS relinquishing the claim: 1 − 0.03 that it keeps it.",
        ),
      },
    ],
    resolution: {
      outcome: "YES",
      occurredAt: "2021-12-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "ISIS never relinquished the claim: Abu Ibrahim al-Hashimi al-Qurashi, named caliph on 2019-10-31, led it",
        "until 2022-02-03, and it still claims the caliphate (as of 2025).",
      ),
      evidence: `ISIS official media, which kept styling its leader caliph through 2021 (${AS_OF_2025})`,
      evidenceKind: "ISIS official media",
    },
  },

  // ─── Insurgency and renaming (2017) ────────────────────────────────────────────────────────────────────────────
  {
    key: "q-iraq-insurgency-end-2018",
    title: "Will ISIS still be waging an insurgency in Iraq at the end of 2018 (2018-12-31)?",
    description: sentences(
      "Magnier expected ISIS to retreat to the deserts and turn into an insurgency once it lost its territory; Ayad",
      "Allawi, quoted by Malik, said it would remain in sleeper cells.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if either (a) ISIS official media (al-Naba or Amaq) claim at least one attack inside Iraq in",
      "each of October, November and December 2018, or (b) the first report of 2019 by the UN Security Council's",
      "ISIL/al-Qaida Monitoring Team describes ISIS as carrying out an insurgency or continuing attacks in Iraq.",
      "Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2018-12-31",
    resolveBy: "2019-03-31",
    asks: { kind: "state", on: "2018-12-31" },
    themes: ["insurgency"],
    excerpts: [
      { excerptKey: "magnier17-expected-insurgency", impliedProbability: 0.75 },
      { excerptKey: "magnier17-expected-to-retreat-to-deserts", impliedProbability: 0.75 },
      {
        excerptKey: "malik17-allawi-sleeper-cells",
        impliedProbability: 0.9,
        note: "Ayad Allawi's claim, as quoted by Malik.",
      },
    ],
    resolution: {
      outcome: "YES",
      occurredAt: "2018-12-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "After losing its territory ISIS kept claiming attacks inside Iraq month after month and remained the main",
        "jihadist insurgent group there.",
      ),
      evidence: "ISIS official media: al-Naba's weekly claims of attacks inside Iraq, October to December 2018",
      evidenceKind: "ISIS official media",
    },
  },
  {
    key: "q-hts-renamed-by-2019-12-31",
    title: "Will Hay'at Tahrir al-Sham adopt a new name by 2019-12-31?",
    description: sentences(
      "Magnier, who treats HTS as al-Qaeda in Syria, wrote in October 2017 that it would be forced to change its",
      "name once more (after al-Nusra, Jabhat Fath al-Sham and HTS) to pass as “moderate”.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2017-10-12 and 2019-12-31, HTS's leadership or official media announce that the",
      "organization will operate under a new name, including through a merger in which HTS stops using its name.",
      "Joint operations rooms, the Syrian Salvation Government, and new names of media wings or sub-units do not",
      "count. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2017-10-12",
    closeAt: "2019-12-31",
    resolveBy: "2020-03-31",
    asks: { kind: "event", from: "2017-10-12", to: "2019-12-31" },
    themes: ["insurgency"],
    reading: {
      status: "AMBIGUOUS_CLAIM",
      reason: sentences(
        "Magnier's list of names ends at HTS, so “change its name once more” may describe the January 2017 rename",
        "to HTS, which had already happened, rather than predict another.",
      ),
    },
    excerpts: [
      {
        excerptKey: "magnier17-forced-to-rename",
        impliedProbability: 0.9,
        note: "“Once more” read as a new name after HTS (formed January 2017); his parenthesis ends at HTS.",
      },
    ],
    resolution: {
      outcome: "NO",
      occurredAt: "2019-12-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "HTS never renamed itself again after January 2017; it dissolved into the new Syrian state's forces in 2025.",
      ),
      evidence: `HTS's leadership and official media: no new name announced (${AS_OF_2025})`,
      evidenceKind: "HTS's leadership or official media",
    },
  },

  // ─── Relations as a whole (multiple choice) and conditional rapprochement ──────────────────────────────────────
  {
    key: "q-relations-state-2020-12-31",
    title:
      "Will ISIS and al-Qaeda be merged, allied, at truce, openly fighting, or rivals without open fighting on 2020-12-31?",
    description: sentences(
      "The 2017 articles ranged from a strategic alliance (Newsweek) and a truce soon (Magnier) to no union under",
      "al-Qaeda's umbrella at all (Malik). This question asks which state of relations held at the end of 2020.",
    ),
    resolutionCriteria: sentences(
      "Judged as of 2020-12-31; the answer is the first option, in list order, whose criterion holds, so exactly one",
      "option applies.",
      "(1) Merged: a merger as defined here is announced and not revoked by 2020-12-31.",
      "(2) Formal alliance: a formal alliance is announced and not repudiated by 2020-12-31.",
      "(3) Truce: an announced truce covering every country where both groups have affiliates is in force on",
      "2020-12-31.",
      "(4) Open fighting: armed clashes between ISIS and al-Qaeda or their official affiliates occur during calendar",
      "2020, acknowledged in either side's official media or reported by two independent credible sources.",
      "(5) Rivalry without open fighting: none of the above.",
      MERGER_DEFINITION,
      TRUCE_DEFINITION,
    ),
    type: "MULTIPLE_CHOICE",
    options: [
      "Merged or unified under one leader",
      "Formal alliance, short of a merger",
      "Announced truce in force everywhere both operate",
      "Open fighting between the groups or their affiliates during 2020",
      "Rivalry without open fighting",
    ],
    openAt: "2017-10-12",
    closeAt: "2020-12-31",
    resolveBy: "2021-03-31",
    asks: { kind: "state", on: "2020-12-31" },
    themes: ["merger", "truce", "cooperation"],
    excerpts: [
      { excerptKey: "magnier17-new-group-unlikely", impliedProbability: 0.2, optionIndex: 0 },
      {
        excerptKey: "malik17-no-doubt-not-under-aq-umbrella",
        impliedProbability: 0.03,
        optionIndex: 0,
        note: "Rules out ISIS serving under al-Qaeda (1 − 0.97).",
      },
      { excerptKey: "oconnor17-may-yield-alliance", impliedProbability: 0.5, optionIndex: 1 },
      { excerptKey: "malik17-hashemi-alliance-difficult", impliedProbability: 0.25, optionIndex: 1 },
      {
        excerptKey: "magnier17-truce-soon-expected",
        impliedProbability: 0.75,
        optionIndex: 2,
        note: "Expected soon in 2017; the option needs the truce still in force at the end of 2020, so an upper bound.",
      },
    ],
    resolution: {
      outcome: { optionIndex: 3 },
      // The question asks for the state on 2020-12-31: settled on that date (the fighting it rests on came earlier).
      occurredAt: "2020-12-31",
      occurredAtPrecision: "DAY",
      eventKey: "ev-2020-h1-sahel-open-fighting",
      note: sentences(
        "No merger, alliance or truce existed; JNIM and ISIS fought openly in the Sahel in the first half of 2020",
        "(al-Naba 233).",
      ),
      evidence: "ISIS official media: al-Naba newsletter, issue 233",
      evidenceKind: "official media",
    },
  },
  {
    key: "q-rapprochement-if-baghdadi-dies",
    title:
      "If Baghdadi is killed or confirmed dead by 2019-12-31, will ISIS and al-Qaeda announce a truce, alliance or merger by 2020-12-31?",
    description: sentences(
      "Malik wrote that if one of the two leaders were killed, a rapprochement would be easier; Hisham al-Hashemi",
      "told him that only when one leadership fades away could one group join the other.",
    ),
    resolutionCriteria: sentences(
      "Conditional on “Will Abu Bakr al-Baghdadi be killed or confirmed dead by 2019-12-31?” resolving YES; annulled",
      "if it resolves NO. Resolves YES if, between Baghdadi's death and 2020-12-31, a truce, a formal alliance or a",
      "merger between ISIS and al-Qaeda is announced, as defined below; otherwise NO. A deal announced while he was",
      "alive does not count: the authors expected it to follow from a leader's death.",
      TRUCE_DEFINITION,
      MERGER_DEFINITION,
    ),
    type: "BINARY",
    openAt: "2017-05-01",
    closeAt: "2020-12-31",
    resolveBy: "2021-03-31",
    asks: { kind: "event", from: "condition", to: "2020-12-31" },
    themes: ["merger", "truce", "leadership"],
    condition: { questionKey: "q-baghdadi-dead-by-2019-12-31", outcome: "YES" },
    excerpts: [
      { excerptKey: "malik17-easier-if-leader-killed", impliedProbability: 0.55 },
      {
        excerptKey: "malik17-hashemi-join-when-leadership-fades",
        impliedProbability: 0.4,
        note: "Hashemi's “only then … possible”: joining becomes possible, not likely, once a leadership fades.",
      },
    ],
    resolution: {
      outcome: "NO",
      occurredAt: "2020-12-31",
      occurredAtPrecision: "DAY",
      note: sentences(
        "The condition was met (Baghdadi killed, 2019-10-27), but no truce, alliance or merger followed by the",
        "deadline; the groups fought in the Sahel in 2020 instead.",
      ),
      evidence: noneAnnounced("truce, alliance or merger"),
      evidenceKind: "official media",
    },
  },

  // ─── After 2020 (Tamimi) ───────────────────────────────────────────────────────────────────────────────────────
  {
    key: "q-merger-or-alliance-by-2023-12-31",
    title: "Will ISIS and al-Qaeda announce a merger or formal alliance by 2023-12-31?",
    description: sentences(
      "Writing in 2020 amid open fighting in the Sahel, Tamimi held that a lasting alliance could be “laid to rest”:",
      "any cooperation would be short-lived while ISIS claims the caliphate.",
    ),
    resolutionCriteria: sentences(
      MERGER_DEFINITION,
      "Resolves YES if a merger or formal alliance is announced between 2020-06-09 and 2023-12-31 (inclusive),",
      "otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2020-06-09",
    closeAt: "2023-12-31",
    resolveBy: "2024-03-31",
    asks: { kind: "event", from: "2020-06-09", to: "2023-12-31" },
    themes: ["merger"],
    excerpts: [
      { excerptKey: "tamimi20-alliance-laid-to-rest", impliedProbability: 0.02 },
      { excerptKey: "tamimi20-no-merger-threat", impliedProbability: 0.1 },
      {
        excerptKey: "tamimi20-no-prospects-caliphate-compromise",
        impliedProbability: 0.03,
        note: "Tamimi makes an enduring deal depend on one side yielding on the caliphate, which has no prospects.",
      },
      {
        excerptKey: "tamimi20-cooperation-inevitably-short-lived",
        impliedProbability: 0.05,
        note: "Cooperation that is inevitably short-lived cannot become a formal alliance: 1 − 0.95.",
      },
      {
        excerptKey: "tamimi20-split-lasts-while-caliphate-claimed",
        impliedProbability: 0.1,
        note: sentences(
          "The disagreements will stay unchanged while ISIS claims the caliphate (0.9), which leaves 0.1 for a deal.",
        ),
      },
    ],
    resolution: {
      outcome: "NO",
      occurredAt: "2023-12-31",
      occurredAtPrecision: "DAY",
      note: "No merger, unification under one leader or announced alliance has taken place (as of 2025).",
      evidence: noneAnnounced("merger or alliance"),
      evidenceKind: "official media",
    },
  },
  {
    key: "q-aq-to-isis-defections-syria-by-2021-12-31",
    title:
      "Will a named commander or a unit of 10+ fighters from an al-Qaeda-aligned group in Syria defect to ISIS by 2021-12-31?",
    description: sentences(
      "Tamimi argued that sympathies between rank-and-file members produce defections rather than cooperation, and",
      "that al-Qaeda loyalists in northwest Syria, frustrated by the ceasefire, moving to ISIS could well become a",
      "trend. Public evidence on such defections is thin and anecdotal: this question is left for a human resolver.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2020-06-09 and 2021-12-31, either ISIS official media (al-Naba, Amaq or provincial",
      "media) publish a pledge of allegiance by, or the joining of, a named commander (someone who led a unit, sector",
      "or group) or a unit of at least ten fighters coming from Hurras al-Din, Ansar al-Tawhid or another group in",
      "Syria that the UN Monitoring Team or the U.S. government calls al-Qaeda-aligned; or two independent credible",
      "sources (research institutes or major news organizations) name such a commander or unit as having defected.",
      "Anonymous individual fighters, rumours and defections from HTS do not count. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2020-06-09",
    closeAt: "2021-12-31",
    resolveBy: "2022-03-31",
    asks: { kind: "event", from: "2020-06-09", to: "2021-12-31" },
    themes: ["defections"],
    excerpts: [
      { excerptKey: "tamimi20-aq-to-isis-defections-could-well-trend", impliedProbability: 0.6 },
      {
        excerptKey: "tamimi20-sympathies-may-bring-defections",
        impliedProbability: 0.5,
        note: "Speaks of defections in either direction; this question counts only al-Qaeda-to-ISIS ones.",
      },
    ],
  },

  // ─── Live questions (open from 2026-11-01) ─────────────────────────────────────────────────────────────────────
  {
    key: "q-live-merger-or-alliance-by-2028-06-30",
    title: "Will ISIS and al-Qaeda announce a merger or formal alliance before 2028-07-01?",
    description: sentences(
      "As of 2025 no merger or alliance had come about since the split of 2013–2014, through the deaths of Baghdadi",
      "and Zawahiri and the fall of the Assad government. The excerpts give the articles' views as stated in 2017 and",
      "2020.",
    ),
    resolutionCriteria: sentences(
      MERGER_DEFINITION,
      "Resolves YES if a merger or formal alliance is announced between 2026-11-01 and 2028-06-30 (inclusive),",
      "otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2026-11-01",
    closeAt: "2028-06-30",
    resolveBy: "2028-09-30",
    asks: { kind: "event", from: "2026-11-01", to: "2028-06-30" },
    themes: ["merger"],
    excerpts: [
      { excerptKey: "tamimi20-alliance-laid-to-rest", impliedProbability: 0.02 },
      { excerptKey: "tamimi20-no-merger-threat", impliedProbability: 0.1 },
      { excerptKey: "magnier17-new-group-unlikely", impliedProbability: 0.2 },
    ],
  },
  {
    key: "q-live-truce-by-2027-12-31",
    title: "Will ISIS and al-Qaeda, or any of their affiliates, announce a truce before 2028-01-01?",
    description: sentences(
      "Magnier's 2017 expectation of a truce “soon” did not come true; in 2020 their Sahel affiliates were fighting",
      "openly. This question asks whether any announced truce comes about, including between affiliates.",
    ),
    resolutionCriteria: sentences(
      TRUCE_DEFINITION,
      "Resolves YES if such a truce, in any country, is announced between 2026-11-01 and 2027-12-31 (inclusive),",
      "otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2026-11-01",
    closeAt: "2027-12-31",
    resolveBy: "2028-03-31",
    asks: { kind: "event", from: "2026-11-01", to: "2027-12-31" },
    themes: ["truce"],
    excerpts: [
      {
        excerptKey: "magnier17-truce-soon-expected",
        impliedProbability: 0.75,
        note: "Stated in 2017 for the near term; it did not happen then.",
      },
      { excerptKey: "magnier17-common-ground-not-impossible", impliedProbability: 0.25 },
    ],
  },
  {
    key: "q-live-aq-attack-in-iraq-by-2027-12-31",
    title:
      "Will al-Qaeda or one of its affiliates claim an attack in Iraq that kills at least five people before 2028-01-01?",
    description: sentences(
      "As of 2025 al-Qaeda had not re-established a significant presence in Iraq since ISIS's defeat there; the",
      "2017 articles expected it to try.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2026-11-01 and 2027-12-31, an attack inside Iraq kills at least five people (not",
      "counting attackers), as reported by two independent credible news organizations, and is claimed in the",
      "official media of al-Qaeda's general command or of a branch it has acknowledged (or of a group publicly",
      "pledged to its leader). Attributions by governments without a claim do not count. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2026-11-01",
    closeAt: "2027-12-31",
    resolveBy: "2028-03-31",
    asks: { kind: "event", from: "2026-11-01", to: "2027-12-31" },
    themes: ["aq-iraq"],
    excerpts: [
      {
        excerptKey: "malik17-isw-aq-active-in-iraq",
        impliedProbability: 0.8,
        note: "The Institute for the Study of War's 2017 forecast, as Malik reports it; it did not come true then.",
      },
      { excerptKey: "magnier17-aq-better-chance-in-iraq", impliedProbability: 0.5 },
    ],
  },
  {
    key: "q-live-aq-commander-joins-isis-by-2027-12-31",
    title:
      "Will ISIS media announce that a named commander of an al-Qaeda affiliate has joined ISIS before 2028-01-01?",
    description: sentences(
      "Tamimi expected defections, not cooperation, to follow from sympathies between the two groups' members. This",
      "question sets a sharp bar: a named commander, announced by ISIS itself.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2026-11-01 and 2027-12-31, ISIS official media (al-Naba, Amaq or provincial media)",
      "name a person as having joined ISIS or pledged allegiance to its leader and identify him as a current or",
      "former commander (leader of a unit, sector or group) of al-Qaeda or of a branch its general command has",
      "acknowledged (such as AQAP, AQIM, JNIM, al-Shabaab or AQIS). Claims about unnamed fighters and reports by",
      "others alone do not count. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2026-11-01",
    closeAt: "2027-12-31",
    resolveBy: "2028-03-31",
    asks: { kind: "event", from: "2026-11-01", to: "2027-12-31" },
    themes: ["defections"],
    excerpts: [
      {
        excerptKey: "tamimi20-aq-to-isis-defections-could-well-trend",
        impliedProbability: 0.6,
        note: "Stated in 2020 about Syria; this question counts any country but needs a named commander.",
      },
      { excerptKey: "tamimi20-sympathies-may-bring-defections", impliedProbability: 0.5 },
    ],
  },
  {
    key: "q-live-caliphate-abandoned-by-2028-06-30",
    title: "Will ISIS abandon its caliphate claim before 2028-07-01?",
    description: sentences(
      "ISIS kept the claim through the deaths of Baghdadi (2019) and of his successor Abu Ibrahim al-Hashimi",
      "al-Qurashi (2022). Tamimi saw no prospect of its relinquishing the claim.",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2026-11-01 and 2028-06-30, ISIS official media explicitly renounce or suspend the",
      "claim to be the caliphate, or announce a new leader styled only emir and not caliph (khalifa or amir",
      "al-mu'minin). Resolves NO otherwise. If on 2028-06-30 the leadership has been vacant for more than twelve",
      "months without any statement on the claim, the question resolves AMBIGUOUS.",
    ),
    type: "BINARY",
    openAt: "2026-11-01",
    closeAt: "2028-06-30",
    resolveBy: "2028-09-30",
    asks: { kind: "event", from: "2026-11-01", to: "2028-06-30" },
    themes: ["leadership"],
    excerpts: [
      {
        excerptKey: "tamimi20-no-prospects-caliphate-compromise",
        impliedProbability: 0.03,
        note: "ISIS relinquishing the claim is one of the two scenarios Tamimi saw no prospects for.",
      },
    ],
  },
  {
    key: "q-live-isis-holds-town-by-2028-06-30",
    title: "Will ISIS seize and hold a town in Iraq or Syria for at least 7 consecutive days before 2028-07-01?",
    description: sentences(
      "ISIS lost its last territory in Iraq in 2017 and in Syria in 2019. Magnier judged a repeat of its 2014",
      "campaign out of the question; since then, the Assad government fell (2024-12-08) and HTS dissolved into the",
      "new Syrian state's forces (2025-01-29).",
    ),
    resolutionCriteria: sentences(
      "Resolves YES if, between 2026-11-01 and 2028-06-30, ISIS takes control of a town or city (a locality of at",
      "least 5,000 inhabitants before the war) in Iraq or Syria and holds it for at least seven consecutive days, as",
      "reported by two independent credible news organizations or acknowledged by the Iraqi or Syrian government.",
      "Raids, checkpoints, night-time presence and control of desert areas do not count. Otherwise NO.",
    ),
    type: "BINARY",
    openAt: "2026-11-01",
    closeAt: "2028-06-30",
    resolveBy: "2028-09-30",
    asks: { kind: "event", from: "2026-11-01", to: "2028-06-30" },
    themes: ["territory", "insurgency"],
    excerpts: [
      {
        excerptKey: "magnier17-repeat-of-2014-out-of-question",
        impliedProbability: 0.1,
        note: "Holding one town for a week is a far lower bar than the 2014 campaign he ruled out (0.02); read as 0.1.",
      },
      {
        excerptKey: "magnier17-support-cannot-be-excluded",
        impliedProbability: 0.25,
        note: "Residual local support is a precondition for taking a town, not evidence that it will happen.",
      },
    ],
  },
];
