import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ccpaCategories,
  dataCategories,
  dataSubjects,
  getDataCategory,
  getDataSubject,
  getLegalBasis,
  getPurpose,
  getRight,
  getSpecialCategoryCondition,
  getTransferGround,
  legalBases,
  locales,
  purposes,
  rights,
  specialCategoryConditions,
  transferGrounds,
  type Translated,
} from "./index.js";

interface Labelled {
  readonly id: string;
  readonly label: Translated;
  readonly inSentence: Translated;
}

const vocabularies: [string, readonly Labelled[]][] = [
  ["data categories", dataCategories],
  ["purposes", purposes],
  ["data subjects", dataSubjects],
  ["legal bases", legalBases],
  ["special-category conditions", specialCategoryConditions],
  ["transfer grounds", transferGrounds],
  ["rights", rights],
  ["CCPA categories", ccpaCategories],
];

// The acronyms and names an English label starts with, which keep their capitals in a sentence.
const englishCapitalised = ["IP", "EU-US", "UK", "International", "Swiss-US"];

// What the build read: which German first words are lowered and which are nouns.
const sentenceCase = JSON.parse(readFileSync(new URL("../../taxonomy-src/sentence-case.json", import.meta.url), "utf8")) as {
  readonly de: { readonly lower: readonly string[]; readonly keep: readonly string[] };
};
const firstWord = (label: string) => /^[\p{L}\p{N}-]+/u.exec(label)![0];

describe.each(vocabularies)("sentence forms of the %s", (_name, entries) => {
  it("differ from the label only in the case of the first letter", () => {
    for (const e of entries) {
      for (const locale of locales) {
        const where = `${e.id} (${locale})`;
        expect(e.inSentence[locale].slice(1), where).toBe(e.label[locale].slice(1));
        expect(e.inSentence[locale].charAt(0).toLowerCase(), where).toBe(e.label[locale].charAt(0).toLowerCase());
      }
    }
  });

  it("start lower-case in English unless the first word is an acronym or a name", () => {
    for (const e of entries) {
      if (englishCapitalised.includes(firstWord(e.label.en))) expect(e.inSentence.en, e.id).toBe(e.label.en);
      else expect(e.inSentence.en, e.id).toMatch(/^\p{Ll}/u);
    }
  });

  it("lower the German first word exactly where sentence-case.json says, and keep nouns", () => {
    for (const e of entries) {
      const word = firstWord(e.label.de);
      const lowered = sentenceCase.de.lower.includes(word);
      expect(lowered, `${e.id}: "${word}" is in exactly one list`).toBe(!sentenceCase.de.keep.includes(word));
      expect(e.inSentence.de, e.id).toBe(lowered ? e.label.de.charAt(0).toLowerCase() + e.label.de.slice(1) : e.label.de);
    }
  });
});

describe("sentence forms", () => {
  it("lower the first word in English", () => {
    expect(getDataCategory("user.contact.email").inSentence.en).toBe("e-mail address");
    expect(getDataCategory("user.location.imprecise").inSentence.en).toBe("approximate location");
    expect(getDataSubject("customer").inSentence.en).toBe("customers");
    expect(getLegalBasis("A6-1-f").inSentence.en).toBe("legitimate interests");
    expect(getRight("A21").inSentence.en).toBe("right to object");
  });

  it("keep the capitals of acronyms and names in English", () => {
    expect(getDataCategory("user.device.ip_address").inSentence.en).toBe("IP address");
    expect(getTransferGround("EU-US-DPF").inSentence.en).toBe("EU-US Data Privacy Framework");
    expect(getTransferGround("A46-2-c").inSentence.en).toBe("standard contractual clauses adopted by the European Commission");
    expect(getPurpose("train_ai_system").inSentence.en).toBe("training AI systems");
  });

  it("lower a German adjective, participle or preposition at the start", () => {
    expect(getDataCategory("user.location.imprecise").inSentence.de).toBe("ungefährer Standort");
    expect(getDataCategory("user.telemetry").inSentence.de).toBe("technische Nutzungsdaten");
    // Lowered here, while "Ihnen", the formal address, keeps its capital.
    expect(getDataCategory("user.content.private").inSentence.de).toBe("von Ihnen gesendete Nachrichten und andere Inhalte");
    expect(getLegalBasis("A6-1-f").inSentence.de).toBe("berechtigte Interessen");
    expect(getSpecialCategoryCondition("A9-2-e").inSentence.de).toBe("von der betroffenen Person selbst offensichtlich öffentlich gemachte Daten");
    expect(getTransferGround("A46-2-b").inSentence.de).toBe("verbindliche interne Datenschutzvorschriften");
    expect(ccpaCategories.find((c) => c.id === "inferences")?.inSentence.de).toBe("zur Profilbildung gezogene Schlussfolgerungen");
  });

  it("keep German nouns capitalised, adjectives used as nouns included", () => {
    expect(getDataCategory("user.device.ip_address").inSentence.de).toBe("IP-Adresse");
    expect(getDataCategory("user.behavior.browsing_history").inSentence.de).toBe("Browserverlauf");
    expect(getPurpose("essential.service").inSentence.de).toBe("Bereitstellung des Dienstes");
    expect(getDataSubject("customer").inSentence.de).toBe("Kundinnen und Kunden");
    expect(getDataSubject("employee").inSentence.de).toBe("Beschäftigte");
    expect(getDataSubject("contact_person").inSentence.de).toBe("Anfragende");
    expect(getRight("A21").inSentence.de).toBe("Widerspruchsrecht");
    expect(ccpaCategories.find((c) => c.id === "sensory")?.inSentence.de).toMatch(/^Audio-, elektronische/);
  });
});
