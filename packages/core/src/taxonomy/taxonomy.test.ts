import { describe, expect, it } from "vitest";
import {
  dataCategories,
  dataCategoryIds,
  dataSubjects,
  getDataCategory,
  getPurpose,
  isSpecialCategory,
  purposes,
  type DataCategoryId,
  type TaxonomyEntry,
} from "./index.js";

const taxonomies: [string, readonly TaxonomyEntry<string>[]][] = [
  ["data categories", dataCategories],
  ["purposes", purposes],
  ["data subjects", dataSubjects],
];

// Words that are the same in English and German; keep this list tiny and explicit.
const sameInBothLanguages = new Set(["Name", "Marketing"]);

const countByOrigin = (entries: readonly TaxonomyEntry<string>[]) => ({
  fideslang: entries.filter((e) => e.origin === "fideslang").length,
  policy: entries.filter((e) => e.origin === "policy").length,
});

describe("dotted taxonomies", () => {
  it("have the fideslang counts, with our extras counted apart", () => {
    expect(countByOrigin(dataCategories)).toEqual({ fideslang: 85, policy: 1 });
    expect(countByOrigin(purposes)).toEqual({ fideslang: 56, policy: 0 });
    expect(countByOrigin(dataSubjects)).toEqual({ fideslang: 15, policy: 7 });
  });

  it("list our extra data categories", () => {
    expect(dataCategories.filter((c) => c.origin === "policy").map((c) => c.id)).toEqual(["user.content.self_image.video_surveillance"]);
  });

  it("list our extra data subjects", () => {
    const extras = dataSubjects.filter((s) => s.origin === "policy").map((s) => s.id);
    expect(extras).toEqual(
      expect.arrayContaining([
        "business_partner",
        "website_visitor",
        "newsletter_subscriber",
        "user",
        "client",
        "meeting_participant",
        "contact_person",
      ]),
    );
  });

  describe.each(taxonomies)("%s", (_name, entries) => {
    const byId = new Map(entries.map((e) => [e.id, e]));

    it("have unique ids", () => {
      expect(byId.size).toBe(entries.length);
    });

    it("have every parent, and no cycles", () => {
      for (const entry of entries) {
        const seen = new Set<string>();
        for (let e: TaxonomyEntry<string> | undefined = entry; e && e.parent !== null; e = byId.get(e.parent)) {
          expect(seen.has(e.id), `cycle at ${entry.id}`).toBe(false);
          seen.add(e.id);
          expect(byId.has(e.parent), `parent of ${e.id}`).toBe(true);
        }
      }
    });

    it("have labels and descriptions in English and German", () => {
      for (const e of entries) {
        for (const text of [e.label.en, e.label.de, e.description.en, e.description.de]) {
          expect(text.trim(), e.id).not.toBe("");
          expect(text, e.id).not.toBe(e.id);
        }
        if (!sameInBothLanguages.has(e.label.de)) expect(e.label.de, e.id).not.toBe(e.label.en);
      }
    });

    it("have English labels in sentence case and British spelling", () => {
      for (const e of entries) {
        const [, ...rest] = e.label.en.split(" ");
        for (const word of rest) if (!["AI", "HR", "ID", "IP", "SMS"].includes(word)) expect(word, e.id).toBe(word.toLowerCase());
        expect(e.label.en, e.id).not.toMatch(/behavior|organization|personaliz|license|analyz/i);
      }
    });

    it("replace deprecated keys with a live key", () => {
      for (const e of entries.filter((x) => x.deprecated)) {
        const next = byId.get(e.deprecated!.replacedBy);
        expect(next, e.id).toBeDefined();
        expect(next?.deprecated, e.id).toBeUndefined();
      }
    });

    it("use well-formed DPV IRIs, and none where the match is none", () => {
      for (const e of entries) {
        for (const iri of e.dpv) expect(iri, e.id).toMatch(/^https:\/\/w3id\.org\/dpv(\/[a-z]+)*#[A-Za-z][\w-]*$/);
        expect(e.dpv.length === 0, e.id).toBe(e.dpvMatch === "none");
      }
    });
  });

  it("name purposes so that a contact form and embedded content fit them", () => {
    expect(getPurpose("essential.service.operations.support").label).toEqual({
      en: "Answering questions and support requests",
      de: "Beantwortung von Fragen und Supportanfragen",
      fr: "Réponse aux questions et demandes d'assistance",
      it: "Risposta a domande e richieste di assistenza",
      es: "Respuesta a preguntas y solicitudes de asistencia",
      nl: "Beantwoorden van vragen en supportverzoeken",
      pl: "Odpowiadanie na pytania i zgłoszenia",
    });
    expect(getPurpose("functional.service").label).toEqual({
      en: "Providing additional features",
      de: "Bereitstellung zusätzlicher Funktionen",
      fr: "Fourniture de fonctions supplémentaires",
      it: "Fornitura di funzioni aggiuntive",
      es: "Prestación de funciones adicionales",
      nl: "Leveren van aanvullende functies",
      pl: "Zapewnienie dodatkowych funkcji",
    });
    expect(getPurpose("collect").label.de).toBe("Erhebung für noch nicht festgelegte Zwecke");
    expect(getPurpose("marketing.advertising.first_party.contextual").label.de).toBe("Werbung passend zum angesehenen Inhalt");
    expect(getPurpose("marketing.advertising.serving").label.de).toBe("Auslieferung von Werbung");
  });

  it("deprecate personalize.profiling in favour of personalize.content.profiling", () => {
    expect(getPurpose("personalize.profiling").deprecated?.replacedBy).toBe("personalize.content.profiling");
  });
});

describe("data categories", () => {
  it("look up by id and throw on an unknown id", () => {
    expect(getDataCategory("user.contact.email").label.de).toBe("E-Mail-Adresse");
    expect(() => getDataCategory("user.nonsense" as DataCategoryId)).toThrow(/user\.nonsense/);
  });

  it("flag the Art. 9 special categories", () => {
    for (const id of [
      "user.health_and_medical",
      "user.health_and_medical.genetic",
      "user.biometric.fingerprint",
      "user.demographic.race_ethnicity",
      "user.demographic.political_opinion",
      "user.demographic.religious_belief",
      "user.demographic.sexual_orientation",
    ] as const) {
      expect(isSpecialCategory(id), id).toBe(true);
    }
    for (const id of ["user", "user.contact.email", "user.demographic", "user.criminal_history"] as const) {
      expect(isSpecialCategory(id), id).toBe(false);
    }
  });

  it("keep criminal-offence data (Art. 10) apart from special categories", () => {
    expect(getDataCategory("user.criminal_history")).toMatchObject({ special: false, criminal: true });
    expect(dataCategories.filter((c) => c.criminal).map((c) => c.id)).toEqual(["user.criminal_history"]);
  });

  it("flag every child of a special category itself", () => {
    for (const c of dataCategories) {
      if (c.parent !== null && getDataCategory(c.parent).special) expect(c.special, c.id).toBe(true);
    }
  });

  it("have a category for video surveillance footage, ours, not fideslang's", () => {
    const footage = getDataCategory("user.content.self_image.video_surveillance");
    expect(footage).toMatchObject({
      parent: "user.content.self_image",
      label: { en: "Video surveillance footage", de: "Aufnahmen aus der Videoüberwachung" },
      inSentence: { en: "video surveillance footage", de: "Aufnahmen aus der Videoüberwachung" },
      origin: "policy",
      // Footage is biometric data only when processed to identify people (Recital 51 GDPR): user.biometric.
      special: false,
      criminal: false,
      ccpa: ["sensory"],
      ccpaSensitive: null,
      // DPV's picture of a person is broader than footage from surveillance cameras.
      dpv: ["https://w3id.org/dpv/pd#Picture"],
      dpvMatch: "broad",
    });
    expect(footage.description.en).toMatch(/surveillance cameras/);
    expect(footage.description.de).toMatch(/Überwachungskameras/);
    expect(isSpecialCategory(footage.id)).toBe(false);
  });

  it("use labels a reader understands, with the same meaning in both languages", () => {
    expect(getDataCategory("user.content.private").label).toEqual({
      en: "Messages and other content you send",
      de: "Von Ihnen gesendete Nachrichten und andere Inhalte",
      fr: "Messages et autres contenus que vous envoyez",
      it: "Messaggi e altri contenuti da Lei inviati",
      es: "Mensajes y otros contenidos que usted envía",
      nl: "Berichten en andere inhoud die u verstuurt",
      pl: "Wiadomości i inne treści przesyłane przez Państwa",
    });
    expect(getDataCategory("user.content.public").label).toEqual({
      en: "Publicly shared content",
      de: "Öffentlich geteilte Inhalte",
      fr: "Contenus partagés publiquement",
      it: "Contenuti condivisi pubblicamente",
      es: "Contenidos compartidos públicamente",
      nl: "Openbaar gedeelde inhoud",
      pl: "Treści udostępnione publicznie",
    });
    expect(getDataCategory("user.telemetry").label).toEqual({
      en: "Technical usage data",
      de: "Technische Nutzungsdaten",
      fr: "Données techniques d'utilisation",
      it: "Dati tecnici di utilizzo",
      es: "Datos técnicos de uso",
      nl: "Technische gebruiksgegevens",
      pl: "Techniczne dane o korzystaniu",
    });
    expect(getDataCategory("user.unique_id").label).toEqual({
      en: "User ID",
      de: "Nutzerkennung",
      fr: "Identifiant d'utilisateur",
      it: "Identificativo dell'utente",
      es: "Identificador de usuario",
      nl: "Gebruikers-ID",
      pl: "Identyfikator użytkownika",
    });
  });

  it("keep fideslang order", () => {
    expect(dataCategoryIds[0]).toBe("user");
    expect(dataCategoryIds.indexOf("system")).toBeGreaterThan(dataCategoryIds.indexOf("user.job_title"));
  });
});
