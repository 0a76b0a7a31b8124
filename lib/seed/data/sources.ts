// The five seeded articles: citations only. The texts themselves are third-party and are never stored.
import type { SeedSource } from "../types";

export const SOURCES: SeedSource[] = [
  {
    key: "src-oconnor-2017-newsweek",
    fileName: "000_1dfd841c819d154f.txt",
    title: "Can ISIS and Al-Qaeda Unite to Save One Another in Iraq and Syria?",
    author: "Tom O'Connor",
    outlet: "Newsweek",
    url: null,
    publishedAt: "2017-04-19",
    publishedAtNote:
      "Approximate: the copy is undated; it reports Ayad Allawi's remarks of “Monday”, 2017-04-17, so it ran on or " +
      "shortly after that day.",
    contentSha256: "2e873bd0cf6716fc8c851b7befb987ec900236c6608dac36c337f5a47256b71f",
    summary:
      "Reports Iraqi Vice President Ayad Allawi's claim that Baghdadi's and Zawahiri's representatives are talking, " +
      "and argues that ISIS's territorial losses may push it back towards al-Qaeda, though an alliance would not " +
      "reverse those losses. The copy is a syndicated version (Yahoo).",
  },
  {
    key: "src-magnier-2017",
    fileName: "001_ead41cf56d924278.txt",
    title: "The “Islamic State” and al-Qaeda are meeting: can they unite under one umbrella or even join forces?",
    author: "Elijah J. Magnier",
    outlet: "Elijah J. Magnier (self-published; outlet not named in the text)",
    url: null,
    publishedAt: "2017-10-12",
    contentSha256: "f545c793c66599fdf3e38744903f1d88c80cd007a4c750d67b5f6658d7ec4039",
    summary:
      "Argues that ISIS will lose its territory and turn to insurgency, that the two groups will cooperate and " +
      "soon reach a kind of truce without merging, and that the caliphate claim will fall if Baghdadi is killed, " +
      "leaving al-Qaeda the stronger group.",
  },
  {
    key: "src-malik-2017-newageislam",
    fileName: "002_48962dda025488f1.txt",
    title: "Will al-Qaeda and ISIS Unite?",
    author: "Hamdi Malik",
    outlet: "New Age Islam (republishing Al-Monitor)",
    url: null,
    publishedAt: "2017-05-01",
    publishedAtNote: "Date of the Al-Monitor original; New Age Islam republished it on 2017-05-02.",
    contentSha256: "3ca71e734e0cb4096909ca7104175b791da172e8990d78d13b777f05229785e9",
    summary:
      "Al-Monitor analysis, translated by Cynthia Milan: a rapprochement between ISIS and al-Qaeda is possible " +
      "but hard while Baghdadi and Zawahiri compete to lead; Iraqi expert Hisham al-Hashemi expects it only once " +
      "one leadership fades, and the author expects the death of either leader to make it easier.",
  },
  {
    key: "src-tamimi-2020-newlines",
    fileName: "003_0b828497091f93bf.txt",
    title: "ISIS and al Qaeda: Partnership is Not in the Cards",
    author: "Aymenn Jawad Al-Tamimi",
    outlet: "Newlines Institute for Strategy and Policy",
    url: null,
    publishedAt: "2020-06-09",
    publishedAtNote:
      "Approximate: the copy is undated; it is part seven of the weekly “ISIS 2020” series whose parts one to six " +
      "ran from 2020-04-28 to 2020-06-02.",
    contentSha256: "7a1d47b78d4c12803d1474af7d59b5baa25cf32ed56675235f2a78a6891ad5a3",
    summary:
      "Dismisses any lasting ISIS–al-Qaeda alliance: the caliphate claim makes the split irreconcilable, ISIS " +
      "propaganda brands al-Qaeda apostate and the two fight in the Sahel; personal sympathies are more likely to " +
      "produce defections, possibly from al-Qaeda loyalists in Syria to ISIS.",
  },
  {
    key: "src-malik-2017-almonitor",
    fileName: "004_b11bba290614fe3c.txt",
    title: "Will al-Qaeda and IS unite?",
    author: "Hamdi Malik",
    outlet: "Al-Monitor",
    url: null,
    publishedAt: "2017-05-01",
    publishedAtNote: "The teaser is undated; date taken from the full copy republished by New Age Islam.",
    contentSha256: "b58a811906993ffe7fd02f9bca18d38bb9701e2e614c20e5d1c62e335faa4424",
    duplicateOfKey: "src-malik-2017-newageislam",
    summary:
      "Paywalled opening of the same Al-Monitor article as the New Age Islam copy; its claims are counted once, " +
      "from the full copy.",
  },
];
