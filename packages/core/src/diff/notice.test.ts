import { describe, expect, it } from "vitest";
import { textOf } from "../../test/fixtures/compose/helpers.js";
import { controller, notes, policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { Locale } from "../taxonomy/index.js";
import { diff } from "./diff.js";
import { changeNotice } from "./notice.js";

const before = policyOf([shop, notes], { locales: ["en", "de"] });
const after = policyOf(
  [
    shop,
    {
      ...notes,
      purposes: [...(notes.purposes ?? []), { purpose: "marketing.communications.email", legalBasis: "A6-1-a" }],
      data: ["user.name", "user.contact.email"],
      transfers: [
        { country: "US", mechanism: "A46-2-c" },
        { country: "IN", mechanism: "A49-1-a" },
      ],
      retention: { duration: "P1Y" },
    },
  ],
  { locales: ["en", "de"], controller: { ...controller, email: "office@werkstatt.example" } },
);

/** The notice's sentences, section by section: each section's title with its list items. */
function notice(locale: Locale, from = before, to = after): Record<string, string[]> {
  const document = changeNotice(from, to, diff(from, to), { locale, date: "2027-03-01" });
  // Each section's text without its title, a line per sentence.
  return Object.fromEntries(
    document.sections.map((section) => [
      section.title,
      textOf(section)
        .split("\n")
        .filter((line) => line !== "")
        .slice(1),
    ]),
  );
}

describe("changeNotice", () => {
  it("writes one plain sentence per change, service by service, the material ones first, naming the service, the data and who receives it", () => {
    expect(notice("en")).toEqual({
      Overview: ["Our privacy policy changes on 1 March 2027. Here is what changes, service by service, the most important changes first."],
      "Who is responsible, and how to reach us": [
        "Our contact details are now: Beispiel Werkstatt GmbH, Hauptstraße 1, 10115 Berlin, Germany, office@werkstatt.example.",
      ],
      Notes: [
        "Notes: we now also use name and e-mail address for marketing by e-mail, on the basis of Art. 6(1)(a) GDPR (consent); CloudNotes Inc. receives the data.",
        "Notes: it now also processes e-mail address; CloudNotes Inc. receives the data.",
        "Notes: name and e-mail address now also go to CloudNotes Inc. in India. Ground for the transfer: explicit consent to the transfer (Art. 49(1)(a) GDPR).",
        "Notes: how long we keep name and e-mail address changes. Now: 1 year; before: 30 days.",
      ],
    });
  });

  it("writes the same in German, with lists of data after a colon", () => {
    expect(notice("de").Notizen).toEqual([
      "Notizen: Diese Daten gehen jetzt auch an CloudNotes Inc., und zwar für Werbung per E-Mail, auf Grundlage von Art. 6 Abs. 1 lit. a DSGVO (Einwilligung): Name und E-Mail-Adresse.",
      "Notizen: Jetzt gehen auch diese Daten an CloudNotes Inc.: E-Mail-Adresse.",
      "Notizen: Diese Daten gehen jetzt auch an CloudNotes Inc. in einem weiteren Land (Indien): Name und E-Mail-Adresse. Grundlage der Übermittlung: ausdrückliche Einwilligung in die Übermittlung (Art. 49 Abs. 1 lit. a DSGVO).",
      "Notizen: Die Speicherdauer ändert sich, jetzt: 1 Jahr; bisher: 30 Tage. Betroffen sind diese Daten: Name und E-Mail-Adresse.",
    ]);
  });

  it("says a service is new or ended, and that nothing changes where nothing does", () => {
    const added = notice("en", policyOf([shop]), policyOf([shop, notes]));
    expect(added.Notes).toEqual([
      "Notes: we now use it for providing the service. It processes name, and CloudNotes Inc. receives the data. The data goes to these countries: United States (ground: standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)).",
    ]);
    expect(notice("en", policyOf([shop, notes]), policyOf([shop])).Notes).toEqual(["Notes: we no longer use it."]);
    expect(notice("de", before, before)).toEqual({ Überblick: ["An unserer Datenschutzerklärung ändert sich nichts."] });
  });

  it("counts changes of wording in one sentence, after the others", () => {
    const reworded = policyOf([shop, { ...notes, name: { en: "Notes", de: "Notizen" }, description: { en: "Our notes.", de: "Unsere Notizen." } }], {
      locales: ["en", "de"],
    });
    expect(notice("en", before, reworded).Notes).toEqual(["We reworded one passage without changing what it says."]);
  });
});
