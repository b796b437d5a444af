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
});
