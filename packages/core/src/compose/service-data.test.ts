import type { List, Paragraph } from "mdast";
import { describe, expect, it } from "vitest";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { ServiceInput } from "../model/service.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";
import { plain } from "./inline.js";

/** The shop's data section, block by block, as plain text. */
function dataSection(service: Partial<ServiceInput>, locale: Locale): string[] {
  const document = compose(policyOf([{ ...shop, ...service } as ServiceInput]), { locale });
  const data = document.sections.find((section) => section.kind === "services")!.sections[0]!.sections.find((part) => part.kind === "service-data")!;
  return data.content.map((block) =>
    block.type === "list"
      ? (block as List).children.map((item) => `- ${plain((item.children[0] as Paragraph).children)}`).join("\n")
      : plain((block as Paragraph).children),
  );
}

describe("data received from others (Art. 14 GDPR)", () => {
  const scoring = {
    category: "user.financial",
    details: { en: "a credit score", de: "ein Bonitätswert" },
    source: { en: "the credit agency", de: "die Auskunftei" },
  } as const;

  it("has a heading of its own and names its source, item by item", () => {
    const en = dataSection({ data: ["user.name", scoring] }, "en");
    expect(en).toContain("Data we receive from others");
    expect(en[en.indexOf("Data we receive from others") + 1]).toMatch(/^- .+ \(a credit score\) – source: the credit agency$/);
    const de = dataSection({ data: ["user.name", scoring] }, "de");
    expect(de[de.indexOf("Daten, die wir von anderen erhalten") + 1]).toMatch(/^- .+ \(ein Bonitätswert\) – Quelle: die Auskunftei$/);
    expect(dataSection({ data: ["user.name", scoring] }, "en").join("\n")).not.toContain("Data you provide\n- Credit");
  });

  it("names the service's sources under the heading when the items do not", () => {
    const received = { category: "user.financial", collected: "received" } as const;
    const en = dataSection(
      { data: ["user.name", received], sources: [{ from: "third-party", name: { en: "our payment provider", de: "unser Zahlungsdienstleister" } }] },
      "en",
    );
    expect(en).toContain("Where we receive it from: our payment provider.");
    expect(en.join("\n")).not.toContain("Where the data comes from:");
  });
});

describe("whether people must provide the data (Art. 13(2)(e) GDPR)", () => {
  const answer = (requirement: string, locale: Locale) => dataSection({ provision: { requirement } as ServiceInput["provision"] }, locale).at(-1);

  it("says which requirement it is, and what follows without the data, in both languages", () => {
    expect(answer("statutory", "en")).toBe(
      "Do you have to provide the data? Yes, by law: providing it is a statutory requirement. Without it, we cannot go ahead, because the law requires the data for this.",
    );
    expect(answer("contractual", "en")).toBe(
      "Do you have to provide the data? Yes, under our contract with you: providing it is a contractual requirement, not a statutory one. Without it, we cannot perform the contract.",
    );
    expect(answer("precontractual", "en")).toBe(
      "Do you have to provide the data? We need it to enter into a contract with you. You are not obliged to provide it. Without it, we cannot enter into a contract with you.",
    );
    expect(answer("voluntary", "en")).toBe("Do you have to provide the data? No, providing it is voluntary.");
    expect(answer("statutory", "de")).toBe(
      "Müssen Sie die Daten angeben? Ja, von Gesetzes wegen: Die Angabe ist gesetzlich vorgeschrieben. Ohne die Daten können wir nicht fortfahren, weil das Gesetz sie dafür verlangt.",
    );
    expect(answer("contractual", "de")).toBe(
      "Müssen Sie die Daten angeben? Ja, nach unserem Vertrag mit Ihnen: Die Angabe ist eine vertragliche Pflicht, keine gesetzliche. Ohne die Daten können wir den Vertrag nicht erfüllen.",
    );
  });
});

describe("the concrete data after a category", () => {
  it("stands in brackets, or after a colon where it has brackets of its own", () => {
    const agent = {
      category: "user.device",
      details: { en: "browser and system versions (user agent)", de: "Versionen von Browser und Betriebssystem (User-Agent)" },
    } as const;
    const email = { category: "user.contact.email", details: { en: "for replies", de: "für Antworten" } } as const;
    const de = dataSection({ data: [agent, email] }, "de").join("\n");
    expect(de).toContain(": Versionen von Browser und Betriebssystem (User-Agent)");
    expect(de).not.toContain("(Versionen");
    expect(de).toContain("E-Mail-Adresse (für Antworten)");
  });
});
