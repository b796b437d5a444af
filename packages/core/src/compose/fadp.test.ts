import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { controller, policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import type { PolicyInput } from "../model/policy.js";
import type { ProcessorInput } from "../model/processor.js";
import type { ServiceInput } from "../model/service.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";

const zurich = {
  ...controller,
  name: "Beispiel Werkstatt AG",
  address: { street: "Limmatquai 1", postalCode: "8001", city: "Zürich", country: "CH" },
} as const;

/** A provider in France: under the FADP, data going there is disclosed abroad. */
const frenchProvider = {
  id: "mail-relay",
  name: "MailRelay",
  entity: { name: "MailRelay SAS", address: { street: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" } },
  description: { en: "MailRelay sends e-mails.", de: "MailRelay versendet E-Mails." },
} as const satisfies ProcessorInput;

const swissDpfProvider: ProcessorInput = {
  id: "video-calls",
  name: "CallCo",
  entity: { name: "CallCo Inc.", address: { street: "2 Main Street", postalCode: "10001", city: "New York", region: "NY", country: "US" } },
  description: { en: "CallCo runs video calls.", de: "CallCo betreibt Videoanrufe." },
  transfers: [
    {
      country: "US",
      mechanism: "EU-US-DPF",
      certification: { frameworks: ["EU-US", "Swiss-US"], source: "https://www.dataprivacyframework.gov/list", checked: "2026-12-01" },
    },
  ],
};

const service = (id: string, processor: ProcessorInput): ServiceInput => ({
  id,
  name: { en: id, de: id },
  processor,
  purposes: [
    { purpose: "essential.service", legalBasis: "A6-1-b" },
    { purpose: "essential.service.security", legalBasis: "A6-1-f", legitimateInterest: { en: "Safety.", de: "Sicherheit." } },
  ],
  data: ["user.contact.email", "user.contact.address.street"],
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

const services = [
  { ...shop, deviceAccess: [cookie] },
  service("relay", frenchProvider),
  service("calls", swissDpfProvider),
  service("notes", usProvider),
];

function text(locale: Locale, extra: Partial<PolicyInput> = {}, list: readonly ServiceInput[] = services): string {
  return compose(policyOf(list, { controller: zurich, ...extra }), { locale })
    .sections.map((section) => textOf(section))
    .join("\n");
}

function section(locale: Locale, id: string, extra: Partial<PolicyInput> = {}, list: readonly ServiceInput[] = services): string {
  return textOf(sectionById(compose(policyOf(list, { controller: zurich, ...extra }), { locale }), id)!);
}

describe("a policy for a controller in Switzerland that names no jurisdictions", () => {
  it.each(["en", "de"] as const)("is written under the FADP (%s): no GDPR, no legal bases, no EU terms", (locale) => {
    const all = text(locale);
    expect(all).not.toMatch(/GDPR|DSGVO|Art\. 6\(1\)|Art\. 6 Abs\. 1 lit|European Commission|Europäische Kommission|EU\/EEA|ePrivacy/);
    expect(all).not.toMatch(/Legal basis|Rechtsgrundlage/);
    expect(sectionById(compose(policyOf(services, { controller: zurich }), { locale }), "service-shop--legal-basis")).toBeUndefined();
  });

  it("writes the German we write in Swiss spelling and the DSG's terms; names and texts from the policy stay as given", () => {
    const all = text("de", { controller: { ...zurich, name: "Weiße Rose AG" } });
    expect(all.replaceAll("Weiße Rose AG", "")).not.toContain("ß");
    expect(all).toContain("Weiße Rose AG");
    expect(all).toContain("Strasse und Hausnummer");
    expect(all).not.toMatch(/personenbezogen|Auftragsverarbeiter|[Vv]erarbeit/);
    const index = compose(policyOf(services, { controller: zurich }), { locale: "de", index: true }).index ?? [];
    expect(index.map((entry) => textOf(entry)).join("\n")).not.toMatch(/[Vv]erarbeit|personenbezogen|ß/);
    expect(section("de", "controller")).toContain("im Sinne des Bundesgesetzes über den Datenschutz (Datenschutzgesetz, DSG)");
    expect(section("de", "overview")).toContain(
      "Mit dieser Datenschutzerklärung informieren wir Sie nach Art. 19 DSG darüber, wie die Beispiel Werkstatt AG",
    );
    expect(section("en", "overview")).toContain(
      "With this privacy policy, we inform you as Art. 19 FADP requires: how Beispiel Werkstatt AG processes",
    );
  });

  it("names the processor's duty as Art. 9 FADP, in the DSG's term (Auftragsbearbeiter)", () => {
    expect(section("en", "service-relay--about")).toContain("as we ourselves would be permitted to (Art. 9 FADP)");
    expect(section("de", "service-relay--about")).toContain("als unser Auftragsbearbeiter");
  });

  it("lists disclosures abroad with the Federal Council's list, the Swiss-US Privacy Framework, or no confirmed ground (Art. 16, 19 para. 4 FADP)", () => {
    const en = section("en", "transfers");
    expect(en).toContain("Each disclosure rests on one of the grounds the FADP allows (Art. 16 and 17 FADP)");
    expect(en).toContain("Adequate protection recognised by the Federal Council (Art. 16 para. 1 FADP)");
    expect(en).toContain("France – relay (recipient: MailRelay SAS)");
    expect(en).toContain("Listed in Annex 1 to the Data Protection Ordinance (DPO).");
    expect(en).toContain("Swiss-US Privacy Framework (Art. 16 para. 1 FADP in conjunction with Annex 1 DPO)");
    expect(en).toContain("United States – notes");
    expect(en).toContain("the provider’s documents do not confirm a ground under Swiss law");
    const de = section("de", "transfers");
    expect(de).toContain("Datenschutzrahmen zwischen der Schweiz und den USA (Art. 16 Abs. 1 DSG i. V. m. Anhang 1 DSV)");
    expect(de).toContain("Aufgeführt in Anhang 1 der Datenschutzverordnung (DSV).");
  });

  it("gives the rights of the FADP: information (Art. 25), rectification and the claims of Art. 32, portability (Art. 28)", () => {
    const en = section("en", "rights");
    expect(en).toContain("Information (Art. 25 FADP)");
    expect(en).toContain("Rectification (Art. 32 para. 1 FADP)");
    expect(en).toContain("Prohibition and erasure (Art. 32 para. 2 FADP)");
    expect(en).toContain("Data portability (Art. 28 FADP)");
    expect(en).toContain("within 30 days of receiving your request");
    expect(en).toContain("at most CHF 300");
    expect(en).not.toMatch(/Restriction of processing|Notification of recipients/);
    expect(section("de", "rights")).toContain("Datenherausgabe oder -übertragung (Art. 28 DSG)");
  });

  it("rests the right to object and the withdrawal of consent on Art. 30 para. 2 let. b FADP", () => {
    expect(section("en", "objection")).toContain("(Art. 30 para. 2 let. b and Art. 31 FADP)");
    expect(section("de", "objection")).toContain("(Art. 30 Abs. 2 Bst. b und Art. 31 DSG)");
  });

  it("tells people how to report to the FDPIC (Art. 49 FADP), naming it with what its own pages confirm", () => {
    const en = section("en", "complaint");
    expect(en).toMatch(/^Reporting to the FDPIC\n/);
    expect(en).toContain("(Art. 49 FADP)");
    expect(en).toContain("You are not a party to the investigation");
    expect(en).toContain("https://www.edoeb.admin.ch/");
    // The address is not confirmed by the FDPIC's own pages: it is not stated.
    expect(en).not.toContain("Feldeggweg");
    expect(section("de", "complaint")).toMatch(/^Anzeige beim EDÖB\n/);
  });

  it("cites Art. 45c FMG for cookies: information and a right to refuse", () => {
    const en = section("en", "device-access");
    expect(en).toContain("Art. 45c of the Swiss Telecommunications Act (Fernmeldegesetz, FMG) allows this only where you are told about it");
    expect(en).toContain("Information and right to refuse (Art. 45c let. b FMG)");
    expect(section("de", "device-access")).toContain("Information und Ablehnungsrecht (Art. 45c Bst. b FMG)");
    const statistics = { ...cookie, name: "stats", ground: "statistics" } as const;
    const withStatistics = section("en", "device-access", { deviceAccess: [statistics] });
    expect(withStatistics).not.toContain("Statistics, you can object");
    expect(withStatistics.match(/Information and right to refuse \(Art\. 45c let\. b FMG\)/g)).toHaveLength(2);
  });
});

describe("a policy under both the GDPR and the FADP", () => {
  const both: Partial<PolicyInput> = { jurisdictions: ["fadp", "gdpr"] };

  it("is written under the GDPR, and says once where the FADP adds to it", () => {
    expect(section("en", "overview", both)).toContain("For people in Switzerland, the Swiss Federal Act on Data Protection (FADP) applies as well.");
    expect(section("en", "service-shop--legal-basis", both)).toContain("Art. 6(1)(b) GDPR");
    expect(section("en", "rights", both)).toContain("People in Switzerland have the rights of the FADP");
    expect(section("en", "complaint", both)).toContain(
      "In Switzerland, you can report a breach of data protection law to the Federal Data Protection and Information Commissioner (FDPIC).",
    );
  });

  it("names no EU authority as the Swiss controller's own: it has no lead authority in the EU, so it points to the EDPB's list", () => {
    const en = section("en", "complaint", both);
    expect(en).not.toContain("The supervisory authority responsible for us is:");
    expect(en).toContain("https://www.edpb.europa.eu/");
  });

  it("lists the disclosures abroad under the FADP beside the GDPR's transfers", () => {
    const en = section("en", "transfers", both);
    expect(en).toContain("EU-US Data Privacy Framework");
    expect(en).toContain("For people in Switzerland: disclosure abroad under the FADP");
    expect(en).toContain("France – relay (recipient: MailRelay SAS): Adequate protection recognised by the Federal Council (Art. 16 para. 1 FADP)");
    expect(en).toContain("United States – calls (recipient: CallCo Inc.): Swiss-US Privacy Framework");
    expect(en).toContain("United States – notes (recipient: CloudNotes Inc.): the provider’s documents do not confirm a ground under Swiss law");
  });

  it("is spelled as in Switzerland in German for a Swiss controller, as in Germany for a German one", () => {
    expect(text("de", both, [shop]).replaceAll(/Straße/g, "")).not.toContain("ß");
    const german = compose(policyOf([shop], { ...both }), { locale: "de" });
    expect(textOf(sectionById(german, "overview")!)).toContain("Für Personen in der Schweiz gilt außerdem");
  });
});
