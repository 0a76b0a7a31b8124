import { describe, expect, it } from "vitest";
import { findAttribution } from "./attribution";

describe("findAttribution", () => {
  it.each([
    ["Allawi said in a press statement April 17 that IS will remain.", "Allawi"],
    ["Also, Allawi added, “I can't see IS disappearing into thin air.", "Allawi"],
    ["Hashemi believes that the differences make an alliance difficult at this stage.", "Hashemi"],
    [
      "The US Institute for the Study of War warned in February that al-Qaeda would become active again.",
      "US Institute for the Study of War",
    ],
    [
      "Hisham al-Hashemi, an Iraqi expert on Jihadi groups, told Al-Monitor that a truce is likely.",
      "Hisham al-Hashemi",
    ],
    ["Talks were taking place, according to Reuters.", "Reuters"],
    ["Several reports indicate that an alliance may take place in Iraq.", "Several reports"],
  ])("%s → %s", (sentence, name) => {
    const cue = sentence.search(/will|would|likely|may|difficult|taking|can't/);
    expect(findAttribution(sentence, cue)).toEqual({ name });
  });

  it("returns a pronoun for the caller to resolve", () => {
    expect(findAttribution("Only then it would be possible,” he said.", 15)).toEqual({ pronoun: true });
  });

  it("does not take a name after the forecast, or a demonstrative, as the speaker", () => {
    const s = "ISIS will deal with Zawaheri, who said nothing.";
    expect(findAttribution(s, s.indexOf("will"))).toBeUndefined();
    expect(findAttribution("This indicates that his policy will change.", 30)).toBeUndefined();
    expect(findAttribution("It is unlikely that a new group will emerge.", 6)).toBeUndefined();
  });

  it("takes a named speaker from a closing reporting tail", () => {
    const s = "“The truce will hold,” Hashemi said.";
    expect(findAttribution(s, s.indexOf("will"))).toEqual({ name: "Hashemi" });
  });
});
