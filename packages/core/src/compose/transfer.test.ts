import type { Link } from "mdast";
import { describe, expect, it } from "vitest";
import { nodesOf, sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type * as z from "zod";
import type { TransferSchema } from "../model/transfer.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";

type TransferInput = z.input<typeof TransferSchema>;

/** The transfers section of a policy whose one service makes these transfers. */
function transfers(list: readonly TransferInput[], locale: Locale = "en") {
  const document = compose(policyOf([{ ...shop, transfers: [...list] }]), { locale });
  return sectionById(document, "transfers")!;
}

describe("a transfer to a third country", () => {
  it("on an adequacy decision: says once what a decision means, then names the country's decision", () => {
    expect(textOf(transfers([{ country: "CH", mechanism: "A45-3" }]))).toContain(
      "Adequacy decision (Art. 45(9) GDPR)\nThe European Commission has decided that these countries ensure an adequate level of data protection:\nSwitzerland – Online shop\nDecided in Commission Decision 2000/518/EC.",
    );
    expect(textOf(transfers([{ country: "CH", mechanism: "A45-3" }], "de"))).toContain(
      "Angemessenheitsbeschluss (Art. 45 Abs. 9 DSGVO)\nDie Europäische Kommission hat festgestellt, dass diese Länder ein angemessenes Datenschutzniveau bieten:\nSchweiz – Onlineshop\nBeschlossen mit Entscheidung 2000/518/EG der Kommission.",
    );
  });

  it("cites a decision adopted under Directive 95/46/EC under Art. 45(9), one adopted under the GDPR under Art. 45(3)", () => {
    const heading = (countries: readonly ("CA" | "JP" | "NZ")[], locale: Locale = "en") =>
      textOf(
        transfers(
          countries.map((country) => ({ country, mechanism: "A45-3" })),
          locale,
        ),
      ).match(/^.*\(.*45.*\)$/m)?.[0];
    expect(heading(["CA"])).toBe("Adequacy decision (Art. 45(9) GDPR)");
    expect(heading(["CA", "NZ"])).toBe("Adequacy decision (Art. 45(9) GDPR)");
    expect(heading(["JP"])).toBe("Adequacy decision (Art. 45(3) GDPR)");
    expect(heading(["CA", "JP"])).toBe("Adequacy decision (Art. 45(3) and (9) GDPR)");
    expect(heading(["CA"], "de")).toBe("Angemessenheitsbeschluss (Art. 45 Abs. 9 DSGVO)");
    expect(heading(["CA", "JP"], "de")).toBe("Angemessenheitsbeschluss (Art. 45 Abs. 3 und 9 DSGVO)");
    expect(heading(["CA"], "fr")).toBe("Décision d'adéquation (article 45, paragraphe 9, du RGPD)");
    expect(heading(["CA", "JP"], "it")).toBe("Decisione di adeguatezza (art. 45, parr. 3 e 9, del RGPD)");
    expect(heading(["CA"], "es")).toBe("Decisión de adecuación (artículo 45, apartado 9, del RGPD)");
    expect(heading(["CA", "JP"], "nl")).toBe("Adequaatheidsbesluit (artikel 45, derde en negende lid, van de AVG)");
    expect(heading(["CA"], "pl")).toBe("Decyzja stwierdzająca odpowiedni stopień ochrony (art. 45 ust. 9 RODO)");
  });

  it("names adequacy decisions the way German law does", () => {
    const named = (country: "JP" | "NZ" | "IL" | "GB") => textOf(transfers([{ country, mechanism: "A45-3" }], "de"));
    expect(named("JP")).toContain("Beschlossen mit Durchführungsbeschluss (EU) 2019/419 der Kommission.");
    expect(named("NZ")).toContain("Beschlossen mit Durchführungsbeschluss 2013/65/EU der Kommission.");
    expect(named("IL")).toContain("Beschlossen mit Beschluss 2011/61/EU der Kommission.");
    expect(named("GB")).toContain("Beschlossen mit Durchführungsbeschluss (EU) 2021/1772 der Kommission.");
  });

  it("on a limited adequacy decision: gives its limit", () => {
    expect(textOf(transfers([{ country: "CA", mechanism: "A45-3" }]))).toContain(
      "The decision covers only commercial organisations subject to the Personal Information Protection and Electronic Documents Act (PIPEDA).",
    );
  });

  it("on the EU-US Data Privacy Framework: says once what certification means, then names each certified recipient", () => {
    const text = textOf(transfers([{ country: "US", mechanism: "EU-US-DPF", recipient: "Example Corp." }]));
    expect(text).toContain("EU-US Data Privacy Framework (Art. 45(3) GDPR in conjunction with Commission Implementing Decision (EU) 2023/1795)");
    expect(text).toContain("These recipients are certified:\nUnited States – Online shop (recipient: Example Corp.)");
    expect(textOf(transfers([{ country: "US", mechanism: "EU-US-DPF", recipient: "Example Corp." }], "de"))).toContain(
      "EU-US-Datenschutzrahmen (Art. 45 Abs. 3 DSGVO i. V. m. Durchführungsbeschluss (EU) 2023/1795)\nFür Organisationen, die nach dem EU-US-Datenschutzrahmen zertifiziert sind,",
    );
    expect(text).not.toContain("copy");
  });

  it("explains a ground once however many transfers rest on it", () => {
    const text = textOf(
      transfers([
        { country: "US", mechanism: "EU-US-DPF", recipient: "Example Corp." },
        { country: "US", mechanism: "EU-US-DPF", recipient: "Other Inc." },
        { country: "IN", mechanism: "A46-2-c" },
        { country: "BR", mechanism: "A46-2-c" },
      ]),
    );
    expect(text.split("For organisations certified under the EU-US Data Privacy Framework").length).toBe(2);
    expect(text.split("You can ask us for a copy of the standard contractual clauses").length).toBe(2);
    expect(text).toContain("United States – Online shop (recipient: Other Inc.)");
    expect(text).toContain("Brazil – Online shop");
  });

  it("on standard contractual clauses: says whether a decision exists, and how to get a copy", () => {
    const onRequest = textOf(transfers([{ country: "IN", mechanism: "A46-2-c" }]));
    expect(onRequest).toContain("India – Online shop");
    expect(onRequest).toContain("There is no adequacy decision of the European Commission for this country.");
    expect(onRequest).toContain("You can ask us for a copy of the standard contractual clauses (see “Contact”).");

    const section = transfers([{ country: "US", mechanism: "A46-2-c", safeguards: "https://example.com/scc" }], "de");
    expect(textOf(section)).toContain(
      "Der Angemessenheitsbeschluss der Europäischen Kommission für dieses Land gilt nur für Organisationen, die nach dem EU-US-Datenschutzrahmen zertifiziert sind; diese Übermittlung stützt sich stattdessen auf die oben genannte Grundlage.",
    );
    expect(textOf(section)).toContain("Die Standardvertragsklauseln können Sie hier einsehen: https://example.com/scc");
    expect(
      nodesOf(section)
        .filter((node): node is Link => node.type === "link")
        .map((link) => link.url),
    ).toEqual(["https://example.com/scc"]);
  });

  it("on binding corporate rules: offers a copy of the safeguards", () => {
    const text = textOf(transfers([{ country: "IN", mechanism: "A46-2-b" }]));
    expect(text).toContain("Binding corporate rules (Art. 46(2)(b) GDPR)");
    expect(text).toContain("You can ask us for a copy of the safeguards (see “Contact”).");
  });

  it("on a derogation of Art. 49: says there are neither a decision nor safeguards", () => {
    const consent = textOf(transfers([{ country: "IN", mechanism: "A49-1-a" }]));
    expect(consent).toContain("Explicit consent to the transfer (Art. 49(1)(a) GDPR)");
    expect(consent).toContain("There is no adequacy decision of the European Commission for this country.");
    expect(consent).toContain("No appropriate safeguards under Art. 46 GDPR apply");
    expect(consent).not.toContain("copy");
    // The compelling legitimate interests of Art. 49(1) second subparagraph need suitable safeguards: a copy is offered.
    expect(textOf(transfers([{ country: "IN", mechanism: "A49-2" }], "de"))).toContain(
      "Eine Kopie der Garantien erhalten Sie auf Anfrage bei uns (siehe „Kontakt“).",
    );
  });

  it("keeps the policy's note with its transfer, after what is said of the country", () => {
    const text = textOf(transfers([{ country: "IN", mechanism: "A46-2-c", note: { en: "Encrypted at rest.", de: "Verschlüsselt gespeichert." } }]));
    expect(text).toContain("India – Online shop\nThere is no adequacy decision of the European Commission for this country. Encrypted at rest.");
  });

  it("is summed up in the service's own section, which names the ground and refers to the transfers section", () => {
    const document = compose(policyOf([{ ...shop, transfers: [{ country: "IN", mechanism: "A46-2-c" }] }]), { locale: "en" });
    const storage = textOf(sectionById(document, "service-shop--storage")!);
    expect(storage).toContain(
      "India: standard contractual clauses adopted by the European Commission\nWhat the ground means, and how to get a copy of the safeguards: see “Transfers to third countries”.",
    );
    expect(storage).not.toContain("copy of the standard contractual clauses");
    const storageOf = (transfers: object[], locale: "en" | "de") =>
      textOf(sectionById(compose(policyOf([{ ...shop, transfers } as typeof shop]), { locale }), "service-shop--storage")!);
    const dpf = { country: "US", mechanism: "EU-US-DPF", recipient: "Example Corp." };
    expect(storageOf([dpf], "en")).toContain("What the ground means: see “Transfers to third countries”.");
    expect(storageOf([dpf, { country: "IN", mechanism: "A46-2-c" }], "en")).toContain(
      "What the grounds mean, and how to get a copy of the safeguards: see “Transfers to third countries”.",
    );
    expect(storageOf([dpf], "de")).toContain("Was die Grundlage bedeutet: siehe „Übermittlung in Drittländer“.");
  });
});

describe("a provider whose documents do not say where the data goes (transfers unconfirmed as a whole)", () => {
  const provider = (transfers: TransferInput[]) => ({
    id: "mailer",
    name: "Mailer",
    entity: { name: "Mailer GmbH", address: { street: "Hauptstraße 1", postalCode: "79098", city: "Freiburg", country: "DE" as const } },
    description: { en: "Mailer sends e-mail.", de: "Mailer versendet E-Mails." },
    transfers,
    unconfirmed: [{ fact: "transfers", note: "the sub-processor list was not read" }],
  });
  const storage = (transfers: TransferInput[], locale: Locale) =>
    textOf(
      sectionById(
        compose(policyOf([{ ...shop, id: "mail", processor: provider(transfers), transfers: undefined }]), { locale }),
        "service-mail--storage",
      )!,
    );

  it("does not say that nothing leaves the EU/EEA, but that the provider's documents do not make it clear", () => {
    expect(storage([], "en")).toContain("The provider’s documents do not make clear whether the data is also processed in other countries.");
    expect(storage([], "en")).not.toContain("is not transferred");
    expect(storage([], "de")).toContain(
      "Aus den Unterlagen des Anbieters geht nicht eindeutig hervor, ob die Daten auch in anderen Ländern verarbeitet werden.",
    );
    expect(storage([], "de")).not.toContain("nicht in Länder außerhalb");
  });

  it("after the transfers it does name, says that there may be more", () => {
    const text = storage([{ country: "US", mechanism: "A46-2-c", recipient: "Mailer Inc." }], "en");
    expect(text).toContain("United States");
    expect(text).toContain("The provider’s documents do not make clear whether the data also goes to countries other than those listed.");
  });
});
