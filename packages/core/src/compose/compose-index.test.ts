import type { Link, Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { fullPolicy, policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import { textOf } from "../../test/fixtures/compose/helpers.js";
import type { ProcessorInput } from "../model/processor.js";
import type { ServiceInput } from "../model/service.js";
import type { Policy } from "../model/resolved.js";
import { dataCategoryIds, type Locale } from "../taxonomy/index.js";
import { compose, indexSections, textSections } from "./compose.js";
import type { PolicyDocument, PolicySection } from "./document.js";
import { indexKey } from "./ids.js";
import { sectionIdPattern } from "./ids.js";

const indexOf = (policy: Policy, locale: Locale = "en") => compose(policy, { locale, index: true }).index ?? [];
const dataIndex = (policy: Policy, locale: Locale = "en") => indexOf(policy, locale)[0]!;
const transfersIndex = (policy: Policy, locale: Locale = "en") => indexOf(policy, locale)[1]!;
const entry = (index: PolicySection, id: string) => index.sections.find((section) => section.id === id);

/** Every section under these, depth first. */
function all(sections: readonly PolicySection[]): PolicySection[] {
  return sections.flatMap((section) => [section, ...all(section.sections)]);
}

/** Every node of a section's content and its subsections' that satisfies `test`. */
function nodes(section: PolicySection, test: (node: Nodes) => boolean): Nodes[] {
  const out: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (test(node)) out.push(node);
    if ("children" in node) (node.children as Nodes[]).forEach(walk);
  };
  section.content.forEach(walk);
  for (const child of section.sections) out.push(...nodes(child, test));
  return out;
}

/** A provider in the US whose transfer there rests on a ground its documents may not confirm. */
const chatco = (unconfirmed: readonly string[], transfer: object = {}) =>
  ({
    id: "chatco",
    name: "ChatCo",
    entity: { name: "ChatCo SAS", address: { street: "1 rue Exemple", postalCode: "75001", city: "Paris", country: "FR" } },
    description: { en: "Chat for websites.", de: "Chat für Websites." },
    retention: { duration: "P1Y" },
    transfers: [{ country: "US", recipient: "ChatCo, Inc.", mechanism: "A46-2-c", ...transfer }],
    unconfirmed: unconfirmed.map((fact) => ({ fact, note: "not in the DPA" })),
  }) as ProcessorInput;

const chat = (processor: ProcessorInput, extra: Partial<ServiceInput> = {}): ServiceInput => ({
  id: "chat",
  name: { en: "Website chat", de: "Website-Chat" },
  processor,
  purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
  data: ["user.name"],
  subjects: ["customer"],
  ...extra,
});

describe("compose: the index", () => {
  it("is composed only when asked for, and leaves the text as it is", () => {
    const plain = compose(fullPolicy(), { locale: "en" });
    const indexed = compose(fullPolicy(), { locale: "en", index: true });
    expect("index" in plain).toBe(false);
    expect(indexed.sections).toEqual(plain.sections);
    expect(indexed.index?.map((section) => [section.id, section.kind])).toEqual([
      ["data-index", "data-index"],
      ["transfers-index", "transfers-index"],
    ]);
    expect(() => compose(fullPolicy(), { locale: "en", index: "yes" as unknown as boolean })).toThrow(/^index must be true or false, got "yes"$/);
  });

  it("gives the same ids in every language, unique among the text's, made of lower-case letters, digits and hyphens", () => {
    const [en, de] = (["en", "de"] as const).map((locale) => compose(fullPolicy(), { locale, index: true })) as [PolicyDocument, PolicyDocument];
    const ids = (document: PolicyDocument) => all([...document.sections, ...(document.index ?? [])]).map((section) => section.id);
    expect(ids(de)).toEqual(ids(en));
    expect(new Set(ids(en)).size).toBe(ids(en).length);
    for (const id of ids(en)) expect(id).toMatch(sectionIdPattern);
    expect(all(en.index ?? []).map((section) => section.id)).toEqual([
      "data-index",
      "data-index--user-contact-email",
      "data-index--user-contact-email--shop",
      "data-index--user-contact-email--newsletter",
      "data-index--user-device-ip-address",
      "data-index--user-device-ip-address--notes",
      "data-index--user-financial",
      "data-index--user-financial--shop",
      "data-index--user-name",
      "data-index--user-name--shop",
      "data-index--user-name--notes",
      "transfers-index",
      "transfers-index--us",
      "transfers-index--us--notes",
    ]);
    for (const section of all(en.index ?? []).filter((section) => section.kind.endsWith("-service")))
      expect(section.id.endsWith(`--${section.serviceId}`)).toBe(true);
  });

  it("keys every data category apart: no two give the same id part, none has two hyphens in a row", () => {
    const keys = dataCategoryIds.map(indexKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(`data-index--${key}`).toMatch(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/);
    expect(indexKey("user.device.ip_address")).toBe("user-device-ip-address");
    expect(indexKey("US")).toBe("us");
  });

  it("builds each row of the tables as the kind the row names", () => {
    const document = compose(fullPolicy(), { locale: "en", index: true });
    const built = [...document.sections, ...(document.index ?? [])].map((section) => section.kind);
    expect(built).toEqual([...textSections, ...indexSections].map((handler) => handler.kind).filter((kind) => built.includes(kind)));
    expect(new Set(textSections.map((handler) => handler.kind)).size).toBe(textSections.length);
  });
});

describe("the data index: which services process this data?", () => {
  it("has an entry for each kind of data the services name, ordered by its key, titled with its label", () => {
    const index = dataIndex(fullPolicy());
    expect(index.title).toBe("Which services process this data?");
    expect(index.sections.map((section) => section.title)).toEqual(["E-mail address", "IP address", "Financial information", "Name"]);
    expect(dataIndex(fullPolicy(), "de").sections.map((section) => section.title)).toEqual(["E-Mail-Adresse", "IP-Adresse", "Finanzdaten", "Name"]);
    expect(dataIndex(fullPolicy(), "de").title).toBe("Welche Dienste verarbeiten diese Daten?");
  });

  it("lists every service with the data, with provider, purpose, legal basis, countries and transfers", () => {
    const ip = entry(dataIndex(fullPolicy()), "data-index--user-device-ip-address")!;
    expect(textOf(ip)).toBe(
      [
        "IP address",
        "Unique identifier related to device connection. (user.device.ip_address)",
        "Processed by 1 service:",
        "Shared notes",
        "Provider: CloudNotes Inc., United States",
        "Purpose: Providing the service",
        "Legal basis: Art. 6(1)(b) GDPR, contract or steps before entering into a contract",
        "Purpose: Security",
        "Legal basis: Art. 6(1)(f) GDPR, legitimate interests",
        "Where processed: United States",
        "Transfers: United States: Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)",
      ].join("\n"),
    );
    const email = entry(dataIndex(fullPolicy(), "de"), "data-index--user-contact-email")!;
    expect(email.sections.map((section) => section.title)).toEqual(["Onlineshop", "Newsletter"]);
    expect(textOf(email)).toContain("Verarbeitet von 2 Diensten:");
    expect(textOf(email)).toContain("Anbieter: intern, kein anderes Unternehmen, Deutschland");
  });

  it("finds a narrower kind under a broader one and the other way round, and says what the service lists", () => {
    const device: ServiceInput = { ...shop, id: "devices", name: { en: "Device check", de: "Geräteprüfung" }, data: ["user.device"] };
    const index = dataIndex(policyOf([device, { ...shop, data: ["user.device.ip_address"] }]));
    expect(index.sections.map((section) => section.id)).toEqual(["data-index--user-device", "data-index--user-device-ip-address"]);
    for (const section of index.sections) expect(section.sections.map((service) => service.serviceId)).toEqual(["devices", "shop"]);
    const ip = textOf(entry(index, "data-index--user-device-ip-address")!);
    expect(ip).toContain("listed as Device information (user.device)");
    expect(textOf(entry(index, "data-index--user-device")!)).toContain("listed as IP address (user.device.ip_address)");
  });

  it("marks a text that is not in the document's language, in the text and in a title, as the text of the policy is", () => {
    const policy = policyOf([shop]);
    const englishOnly: Policy = {
      ...policy,
      services: [
        {
          ...policy.services[0]!,
          name: { en: "Notes" },
          purposes: [{ ...policy.services[0]!.purposes[0]!, description: { en: "To keep your notes." } }],
        },
      ],
    };
    const service = dataIndex(englishOnly, "de").sections[0]!.sections[0]!;
    expect(service).toMatchObject({ title: "Notes", titleLang: "en" });
    const marked = (section: PolicySection) => nodes(section, (node) => node.type === "text" && node.data?.lang !== undefined);
    expect(marked(service)).toEqual([{ type: "text", value: "To keep your notes.", data: { lang: "en" } }]);
    expect(dataIndex(englishOnly, "en").sections[0]!.sections[0]!.titleLang).toBeUndefined();
    expect(marked(dataIndex(englishOnly, "en"))).toEqual([]);

    // The plain strings of a German-only policy are German: unmarked in German, marked in English.
    const german = policyOf(
      [{ ...shop, name: "Laden", purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b", description: "Für Ihre Bestellung." }] }],
      {
        locales: ["de"],
      },
    );
    expect(marked(dataIndex(german, "de"))).toEqual([]);
    expect(marked(dataIndex(german, "en"))).toContainEqual({ type: "text", value: "Für Ihre Bestellung.", data: { lang: "de" } });
    expect(dataIndex(german, "en").sections[0]!.sections[0]!.titleLang).toBe("de");
  });

  it("names a transfer whose ground the provider's documents do not confirm, without the ground", () => {
    const text = textOf(dataIndex(policyOf([chat(chatco(["transfers[0].mechanism"]))])));
    expect(text).toContain("Transfers: United States (ChatCo, Inc.): not confirmed by the provider’s documents");
    expect(text).not.toContain("Standard contractual clauses");
  });
});

describe("the transfers index: where does the data go?", () => {
  it("has an entry for each country, ordered by code, with the safeguards and who receives the data there", () => {
    const second: ServiceInput = {
      ...shop,
      id: "backup",
      name: { en: "Backup", de: "Sicherung" },
      processor: {
        ...usProvider,
        id: "backup-co",
        name: "BackupCo",
        transfers: [
          { country: "US", mechanism: "EU-US-DPF" },
          { country: "IN", mechanism: "A46-2-c" },
        ],
      },
    };
    const index = transfersIndex(policyOf([{ ...shop, id: "notes", processor: usProvider }, second]));
    expect(index.title).toBe("Where does the data go?");
    expect(index.sections.map((section) => [section.id, section.title])).toEqual([
      ["transfers-index--in", "India"],
      ["transfers-index--us", "United States"],
    ]);
    expect(textOf(entry(index, "transfers-index--us")!)).toBe(
      [
        "United States",
        "Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR): 1 service",
        "EU-US Data Privacy Framework (Art. 45(3) GDPR in conjunction with Commission Implementing Decision (EU) 2023/1795): 1 service",
        "Online shop",
        "Recipient: CloudNotes Inc.",
        "Safeguard: Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)",
        "Backup",
        "Recipient: CloudNotes Inc.",
        "Safeguard: EU-US Data Privacy Framework (Art. 45(3) GDPR in conjunction with Commission Implementing Decision (EU) 2023/1795)",
      ].join("\n"),
    );
  });

  it("does not name a safeguard the provider's documents do not confirm, and counts the services that say so", () => {
    const confirmed = textOf(transfersIndex(policyOf([chat(chatco([]))])));
    expect(confirmed).toContain("Safeguard: Standard contractual clauses");
    for (const unconfirmed of [["transfers[0].mechanism"], ["transfers[0]"]]) {
      const text = textOf(transfersIndex(policyOf([chat(chatco(unconfirmed))])));
      expect(text).not.toContain("Standard contractual clauses");
      expect(text).toContain("not confirmed by the provider’s documents: 1 service");
      expect(text).toContain("Safeguard: not confirmed by the provider’s documents");
    }
    expect(textOf(transfersIndex(policyOf([chat(chatco(["transfers[0].mechanism"]))]), "de"))).toContain(
      "Garantie: in den Unterlagen des Anbieters nicht bestätigt",
    );
  });

  it("takes a recipient in words in the document's language, and falls back to the provider", () => {
    const inWords = (recipient: unknown, locale: Locale) =>
      transfersIndex(policyOf([chat(chatco([], { recipient }))], { locales: ["en", "de"] }), locale).sections[0]!.sections[0]!;
    expect(textOf(inWords({ en: "our support staff", de: "unser Support-Team" }, "de"))).toContain("Empfänger: unser Support-Team");
    // A recipient in words the policy gives without its German: refused, as every text of its own.
    expect(() => inWords({ en: "our support staff" }, "de")).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: "missing-translation", path: "services[0].processor.transfers[0].recipient" }), expect.anything()],
      }),
    );
    expect(textOf(inWords("ChatCo, Inc.", "de"))).toContain("Empfänger: ChatCo, Inc.");
    expect(textOf(inWords(undefined, "en"))).toContain("Recipient: ChatCo SAS");
  });

  it("gives the note and links the safeguards", () => {
    const service = transfersIndex(
      policyOf([chat(chatco([], { note: { en: "Support only.", de: "Nur Support." }, safeguards: "https://chat.example/scc" }))]),
    ).sections[0]!.sections[0]!;
    expect(textOf(service)).toContain("Support only.\nDetails: https://chat.example/scc");
    expect(nodes(service, (node) => node.type === "link").map((node) => (node as Link).url)).toEqual(["https://chat.example/scc"]);
  });

  it("says so when no data leaves the EU/EEA, with no entries", () => {
    const index = transfersIndex(policyOf([shop]));
    expect(index.sections).toEqual([]);
    expect(textOf(index)).toBe("Where does the data go?\nThe policy lists no transfers to countries outside the EU/EEA.");
    expect(textOf(transfersIndex(policyOf([shop]), "de"))).toContain("Die Erklärung nennt keine Übermittlungen in Länder außerhalb der EU/des EWR.");
  });

  it("is the same document for the same policy, byte for byte", () => {
    expect(JSON.stringify(indexOf(fullPolicy(), "de"))).toBe(JSON.stringify(indexOf(fullPolicy(), "de")));
  });
});
