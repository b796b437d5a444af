import { describe, expect, it } from "vitest";
import { checkAnswer, checkCountry, checkEmail, checkLocales, checkServices, questions } from "./init-answers.js";

const question = (key: string) => questions.find((candidate) => candidate.key === key)!;

describe("the answers of policy init", () => {
  it("refuses a blank answer where there is no default, and takes the default where there is", () => {
    expect(checkAnswer(question("company"), "  ")).toEqual({ ok: false, reason: "cannot be empty" });
    expect(checkAnswer(question("postalCode"), "")).toEqual({ ok: true, value: undefined });
    expect(checkAnswer(question("locales"), "")).toEqual({ ok: true, value: ["en", "de"] });
    expect(checkAnswer(question("services"), " ")).toEqual({ ok: true, value: [] });
  });

  it("keeps free text exactly as written", () => {
    expect(checkAnswer(question("company"), ' Foo: "Bar" #1\nGmbH ')).toEqual({ ok: true, value: ' Foo: "Bar" #1\nGmbH ' });
  });

  it("takes country codes in any case, and suggests the code for a name or for UK", () => {
    expect(checkCountry("de")).toEqual({ ok: true, value: "DE" });
    expect(checkCountry(" At ")).toEqual({ ok: true, value: "AT" });
    expect(checkCountry("UK")).toEqual({ ok: false, reason: '"UK" is not an ISO 3166-1 alpha-2 country code; did you mean "GB"?' });
    expect(checkCountry("Germany")).toEqual({ ok: false, reason: '"Germany" is not an ISO 3166-1 alpha-2 country code; did you mean "DE"?' });
    expect(checkCountry("österreich")).toMatchObject({ ok: false, reason: expect.stringContaining('did you mean "AT"?') });
    expect(checkCountry("XX")).toEqual({ ok: false, reason: '"XX" is not an ISO 3166-1 alpha-2 country code (two letters, like DE, AT or GB)' });
    // Kosovo's code is user-assigned, not ISO 3166-1, and core refuses it too.
    expect(checkCountry("XK").ok).toBe(false);
  });

  it("checks e-mail addresses as core does", () => {
    expect(checkEmail(" privacy@example.com ")).toEqual({ ok: true, value: "privacy@example.com" });
    expect(checkEmail("privacy@")).toEqual({ ok: false, reason: '"privacy@" is not an e-mail address' });
    expect(checkEmail("a b@example.com").ok).toBe(false);
  });

  it("reads languages in the order given, without repeats", () => {
    expect(checkLocales("all")).toEqual({ ok: true, value: ["en", "de", "fr", "it", "es", "nl", "pl"] });
    expect(checkLocales("both")).toEqual({ ok: true, value: ["en", "de"] });
    expect(checkLocales("de,en")).toEqual({ ok: true, value: ["de", "en"] });
    expect(checkLocales("EN en, de")).toEqual({ ok: true, value: ["en", "de"] });
    expect(checkLocales("de")).toEqual({ ok: true, value: ["de"] });
    expect(checkLocales("sv")).toEqual({ ok: false, reason: '"sv" is not a language policy writes in; choose en, de, fr, it, es, nl, pl or all' });
    expect(checkLocales(",")).toEqual({ ok: false, reason: "choose en, de, fr, it, es, nl, pl or all" });
  });

  it("takes catalog ids, comma-separated, and refuses others with a suggestion", () => {
    expect(checkServices("zoom, Stripe,,zoom")).toEqual({ ok: true, value: ["zoom", "stripe"] });
    expect(checkServices(" , ")).toEqual({ ok: true, value: [] });
    expect(checkServices("zom")).toEqual({
      ok: false,
      reason: '"zom" is not in the catalog; did you mean "zoom"?; `policy catalog search <word>` finds services by name or kind',
    });
    expect(checkServices("zoom,google analytics,strpe,qqqqqq")).toEqual({
      ok: false,
      reason:
        'not in the catalog: "google analytics" (did you mean "google-analytics" or "google-analytics-us"?), "strpe" (did you mean "stripe"?), "qqqqqq"; `policy catalog search <word>` finds services by name or kind',
    });
    // A kind of service suggests the entries of that kind, not an id that looks alike ("vimeo").
    const video = checkServices("video");
    expect(video.ok).toBe(false);
    expect(!video.ok && video.reason).toContain('did you mean "zoom"');
  });
});
