// The outcome timeline: dated public facts that resolutions rest on (one per row of the outcomes reference).
import type { SeedEvent } from "../types";

export const EVENTS: SeedEvent[] = [
  {
    key: "ev-2017-07-10-mosul-liberated",
    occurredAt: "2017-07-10",
    precision: "DAY",
    summary: "Iraqi Prime Minister Haider al-Abadi declares Mosul liberated from ISIS.",
    sourceKind: "Iraqi government statement",
  },
  {
    key: "ev-2017-10-17-raqqa-taken",
    occurredAt: "2017-10-17",
    precision: "DAY",
    summary: "The Syrian Democratic Forces take Raqqa, ISIS's Syrian capital.",
    sourceKind: "SDF statement",
  },
  {
    key: "ev-2017-11-17-rawa-retaken",
    occurredAt: "2017-11-17",
    precision: "DAY",
    summary: "Iraqi forces retake Rawa, the last town ISIS held in Iraq.",
    sourceKind: "Iraqi military statement",
  },
  {
    key: "ev-2017-12-09-iraq-final-victory",
    occurredAt: "2017-12-09",
    precision: "DAY",
    summary: "Iraq declares final victory over ISIS: no territory in Iraq is left under the group's control.",
    sourceKind: "Iraqi government statement",
  },
  {
    key: "ev-2018-02-hurras-al-din-formed",
    occurredAt: "2018-02-01",
    precision: "MONTH",
    summary:
      "Hurras al-Din is formed in northwest Syria by al-Qaeda loyalists who left HTS (February 2018; day not fixed).",
    sourceKind: "Jihadist group announcement, reported by open-source monitors",
  },
  {
    key: "ev-2019-03-23-baghouz-falls",
    occurredAt: "2019-03-23",
    precision: "DAY",
    summary: "The SDF announce the fall of Baghouz, the last territory ISIS held in Syria.",
    sourceKind: "SDF statement",
  },
  {
    key: "ev-2019-10-27-baghdadi-killed",
    occurredAt: "2019-10-27",
    precision: "DAY",
    summary:
      "The U.S. announces that Abu Bakr al-Baghdadi died in a raid in Barisha, Idlib, on the night of 26-27 October.",
    sourceKind: "U.S. government announcement (White House, Department of Defense)",
  },
  {
    key: "ev-2019-10-31-isis-names-successor",
    occurredAt: "2019-10-31",
    precision: "DAY",
    summary:
      "ISIS names Abu Ibrahim al-Hashimi al-Qurashi as Baghdadi's successor “caliph”, keeping the caliphate claim.",
    sourceKind: "ISIS spokesman audio statement",
  },
  {
    key: "ev-2020-h1-sahel-open-fighting",
    occurredAt: "2020-01-01",
    precision: "HALF_YEAR",
    summary:
      "First half of 2020 (January-June): open fighting between al-Qaeda's Sahel affiliate JNIM and ISIS; ISIS's " +
      "al-Naba accuses al-Qaeda of waging war on it.",
    sourceKind: "ISIS al-Naba newsletter, issue 233",
  },
  {
    key: "ev-2022-02-03-qurashi-killed",
    occurredAt: "2022-02-03",
    precision: "DAY",
    summary: "ISIS leader Abu Ibrahim al-Hashimi al-Qurashi is killed in a U.S. raid in Atmeh, Idlib.",
    sourceKind: "U.S. government announcement (White House, Department of Defense)",
  },
  {
    key: "ev-2022-07-31-zawahiri-killed",
    occurredAt: "2022-07-31",
    precision: "DAY",
    summary: "Ayman al-Zawahiri is killed by a U.S. drone strike in Kabul; the strike is announced on 2022-08-01.",
    sourceKind: "U.S. government announcement (White House)",
  },
  {
    key: "ev-2024-12-08-assad-falls",
    occurredAt: "2024-12-08",
    precision: "DAY",
    summary: "The Assad government in Syria falls to an offensive led by HTS.",
    sourceKind: "International news reporting",
  },
  {
    key: "ev-2025-01-29-hts-dissolves",
    occurredAt: "2025-01-29",
    precision: "DAY",
    summary:
      "HTS announces its dissolution into the new Syrian state's forces; Hurras al-Din announces its own " +
      "dissolution the same week.",
    sourceKind: "Syrian transitional authorities' announcement; Hurras al-Din statement",
  },
];
