import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { ServiceInput } from "../model/service.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";

const meetings: ServiceInput = {
  ...shop,
  purposes: [
    { purpose: "essential.service", legalBasis: "A6-1-b" },
    { purpose: "operations", legalBasis: "A6-1-f", legitimateInterest: { en: "Meeting people.", de: "Menschen treffen." } },
  ],
};

function deletion(service: ServiceInput, locale: Locale, extra: ServiceInput[] = []): string {
  return textOf(sectionById(compose(policyOf([service, ...extra]), { locale }), `service-${service.id}--deletion`)!);
}

describe("how to have data deleted or object, per service", () => {
  it("names the purposes that can be objected to where not all can, and points to the rights once", () => {
    expect(deletion(meetings, "en")).toBe(
      "How can I delete my data or object?\nYou can object to the processing for “Business operations” (see “Your right to object”).\nTo have your data erased, and for your other rights, see “Your rights”.",
    );
    expect(deletion(meetings, "de")).toContain("Sie können der Verarbeitung zum Zweck „Geschäftsbetrieb“ widersprechen (siehe „Widerspruchsrecht“).");
  });

  it("says the rights once for the whole policy, not one request address per service", () => {
    const other: ServiceInput = { ...shop, id: "other", name: { en: "Other", de: "Anderes" } };
    const document = compose(policyOf([meetings, other]), { locale: "de" });
    const text = document.sections.map((section) => textOf(section)).join("\n");
    expect(text.split("Sie können verlangen, dass wir Ihre Daten löschen").length - 1).toBe(1);
    expect(text).not.toContain("Ihre Anfrage richten Sie bitte an");
  });

  it("sends withdrawal of a consent to the processing (a newsletter) to the consent section, and of a consent to cookies to the consent settings", () => {
    const settings = { consentSettingsUrl: "https://example.com/cookies" };
    const newsletter: ServiceInput = {
      ...shop,
      id: "newsletter",
      purposes: [{ purpose: "marketing.communications.email", legalBasis: "A6-1-a" }],
      deletion: { en: "Every newsletter has an unsubscribe link.", de: "Jeder Newsletter enthält einen Abmeldelink." },
    };
    const text = textOf(sectionById(compose(policyOf([newsletter], settings), { locale: "en" }), "service-newsletter--deletion")!);
    expect(text).toContain("Every newsletter has an unsubscribe link.");
    expect(text).toContain("withdraw your consent at any time (see “Withdrawing your consent”)");
    expect(text).not.toContain("https://example.com/cookies");
    const cookie = { name: "_stats", purpose: { en: "Counts.", de: "Zählt." }, duration: "P1Y", party: "first", ground: "consent" } as const;
    const stats: ServiceInput = { ...shop, id: "stats", deviceAccess: [cookie] };
    const cookies = textOf(sectionById(compose(policyOf([stats], settings), { locale: "en" }), "service-stats--deletion")!);
    expect(cookies).toContain("withdraw your consent at any time in our consent settings (https://example.com/cookies)");
  });
});
