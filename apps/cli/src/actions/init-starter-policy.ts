import { catalog } from "@policy/catalog";
import {
  collectionOf,
  confirmedRetention,
  countryName,
  defaultJurisdictions,
  getLegalBasis,
  getPurpose,
  type Locale,
  type ProcessingPurpose,
  type Processor,
} from "@policy/core";
import { Document, isMap, isScalar, type Node, type Pair, type YAMLMap } from "yaml";
import type { InitAnswers } from "./init-answers.js";

/** Where core's JSON Schema is for a policy.yaml beside node_modules: the usual place. */
export const defaultSchemaPath = "./node_modules/@policy/core/policy.schema.json";

/** The first line: editors with the YAML language server complete and check the file against core's schema. */
export function schemaComment(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

/**
 * The text of a starter policy.yaml: valid as written, with TODO comments where only its author
 * can decide. Every value goes through yaml's Document, so a company called `Foo: "Bar" #1`, or
 * one with a line break, reads back exactly as given. `effective` is today's date, passed in so
 * that the text depends on nothing but the arguments; `schemaPath` is core's JSON Schema as seen
 * from the file.
 */
export function starterPolicy(answers: InitAnswers, effective: string, schemaPath = defaultSchemaPath): string {
  const say: Say = (texts) => localized(texts, answers.locales);
  const processors = answers.services.map((id): Processor => catalog[id]);
  const doc = new Document(
    {
      meta: { version: "1.0", effective },
      locales: [...answers.locales],
      jurisdictions: defaultJurisdictions(answers.country),
      controller: {
        name: answers.company,
        address: {
          street: answers.street,
          ...(answers.postalCode === undefined ? {} : { postalCode: answers.postalCode }),
          city: answers.city,
          country: answers.country,
        },
        email: answers.email,
      },
      services: processors.length === 0 ? [contactService(say)] : processors.map((processor) => catalogService(processor, say)),
    },
    // The yaml package writes `2026-01-01` without quotes: in YAML 1.2 it is a string, which is what core reads.
    { version: "1.2" },
  );
  const root = doc.contents as YAMLMap;

  doc.commentBefore = commentText([
    schemaComment(schemaPath).slice(2),
    "",
    "A starter privacy policy, written by `policy init`. It is valid as it stands, but only you",
    "know what your organisation does with personal data: work through each TODO below, then run",
    "  policy validate policy.yaml                   to check it, with every issue and its line",
    "  policy render policy.yaml --out PRIVACY.md    to turn it into a privacy policy",
  ]);
  trailing(root, ["meta", "effective"], "the date this version takes effect; add updated: when you change it");
  before(root, ["locales"], [], { blankLine: true });
  if (answers.locales.length > 1) trailing(root, ["locales"], "every text in this file is given in each of them, the first is the default");
  trailing(
    root,
    ["jurisdictions"],
    "your country's data protection law (gdpr, uk-gdpr in the UK, fadp in Switzerland); add gdpr to fadp for customers in the EU, tdddg for cookies in Germany, ccpa for California",
  );
  before(
    root,
    ["controller"],
    [
      "Who is responsible for the processing (Art. 4(7) GDPR). You can add phone and url; dpo,",
      "supervisoryAuthority and rightsContact go beside controller, where you have them.",
    ],
    { blankLine: true },
  );
  before(root, ["services"], processors.length === 0 ? servicesIntroInHouse : servicesIntroCatalog, { blankLine: true });

  const services = root.get("services", true) as unknown as { items: YAMLMap[] };
  services.items.forEach((service, index) => {
    if (index > 0) (service as Node).spaceBefore = true;
    const processor = processors[index];
    if (processor === undefined) commentInHouse(service);
    else commentCatalog(service, processor, say);
  });
  flow(doc, ["locales"], ["jurisdictions"]);
  services.items.forEach((_, index) => {
    const at = ["services", index] as const;
    flow(doc, [...at, "name"], [...at, "subjects"], [...at, "data", 2, "details"]);
    // The in-house service's texts are short; the catalog services' placeholder is not.
    if (processors[index] === undefined) flow(doc, [...at, "retention", "until"]);
  });
  // No folding: a long name stays on one line, as the author will look for it.
  return doc.toString({ lineWidth: 0 });
}

type Texts = Partial<Record<Locale, string>>;
type Say = (texts: Texts) => Texts;

/** A text in the policy's languages only, in their order: a policy in German alone gets { de: ... }. */
function localized(texts: Texts, chosen: readonly Locale[]): Texts {
  return Object.fromEntries(chosen.flatMap((locale) => (texts[locale] === undefined ? [] : [[locale, texts[locale]]])));
}

const servicesIntroCatalog = [
  "One entry per processing activity. A processor from the catalog brings the provider's",
  "address, its transfers abroad and what the service typically does; any field you write",
  "replaces the catalog's. What you do yourself (a contact form, your shop) has no processor.",
];

const servicesIntroInHouse = [
  "One entry per processing activity. Add the services you use from the catalog, like",
  "  - id: video-meetings",
  "    processor: zoom",
  "(`policy catalog search <word>` finds them). This file starts with one you run yourself:",
  "people who write to you by e-mail.",
];

/** A catalog entry used as it typically is; what the catalog cannot know is filled in to be checked. */
function catalogService(processor: Processor, say: Say): Record<string, unknown> {
  const service: Record<string, unknown> = { id: processor.id, processor: processor.id };
  const provision = defaultProvision(processor);
  if (provision !== undefined) service.provision = { requirement: provision };
  if (confirmedRetention(processor) === undefined) {
    service.retention = {
      until: say({
        en: "it is no longer needed for the purposes above",
        de: "sie für die genannten Zwecke nicht mehr benötigt werden",
        fr: "elles ne sont plus nécessaires aux finalités indiquées ci-dessus",
        it: "non sono più necessari per le finalità indicate sopra",
        es: "dejen de ser necesarios para los fines indicados",
        nl: "ze niet meer nodig zijn voor de hierboven genoemde doeleinden",
        pl: "przestaną być potrzebne do wyżej wymienionych celów",
      }),
    };
  }
  return service;
}

/**
 * Whether people must give the data, where they give some (Art. 13(2)(e) GDPR): a guess to check,
 * contractual where the catalog's typical use rests on a contract, else voluntary.
 */
function defaultProvision(processor: Processor): "contractual" | "voluntary" | undefined {
  const data = processor.activities?.data ?? [];
  const given = data.some((item) => {
    const collected = typeof item === "string" ? collectionOf(item) : (item.collected ?? collectionOf(item.category));
    return collected === "provided" || collected === "content";
  });
  if (!given) return undefined;
  return processor.activities?.purposes.some((purpose) => purpose.legalBasis === "A6-1-b") === true ? "contractual" : "voluntary";
}

function commentCatalog(service: YAMLMap, processor: Processor, say: Say): void {
  const entity = processor.entity;
  trailing(
    service,
    ["processor"],
    processor.selfHosted === true
      ? `${processor.name}: software you host yourself; its maker ${entity.name} receives nothing`
      : `${processor.name}: ${entity.name}, ${countryName(entity.address.country, "en")}`,
  );
  const lines = [
    "TODO: check the purposes and their legal bases. Until you write your own, the catalog's",
    `typical use of ${processor.name} applies; to change it, uncomment and edit:`,
    ...purposesAsYaml(processor.activities?.purposes ?? [], say),
    "The data and data subjects come from the catalog too: write data and subjects to narrow them.",
  ];
  if (confirmedRetention(processor) !== undefined) lines.push("So does how long the data is kept: write retention if you keep it for less.");
  const doubts = processor.unconfirmed.filter(({ fact }) => fact !== "retention");
  if (doubts.length > 0) {
    lines.push(
      `TODO: ${processor.name}'s documents do not confirm these facts, so the policy leaves them unsaid;`,
      `check them with the provider (\`policy catalog show ${processor.id}\` says what is missing):`,
      ...doubts.map(({ fact }) => `  ${fact}`),
    );
  }
  const next = keyAfter(service, "processor");
  if (next === undefined) service.comment = commentText(lines);
  else before(service, [next], lines);
  if (service.has("provision")) {
    before(
      service,
      ["provision"],
      [
        "TODO: must people give this data? requirement is statutory, contractual, precontractual or",
        "voluntary; add consequences: what happens if they do not.",
      ],
    );
  }
  if (service.has("retention")) {
    before(
      service,
      ["retention"],
      [
        `TODO: say how long you keep the data; the catalog gives no period for ${processor.name}. Use a`,
        "duration (P30D, P6M, P2Y), an event (until), criteria in words, or a duration after an event.",
      ],
    );
  }
}

/** The starting point without catalog services: people writing in by e-mail, which nearly every organisation has. */
function contactService(say: Say): Record<string, unknown> {
  return {
    id: "contact",
    name: say({
      en: "Contact by e-mail",
      de: "Kontakt per E-Mail",
      fr: "Contact par courriel",
      it: "Contatto via e-mail",
      es: "Contacto por correo electrónico",
      nl: "Contact per e-mail",
      pl: "Kontakt e-mailowy",
    }),
    description: say({
      en: "When you write to us, we use your message and your contact details to answer you.",
      de: "Wenn Sie uns schreiben, verwenden wir Ihre Nachricht und Ihre Kontaktdaten, um Ihnen zu antworten.",
      fr: "Lorsque vous nous écrivez, nous utilisons votre message et vos coordonnées pour vous répondre.",
      it: "Quando ci scrive, utilizziamo il Suo messaggio e i Suoi dati di contatto per risponderLe.",
      es: "Cuando usted nos escribe, utilizamos su mensaje y sus datos de contacto para responderle.",
      nl: "Wanneer u ons schrijft, gebruiken wij uw bericht en uw contactgegevens om u te antwoorden.",
      pl: "Gdy Państwo do nas piszą, wykorzystujemy Państwa wiadomość i dane kontaktowe, aby odpowiedzieć.",
    }),
    purposes: [
      {
        purpose: "essential.service.operations.support",
        legalBasis: "A6-1-f",
        legitimateInterest: say({
          en: "Answering the people who write to us.",
          de: "Menschen zu antworten, die uns schreiben.",
          fr: "Répondre aux personnes qui nous écrivent.",
          it: "Rispondere alle persone che ci scrivono.",
          es: "Responder a las personas que nos escriben.",
          nl: "Antwoorden aan de mensen die ons schrijven.",
          pl: "Odpowiadanie osobom, które do nas piszą.",
        }),
      },
    ],
    data: [
      "user.name",
      "user.contact.email",
      {
        category: "user.content.private",
        details: say({
          en: "your message",
          de: "Ihre Nachricht",
          fr: "votre message",
          it: "il Suo messaggio",
          es: "su mensaje",
          nl: "uw bericht",
          pl: "Państwa wiadomość",
        }),
      },
    ],
    subjects: ["contact_person"],
    provision: {
      requirement: "voluntary",
      consequences: say({
        en: "Without an e-mail address we cannot answer you.",
        de: "Ohne E-Mail-Adresse können wir Ihnen nicht antworten.",
        fr: "Sans adresse électronique, nous ne pouvons pas vous répondre.",
        it: "Senza un indirizzo e-mail non possiamo risponderLe.",
        es: "Sin una dirección de correo electrónico no podemos responderle.",
        nl: "Zonder e-mailadres kunnen wij u niet antwoorden.",
        pl: "Bez adresu e-mail nie możemy Państwu odpowiedzieć.",
      }),
    },
    retention: {
      until: say({
        en: "we have answered your request",
        de: "wir Ihre Anfrage beantwortet haben",
        fr: "nous avons répondu à votre demande",
        it: "abbiamo risposto alla Sua richiesta",
        es: "hayamos respondido a su solicitud",
        nl: "wij uw verzoek hebben beantwoord",
        pl: "odpowiemy na Państwa zapytanie",
      }),
    },
  };
}

function commentInHouse(service: YAMLMap): void {
  before(
    service,
    ["purposes"],
    [
      "TODO: check the purpose and its legal basis. A6-1-f (legitimate interests) needs the interest",
      "in words; A6-1-b fits where people write to you about a contract.",
    ],
  );
  before(
    service,
    ["retention"],
    ["TODO: say how long you keep the messages, for example six months after answering them:", "add duration: P6M beside until."],
  );
}

/** Lines as one comment: yaml writes `#` before each; a blank line becomes a bare `#`. */
function commentText(lines: readonly string[]): string {
  return lines.map((line) => ` ${line}`).join("\n");
}

/**
 * The catalog's purposes as YAML lines to put in a comment, written by yaml too, so that
 * uncommenting them gives what they show; each id is followed by its label.
 */
function purposesAsYaml(purposes: readonly ProcessingPurpose[], say: Say): string[] {
  const written = purposes.map(({ purpose, legalBasis, legitimateInterest }) => ({
    purpose,
    legalBasis,
    // A plain string is in one language, which need not be the policy's: left out, validate asks for it.
    ...(legitimateInterest === undefined || typeof legitimateInterest === "string" ? {} : { legitimateInterest: say(legitimateInterest) }),
  }));
  const doc = new Document({ purposes: written }, { version: "1.2" });
  purposes.forEach(({ purpose, legalBasis }, index) => {
    const item = doc.getIn(["purposes", index], true) as YAMLMap;
    trailing(item, ["purpose"], getPurpose(purpose).label.en);
    trailing(item, ["legalBasis"], getLegalBasis(legalBasis).label.en);
  });
  return doc.toString({ lineWidth: 0 }).trimEnd().split("\n");
}

/** A comment on the lines before the pair at `path` (a list of keys), optionally after a blank line. */
function before(map: YAMLMap, path: readonly string[], lines: readonly string[], options: { blankLine?: boolean } = {}): void {
  const key = pairAt(map, path)?.key;
  if (!isScalar(key)) throw new Error(`no key ${path.join(".")} in the starter policy`);
  // Appended: a key can collect more than one note (the catalog's defaults, then a TODO).
  if (lines.length > 0) key.commentBefore = key.commentBefore ? `${key.commentBefore}\n${commentText(lines)}` : commentText(lines);
  if (options.blankLine === true) key.spaceBefore = true;
}

/** A comment at the end of the line of the value at `path`. Only for values of ours, never for the author's text. */
function trailing(map: YAMLMap, path: readonly string[], text: string): void {
  const value = pairAt(map, path)?.value as Node | undefined;
  if (value === undefined || value === null) throw new Error(`no value at ${path.join(".")} in the starter policy`);
  value.comment = ` ${text}`;
}

function pairAt(map: YAMLMap, path: readonly string[]): Pair | undefined {
  const [first, ...rest] = path;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === first);
  if (rest.length === 0 || pair === undefined) return pair;
  return isMap(pair.value) ? pairAt(pair.value as YAMLMap, rest) : undefined;
}

/** The key after `key` in a map, if any. */
function keyAfter(map: YAMLMap, key: string): string | undefined {
  const index = map.items.findIndex((item) => isScalar(item.key) && item.key.value === key);
  const next = map.items[index + 1]?.key;
  return isScalar(next) && typeof next.value === "string" ? next.value : undefined;
}

/** Short lists and texts on one line: `[en, de]`, `{ en: ..., de: ... }`. */
function flow(doc: Document, ...paths: (readonly (string | number)[])[]): void {
  for (const path of paths) {
    const node = doc.getIn(path, true) as { flow?: boolean } | undefined;
    if (node !== undefined && typeof node === "object") node.flow = true;
  }
}
