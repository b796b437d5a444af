import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { controller, policyOf } from "../../test/fixtures/compose/policies.js";
import type { ServiceInput } from "../model/service.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";

const lessons: ServiceInput = {
  id: "lessons",
  name: { en: "Online lessons", de: "Online-Unterricht" },
  purposes: [{ purpose: "essential.service", legalBasis: "A6-1-a" }],
  data: ["user.name", "user.childrens"],
  subjects: ["customer"],
  provision: { requirement: "voluntary" },
  retention: { until: { en: "the course ends", de: "der Kurs endet" } },
  parentalConsent: {
    en: "We ask a parent to confirm by e-mail before a child's first lesson.",
    de: "Vor der ersten Stunde eines Kindes bitten wir einen Elternteil, per E-Mail zu bestätigen.",
  },
};

function sectionText(country: string, locale: Locale, section = "legal-basis"): string {
  const policy = policyOf([lessons], { locales: ["en", "de"], controller: { ...controller, address: { ...controller.address, country } } } as never);
  return textOf(sectionById(compose(policy, { locale }), `service-lessons--${section}`)!);
}
const legalBasisText = (country: string, locale: Locale) => sectionText(country, locale);

describe("a parent's consent for a child (Art. 8 GDPR)", () => {
  it("names the age of the controller's country with its provision, then the service's own words", () => {
    expect(legalBasisText("AT", "en")).toContain(
      "Children under 14 cannot give this consent alone (Section 4(4) of the Austrian Data Protection Act (DSG)): a parent or other holder of parental responsibility consents for them, or authorises the child's consent. We ask a parent to confirm by e-mail before a child's first lesson.",
    );
    expect(legalBasisText("AT", "de")).toContain(
      "Kinder unter 14 Jahren können diese Einwilligung nicht allein erteilen (§ 4 Abs. 4 DSG): Für sie willigt ein Elternteil oder eine andere Person mit elterlicher Verantwortung ein oder stimmt der Einwilligung des Kindes zu. Vor der ersten Stunde",
    );
    expect(legalBasisText("DE", "de")).toContain("Kinder unter 16 Jahren können diese Einwilligung nicht allein erteilen (Art. 8 Abs. 1 DSGVO)");
    expect(legalBasisText("GB", "en")).toContain("Children under 13 cannot give this consent alone (Art. 8(1) UK GDPR)");
  });

  it("states no age where our sources do not confirm the country's, only what Art. 8(1) allows", () => {
    const text = legalBasisText("FR", "en");
    expect(text).toContain(
      "Children below the age the law sets cannot give this consent alone: under Art. 8(1) GDPR that age is 16, unless national law sets a lower one, which cannot be below 13.",
    );
    expect(text).not.toMatch(/Children under \d/);
  });

  it("under the FADP, which has no such age and no section on legal bases, gives only the service's own words, with its purposes", () => {
    const text = sectionText("CH", "en", "purposes");
    expect(text).toContain("We ask a parent to confirm by e-mail before a child's first lesson.");
    expect(text).not.toContain("Art. 8");
  });
});
