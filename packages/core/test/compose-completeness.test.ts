// Completeness: the composed example addresses every item of GDPR Art. 13 (legal-requirements.md,
// section "GDPR Art. 13") that the example's data calls for. Each item maps to the section kind
// that covers it, and the test checks that the section exists and states the specific fact,
// taken from the policy itself, in English and in German.
import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { describe, expect, it } from "vitest";
import { compose } from "../src/compose/compose.js";
import type { PolicyDocument, SectionKind } from "../src/compose/document.js";
import { formatDuration } from "../src/compose/format.js";
import type { Policy } from "../src/model/resolved.js";
import {
  countryName,
  getDataCategory,
  getLegalBasis,
  getPurpose,
  getRight,
  getTransferGround,
  rightsForLegalBasis,
  type Locale,
} from "../src/taxonomy/index.js";
import { loadPolicy } from "../src/validate/load-policy.js";
import { sectionsOfKind, textOf } from "./fixtures/compose/helpers.js";

const file = new URL("../../../apps/example/policy.yaml", import.meta.url);
const policy = loadPolicy(readFileSync(file, "utf8"), { filename: "policy.yaml", catalog });

/** One checklist item: the section kind that covers it, whether the policy calls for it, and the facts it must state. */
interface Item {
  readonly id: string;
  readonly kind: SectionKind;
  readonly applies: boolean;
  readonly facts: readonly string[];
}

const text = (value: string | Partial<Record<Locale, string>>, locale: Locale) => (typeof value === "string" ? value : (value[locale] ?? ""));

/** The checklist for this policy in one language: every Art. 13 item, with the facts taken from the policy. */
function checklist(policy: Policy, locale: Locale): Item[] {
  const purposes = policy.services.flatMap((service) => service.purposes);
  const bases = new Set(purposes.map((purpose) => purpose.legalBasis));
  const transfers = policy.services.flatMap((service) => service.transfers);
  const { controller, dpo, supervisoryAuthority } = policy;
  const consent = bases.has("A6-1-a") || policy.services.some((service) => service.specialCategoryCondition === "A9-2-a");
  const ownRights = new Set(["A7-3", "A21", "A77"]);
  const rights = [...new Set([...bases].flatMap((basis) => rightsForLegalBasis(basis)))].filter((right) => !ownRights.has(right));

  return [
    {
      id: "controller",
      kind: "controller",
      applies: true,
      facts: [
        controller.name,
        controller.address.street,
        countryName(controller.address.country, locale),
        ...(controller.email ? [controller.email] : []),
      ],
    },
    { id: "dpo", kind: "data-protection-officer", applies: dpo !== undefined, facts: dpo === undefined ? [] : [dpo.email] },
    {
      id: "joint_controllers",
      kind: "joint-controllers",
      applies: policy.jointControllers.length > 0,
      facts: policy.jointControllers.flatMap((joint) => [joint.party.name, text(joint.essence, locale)]),
    },
    {
      id: "purposes",
      kind: "service-purposes",
      applies: true,
      facts: purposes.map((purpose) =>
        purpose.description === undefined ? getPurpose(purpose.purpose).label[locale] : text(purpose.description, locale),
      ),
    },
    {
      id: "legal_basis",
      kind: "service-legal-basis",
      applies: true,
      facts: purposes.map((purpose) => getLegalBasis(purpose.legalBasis).citation[locale]),
    },
    {
      id: "legitimate_interests",
      kind: "service-legal-basis",
      applies: bases.has("A6-1-f"),
      facts: purposes.flatMap((purpose) => (purpose.legitimateInterest === undefined ? [] : [text(purpose.legitimateInterest, locale)])),
    },
    {
      id: "data_categories",
      kind: "service-data",
      applies: true,
      facts: policy.services.flatMap((service) => service.data.map((item) => getDataCategory(item.category).label[locale])),
    },
    {
      id: "recipients",
      kind: "recipients",
      applies: policy.services.some((service) => service.processor !== null || service.recipients.length > 0),
      facts: policy.services.flatMap((service) =>
        service.processor === null ? [] : [service.processor.entity.name, service.processor.entity.address.street],
      ),
    },
    {
      id: "third_country",
      kind: "transfers",
      applies: transfers.length > 0,
      facts: transfers.flatMap((transfer) => [countryName(transfer.country, locale), getTransferGround(transfer.mechanism).citation[locale]]),
    },
    {
      id: "retention",
      kind: "service-storage",
      applies: true,
      facts: policy.services.flatMap((service) => [
        ...(service.retention?.duration === undefined ? [] : [formatDuration(service.retention.duration, locale)]),
        ...(service.retention?.until === undefined ? [] : [text(service.retention.until, locale)]),
        ...(service.retention?.criteria === undefined ? [] : [text(service.retention.criteria, locale)]),
      ]),
    },
    { id: "rights", kind: "rights", applies: true, facts: rights.map((right) => getRight(right).citation[locale]) },
    // Art. 21(4): the right to object in a section of its own, wherever a basis gives it.
    {
      id: "objection",
      kind: "objection",
      applies: bases.has("A6-1-e") || bases.has("A6-1-f") || purposes.some((purpose) => purpose.purpose.startsWith("marketing")),
      facts: [
        ...(bases.has("A6-1-e") || bases.has("A6-1-f")
          ? [
              {
                en: "on grounds relating to your particular situation",
                de: "aus Gründen, die sich aus Ihrer besonderen Situation ergeben",
                fr: "pour des raisons tenant à votre situation particulière",
                it: "per motivi connessi alla Sua situazione particolare",
                es: "por motivos relacionados con su situación particular",
                nl: "om redenen die verband houden met uw specifieke situatie",
                pl: "z przyczyn związanych z Państwa szczególną sytuacją",
              }[locale],
            ]
          : []),
        ...(purposes.some((purpose) => purpose.purpose.startsWith("marketing"))
          ? [
              {
                en: "direct marketing",
                de: "Direktwerbung",
                fr: "prospection",
                it: "marketing diretto",
                es: "mercadotecnia directa",
                nl: "direct marketing",
                pl: "marketingu bezpośredniego",
              }[locale],
            ]
          : []),
      ],
    },
    { id: "withdraw_consent", kind: "consent", applies: consent, facts: [getRight("A7-3").citation[locale]] },
    {
      id: "complaint",
      kind: "complaint",
      applies: true,
      facts: [getRight("A77").citation[locale], ...(supervisoryAuthority === undefined ? [] : [supervisoryAuthority.name])],
    },
    {
      id: "provision_requirement",
      kind: "service-data",
      applies: policy.services.some((service) => service.provision !== undefined),
      facts: policy.services.flatMap((service) =>
        service.provision?.consequences === undefined ? [] : [text(service.provision.consequences, locale)],
      ),
    },
    {
      id: "source",
      kind: "service-data",
      applies: policy.services.some((service) => service.sources.some((source) => source.from !== "data-subject")),
      facts: [],
    },
    {
      id: "automated_decisions",
      kind: "automated-decisions",
      applies: true,
      facts: [
        {
          en: "Art. 22 GDPR",
          de: "Art. 22 DSGVO",
          fr: "article 22 du RGPD",
          it: "art. 22 del RGPD",
          es: "artículo 22 del RGPD",
          nl: "artikel 22 van de AVG",
          pl: "art. 22 RODO",
        }[locale],
      ],
    },
    {
      id: "further_processing",
      kind: "changes",
      applies: true,
      facts: [
        {
          en: "Art. 13(3) GDPR",
          de: "Art. 13 Abs. 3 DSGVO",
          fr: "article 13, paragraphe 3, du RGPD",
          it: "art. 13, par. 3, del RGPD",
          es: "artículo 13, apartado 3, del RGPD",
          nl: "artikel 13, derde lid, van de AVG",
          pl: "art. 13 ust. 3 RODO",
        }[locale],
      ],
    },
    {
      id: "device_access",
      kind: "device-access",
      applies: policy.deviceAccess.length > 0 || policy.services.some((service) => service.deviceAccess.length > 0),
      facts: [...policy.deviceAccess, ...policy.services.flatMap((service) => service.deviceAccess)].map((access) => access.name),
    },
  ];
}

// In every language the example is written in: all of core's.
const documents = Object.fromEntries(policy.locales.map((locale) => [locale, compose(policy, { locale })])) as Record<Locale, PolicyDocument>;

describe.each(policy.locales.map((locale) => [locale]))("the example policy in %s", (locale) => {
  const document = documents[locale];

  it.each(checklist(policy, locale).map((item) => [item.id, item] as const))("addresses %s", (_, item) => {
    const sections = sectionsOfKind(document, item.kind);
    if (!item.applies) {
      // Items the policy does not call for get no section of their own (data sections exist for other reasons).
      if (!item.kind.startsWith("service-")) expect(sections).toEqual([]);
      return;
    }
    expect(sections.length).toBeGreaterThan(0);
    const all = sections.map((section) => textOf(section)).join("\n");
    // A citation may open a list item, with a capital: "Artículo 6, apartado 1, …".
    for (const fact of item.facts) expect(all.toLowerCase(), `${item.id}: ${fact}`).toContain(fact.toLowerCase());
  });

  it("states the facts the example is known for", () => {
    const by = (kind: SectionKind) =>
      sectionsOfKind(document, kind)
        .map((section) => textOf(section))
        .join("\n");
    // The same facts in each language's words: its citation, its country names, its terms of art.
    const facts: Record<
      Locale,
      {
        readonly basis: string;
        readonly usa: string;
        readonly clauses?: string;
        readonly processor?: string;
        readonly object?: string;
        readonly newsletter?: string;
      }
    > = {
      en: {
        basis: "Art. 6(1)(f) GDPR",
        usa: "United States",
        clauses: "Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)",
        newsletter: "Newsletter with Brevo",
      },
      de: { basis: "Art. 6 Abs. 1 lit. f DSGVO", usa: "Vereinigte Staaten", processor: "Auftragsverarbeiter", object: "Widerspruch" },
      fr: {
        basis: "article 6, paragraphe 1, point f), du RGPD",
        usa: "États-Unis",
        clauses: "Clauses types de protection des données adoptées par la Commission européenne (article 46, paragraphe 2, point c), du RGPD)",
        processor: "sous-traitant",
        object: "opposition",
        newsletter: "Lettre d'information avec Brevo",
      },
      it: {
        basis: "art. 6, par. 1, lett. f), del RGPD",
        usa: "Stati Uniti",
        clauses: "Clausole tipo di protezione dei dati adottate dalla Commissione europea (art. 46, par. 2, lett. c), del RGPD)",
        processor: "responsabile del trattamento",
        object: "opporsi",
        newsletter: "Newsletter con Brevo",
      },
      es: {
        basis: "artículo 6, apartado 1, letra f), del RGPD",
        usa: "Estados Unidos",
        clauses: "Cláusulas tipo de protección de datos adoptadas por la Comisión Europea (artículo 46, apartado 2, letra c), del RGPD)",
        processor: "encargado del tratamiento",
        object: "oponerse",
        newsletter: "Boletín informativo con Brevo",
      },
      nl: {
        basis: "artikel 6, eerste lid, onder f, van de AVG",
        usa: "Verenigde Staten",
        clauses: "Standaardbepalingen inzake gegevensbescherming van de Europese Commissie (artikel 46, tweede lid, onder c, van de AVG)",
        processor: "Verwerker",
        object: "bezwaar",
        newsletter: "Nieuwsbrief met Brevo",
      },
      pl: {
        basis: "art. 6 ust. 1 lit. f RODO",
        usa: "Stany Zjednoczone",
        clauses: "Standardowe klauzule ochrony danych przyjęte przez Komisję Europejską (art. 46 ust. 2 lit. c RODO)",
        processor: "podmiot przetwarzający",
        object: "sprzeciw",
        newsletter: "Newsletter wysyłany przez Brevo",
      },
    };
    const expected = facts[locale];
    expect(by("complaint")).toContain("Berliner Beauftragte für Datenschutz und Informationsfreiheit");
    expect(by("service-legal-basis").toLowerCase()).toContain(expected.basis.toLowerCase());
    expect(by("transfers")).toContain(expected.usa);
    if (expected.clauses !== undefined) expect(by("transfers")).toContain(expected.clauses);
    if (expected.processor !== undefined) expect(by("recipients").toLowerCase()).toContain(expected.processor.toLowerCase());
    if (expected.object !== undefined) expect(by("objection")).toContain(expected.object);
    if (expected.newsletter !== undefined) expect(by("consent")).toContain(expected.newsletter);
  });

  it("sets the right to object apart: a top-level section of its own", () => {
    expect(document.sections.filter((section) => section.kind === "objection")).toHaveLength(1);
  });

  it("leaves nothing untranslated: the example and its catalog entries exist in both languages", () => {
    expect(JSON.stringify(document)).not.toContain('"lang"');
  });
});
