import { describe, expect, it } from "vitest";
import { allSections, sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { controller, policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import type { PolicyInput } from "../model/policy.js";
import type { ProcessorInput } from "../model/processor.js";
import type { ServiceInput } from "../model/service.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";

const london = {
  ...controller,
  name: "Example Tutors Ltd",
  address: { street: "1 Fenchurch Street", postalCode: "EC3M 3BY", city: "London", country: "GB" },
} as const;

/** A provider in Ireland: under the UK GDPR, data going there leaves the UK. */
const irishProvider = {
  id: "mail-relay",
  name: "MailRelay",
  entity: { name: "MailRelay Europe Ltd", address: { street: "1 Dock Road", postalCode: "D02 X285", city: "Dublin", country: "IE" } },
  description: { en: "MailRelay sends e-mails.", de: "MailRelay versendet E-Mails." },
} as const satisfies ProcessorInput;

/** A US provider certified under the DPF, with or without the UK Extension. */
function dpfProvider(frameworks: readonly ("EU-US" | "UK-Extension")[]): ProcessorInput {
  return {
    id: "video-calls",
    name: "CallCo",
    entity: { name: "CallCo Inc.", address: { street: "2 Main Street", postalCode: "10001", city: "New York", region: "NY", country: "US" } },
    description: { en: "CallCo runs video calls.", de: "CallCo betreibt Videoanrufe." },
    transfers: [
      {
        country: "US",
        mechanism: "EU-US-DPF",
        certification: { frameworks: [...frameworks], source: "https://www.dataprivacyframework.gov/list", checked: "2026-12-01" },
      },
    ],
  };
}

const service = (id: string, processor: ProcessorInput): ServiceInput => ({
  id,
  name: { en: id, de: id },
  processor,
  purposes: [
    { purpose: "essential.service", legalBasis: "A6-1-b" },
    { purpose: "essential.service.security", legalBasis: "A6-1-f", legitimateInterest: { en: "Safety.", de: "Sicherheit." } },
  ],
  data: ["user.contact.email"],
  subjects: ["customer"],
  retention: { duration: "P30D" },
});

const cookie = {
  name: "cart",
  purpose: { en: "Keeps your basket.", de: "Merkt sich den Warenkorb." },
  duration: "session",
  party: "first",
  ground: "strictly-necessary",
} as const;

function ukText(locale: Locale, services: readonly ServiceInput[] = [{ ...shop, deviceAccess: [cookie] }], extra: Partial<PolicyInput> = {}): string {
  const document = compose(policyOf(services, { controller: london, ...extra }), { locale });
  return document.sections.map((section) => textOf(section)).join("\n");
}

function section(locale: Locale, id: string, services: readonly ServiceInput[], extra: Partial<PolicyInput> = {}): string {
  return textOf(sectionById(compose(policyOf(services, { controller: london, ...extra }), { locale }), id)!);
}

describe("a policy for a controller in the UK that names no jurisdictions", () => {
  const services = [
    { ...shop, deviceAccess: [cookie] },
    service("relay", irishProvider),
    service("calls", dpfProvider(["EU-US", "UK-Extension"])),
    service("notes", usProvider),
  ];

  it.each(["en", "de"] as const)(
    "is written under the UK GDPR (%s): no citation of the EU's GDPR, no EU adequacy, no EU representative",
    (locale) => {
      const text = ukText(locale, services);
      expect(text).not.toMatch(/(?<!UK) GDPR\b/);
      expect(text).not.toMatch(/DSGVO|European Commission|Europäische Kommission|EU\/EEA|EU\/des EWR|\(EEA\)|\(EWR\)|ePrivacy/);
      expect(text).not.toContain("Commission Implementing Decision");
    },
  );

  it("cites the UK GDPR: Art. 6(1)(b) UK GDPR, Art. 6 Abs. 1 lit. f UK GDPR, Art. 22C UK GDPR for automated decisions", () => {
    expect(ukText("en", services)).toContain("Art. 6(1)(b) UK GDPR");
    expect(ukText("de", services)).toContain("Art. 6 Abs. 1 lit. f UK GDPR");
    expect(section("en", "rights", services)).toContain("Automated decisions (Art. 22C UK GDPR)");
    expect(section("en", "automated-decisions", services)).toContain("without meaningful human involvement (Art. 22A UK GDPR)");
    expect(section("en", "objection", services)).toContain("on the basis of our legitimate interests (Art. 6(1)(f) UK GDPR)");
  });

  it("names the Data Protection Act 2018 beside the UK GDPR", () => {
    expect(section("en", "overview", services)).toContain(
      "Besides the UK General Data Protection Regulation (UK GDPR), the Data Protection Act 2018 applies where it supplements it.",
    );
    expect(section("de", "overview", services)).toContain(
      "Neben der britischen Datenschutz-Grundverordnung (UK GDPR) gilt der Data Protection Act 2018, soweit er sie ergänzt.",
    );
  });

  it("cites PECR for cookies, with the exceptions of its Schedule A1", () => {
    const en = section("en", "device-access", services);
    expect(en).toContain(
      "Regulation 6 of the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR) allows this only with your consent",
    );
    expect(en).toContain("Strictly necessary (PECR, Schedule A1, para. 4)");
    expect(section("de", "device-access", services)).toContain("Unbedingt erforderlich (PECR, Schedule A1, Paragraph 4)");
  });

  it("tells people to complain to the controller first (s. 164A DPA 2018), then to the regulator (s. 165 DPA 2018)", () => {
    const en = section("en", "complaint", services);
    expect(en).toMatch(/^How to complain\n/);
    expect(en).toContain("you can complain to us (see “Contact”). We confirm within 30 days that we have received your complaint");
    expect(en).toContain("(section 164A of the Data Protection Act 2018)");
    expect(en).toContain(
      "the UK’s data protection regulator, the ICO, if you believe that our processing of your personal data infringes data protection law (section 165 of the Data Protection Act 2018)",
    );
    expect(en).toContain("https://ico.org.uk/make-a-complaint/data-protection-complaints");
    expect(section("de", "complaint", services)).toContain("(Section 164A Data Protection Act 2018)");
    expect(section("de", "complaint", services)).toContain("(Section 165 Data Protection Act 2018)");
  });
});

describe("transfers under the UK GDPR", () => {
  const transfers = (locale: Locale, services: readonly ServiceInput[]) => section(locale, "transfers", services);

  it("count data going to the EEA as leaving the UK, on the UK's adequacy regulations (Art. 45A UK GDPR)", () => {
    const text = transfers("en", [service("relay", irishProvider)]);
    expect(text).toContain("Transfers approved by UK regulations (adequacy) (Art. 45A UK GDPR)");
    expect(text).toContain("Ireland – relay (recipient: MailRelay Europe Ltd)");
    expect(text).toContain("Recognised in Data Protection Act 2018, Schedule 21, paragraphs 4 and 5.");
    expect(section("en", "service-relay--storage", [service("relay", irishProvider)])).toContain(
      "The data is transferred to countries outside the United Kingdom:\nIreland (recipient: MailRelay Europe Ltd): transfers approved by UK regulations (adequacy)",
    );
  });

  it("rest on the UK Extension where the recipient's DPF certification includes it", () => {
    const text = transfers("en", [service("calls", dpfProvider(["EU-US", "UK-Extension"]))]);
    expect(text).toContain(
      "UK Extension to the EU-US Data Privacy Framework (Art. 45A UK GDPR in conjunction with the Data Protection (Adequacy) (United States of America) Regulations 2023)",
    );
    expect(text).toContain("For US organisations that take part in the UK Extension");
  });

  it("name no ground where the provider's documents give none under UK law: EU clauses, or the DPF without the UK Extension", () => {
    for (const provider of [usProvider, dpfProvider(["EU-US"])]) {
      const text = transfers("en", [service("cloud", provider)]);
      expect(text).toContain("United States – cloud");
      expect(text).toContain("the provider’s documents do not confirm a ground under UK law");
      expect(text).not.toMatch(/standard contractual clauses|EU-US Data Privacy Framework \(/);
    }
  });

  it("keep the grounds a service states under UK law, as stated", () => {
    const idta: ServiceInput = { ...service("cloud", usProvider), transfers: [{ country: "US", mechanism: "UK-IDTA" }] };
    const text = transfers("en", [idta]);
    expect(text).toContain("International data transfer agreement (IDTA) issued by the Information Commissioner (Art. 46(2)(d) UK GDPR)");
    expect(text).toContain("You can ask us for a copy of the safeguards");
    expect(text).not.toContain("do not confirm");
  });

  it("are none for data that stays in the UK", () => {
    expect(section("en", "service-shop--storage", [shop])).toContain("The data is not transferred to countries outside the United Kingdom.");
    expect(section("de", "service-shop--storage", [shop])).toContain(
      "Die Daten werden nicht in Länder außerhalb des Vereinigten Königreichs übermittelt.",
    );
  });
});

describe("the law the text follows", () => {
  it("is the GDPR for a UK company that names only the GDPR: EU citations, the ePrivacy Directive, no UK act", () => {
    const document = compose(policyOf([{ ...shop, deviceAccess: [cookie] }], { controller: london, jurisdictions: ["gdpr"] }), { locale: "en" });
    const text = allSections(document)
      .map((s) => textOf(s, false))
      .join("\n");
    expect(text).toContain("Art. 6(1)(b) GDPR");
    expect(text).not.toContain("UK GDPR");
    expect(text).not.toContain("Data Protection Act 2018");
    expect(text).toContain("Strictly necessary (Art. 5(3) ePrivacy Directive)");
  });

  it("ignores a UK ground in a policy written under the GDPR", () => {
    const idta: ServiceInput = { ...service("cloud", usProvider), transfers: [{ country: "US", mechanism: "UK-IDTA" }] };
    const text = textOf(sectionById(compose(policyOf([idta]), { locale: "en" }), "service-cloud--storage")!);
    expect(text).not.toContain("IDTA");
  });
});

describe("recognised legitimate interests (Art. 6(1)(ea) UK GDPR)", () => {
  const security: ServiceInput = {
    ...shop,
    purposes: [{ purpose: "essential.service.security", legalBasis: "A6-1-ea" }],
  };

  it("are cited as the legal basis, and give the right to object (Art. 21(1) UK GDPR covers point (ea))", () => {
    expect(section("en", "service-shop--legal-basis", [security])).toContain("Art. 6(1)(ea) UK GDPR (recognised legitimate interests)");
    expect(section("de", "service-shop--legal-basis", [security])).toContain("Art. 6 Abs. 1 lit. ea UK GDPR (anerkannte berechtigte Interessen)");
    const objection = section("en", "objection", [security]);
    expect(objection).toContain(
      "Where we process your personal data for a recognised legitimate interest (Art. 6(1)(ea) UK GDPR), you have the right to object",
    );
    expect(section("de", "objection", [security])).toContain("für ein anerkanntes berechtigtes Interesse (Art. 6 Abs. 1 lit. ea UK GDPR)");
  });

  it("give no right to data portability", () => {
    expect(section("en", "rights", [security])).not.toContain("Data portability");
  });
});

describe("the statistics exception of PECR (Schedule A1)", () => {
  const statistics = {
    name: "page_stats",
    purpose: { en: "Counts which pages are read, to improve them.", de: "Zählt, welche Seiten gelesen werden, um sie zu verbessern." },
    duration: "P6M",
    party: "first",
    ground: "statistics",
  } as const;

  it("is named as the ground, and the text says how to object", () => {
    const en = section("en", "device-access", [shop], { deviceAccess: [statistics] });
    expect(en).toContain("Statistics, you can object (PECR, Schedule A1)");
    expect(en).toContain("or where it only collects statistics on the use of our website to improve it.");
    expect(en).toContain("You can object at any time to the storing and reading of information for statistics (see “Contact”).");
    const de = section("de", "device-access", [shop], { deviceAccess: [statistics] });
    expect(de).toContain("Statistik, Widerspruch möglich (PECR, Schedule A1)");
    expect(de).toContain("Dem Speichern und Auslesen von Informationen für Statistiken können Sie jederzeit widersprechen (siehe „Kontakt“).");
  });

  it("says nothing of objecting where no cookie rests on it", () => {
    expect(section("en", "device-access", [{ ...shop, deviceAccess: [cookie] }])).not.toContain("You can object");
  });
});
