import type { Link } from "mdast";
import { afterEach, describe, expect, it, vi } from "vitest";
import { contractOnly, controller, fullPolicy, policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import { allSections, documentText, inlineText, nodesOf, sectionById, sectionsOfKind, textOf } from "../../test/fixtures/compose/helpers.js";
import type { Policy } from "../model/resolved.js";
import type { ServiceInput } from "../model/service.js";
import { compose } from "./compose.js";
import { sectionKinds, type PolicyDocument, type SectionKind } from "./document.js";

const both = (policy: Policy) => [compose(policy, { locale: "en" }), compose(policy, { locale: "de" })] as const;
const kinds = (document: PolicyDocument) => document.sections.map((section) => section.kind);
const has = (document: PolicyDocument, kind: SectionKind) => allSections(document).some((section) => section.kind === kind);

describe("compose: structure and ids", () => {
  it("gives every section the same id in English and German", () => {
    const [en, de] = both(fullPolicy());
    expect(allSections(de).map((section) => section.id)).toEqual(allSections(en).map((section) => section.id));
    expect(allSections(de).map((section) => section.kind)).toEqual(allSections(en).map((section) => section.kind));
    // ...while the titles are really translated.
    expect(sectionById(de, "rights")?.title).toBe("Ihre Rechte");
    expect(sectionById(en, "rights")?.title).toBe("Your rights");
  });

  it("gives unique ids of lower-case letters, digits and hyphens", () => {
    for (const document of both(fullPolicy())) {
      const ids = allSections(document).map((section) => section.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/);
    }
  });

  it("keeps ids apart even when one service id extends another", () => {
    const data = { ...shop, id: "shop-data", name: { en: "Shop data", de: "Shopdaten" } };
    const ids = allSections(compose(policyOf([shop, data]), { locale: "en" })).map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("service-shop--data");
    expect(ids).toContain("service-shop-data");
    expect(ids).toContain("service-shop-data--data");
  });

  it("derives ids from the kind and the service id", () => {
    const document = compose(fullPolicy(), { locale: "en" });
    expect(document.sections.map((section) => section.id)).toEqual(kinds(document));
    const notes = sectionById(document, "service-notes");
    expect(notes?.kind).toBe("service");
    expect(notes?.serviceId).toBe("notes");
    expect(notes?.sections.map((section) => section.id)).toEqual([
      "service-notes--about",
      "service-notes--purposes",
      "service-notes--data",
      "service-notes--storage",
      "service-notes--deletion",
      "service-notes--legal-basis",
    ]);
    for (const section of allSections(document)) expect(sectionKinds).toContain(section.kind);
  });

  it("puts the overview first, then the services, then the general sections in a fixed order", () => {
    expect(kinds(compose(fullPolicy(), { locale: "en" }))).toEqual([
      "overview",
      "services",
      "recipients",
      "transfers",
      "retention",
      "rights",
      "objection",
      "consent",
      "complaint",
      "automated-decisions",
      "device-access",
      "changes",
      "contact",
    ]);
    expect(kinds(compose(contractOnly(), { locale: "en" }))).toEqual([
      "overview",
      "services",
      "recipients",
      "retention",
      "rights",
      "complaint",
      "automated-decisions",
      "changes",
      "contact",
    ]);
  });

  it("answers the six questions of every service in order, each tagged with the service", () => {
    for (const document of both(fullPolicy())) {
      const services = sectionsOfKind(document, "service");
      expect(services.map((section) => section.serviceId)).toEqual(["shop", "newsletter", "notes"]);
      for (const service of services) {
        expect(service.sections.map((section) => section.kind)).toEqual([
          "service-about",
          "service-purposes",
          "service-data",
          "service-storage",
          "service-deletion",
          "service-legal-basis",
        ]);
        for (const part of service.sections) expect(part.serviceId).toBe(service.serviceId);
      }
    }
  });

  it("asks about the product by name, and about in-house processing in general words", () => {
    const [en, de] = both(fullPolicy());
    expect(sectionById(en, "service-notes--about")?.title).toBe("What is CloudNotes?");
    expect(sectionById(de, "service-notes--purposes")?.title).toBe("Wozu nutzen wir CloudNotes?");
    expect(sectionById(en, "service-shop--data")?.title).toBe("What data is processed?");
    expect(sectionById(de, "service-shop--about")?.title).toBe("Worum geht es?");
  });

  it("fills the overview: controller, data protection officer and the table of services", () => {
    const document = compose(fullPolicy(), { locale: "en" });
    const overview = sectionById(document, "overview")!;
    expect(overview.sections.map((section) => section.kind)).toEqual(["controller", "data-protection-officer", "summary"]);
    expect(textOf(sectionById(document, "controller")!)).toContain("Hauptstraße 1\n10115 Berlin\nGermany");
    expect(textOf(sectionById(document, "data-protection-officer")!)).toContain("Dana Schutz");
    const table = sectionById(document, "summary")!.content.find((block) => block.type === "table");
    expect(table?.type).toBe("table");
    if (table?.type !== "table") return;
    expect(table.children).toHaveLength(4); // header + 3 services
    const cells = (row: number) => table.children[row]!.children.map((cell) => inlineText(cell.children));
    expect(cells(0)).toEqual(["Service", "Purpose", "Legal basis", "Data", "Storage period", "Where processed"]);
    expect(cells(3)).toEqual([
      "Shared notes",
      "Providing the service, security",
      "Providing the service: Art. 6(1)(b) GDPR; security: Art. 6(1)(f) GDPR",
      "Name, IP address",
      "30 days",
      "United States",
    ]);
    expect(cells(2)[4]).toBe("until you unsubscribe");
  });

  it("captions every table and marks contact blocks, in both languages", () => {
    const [en, de] = both(fullPolicy());
    const tables = (document: PolicyDocument) =>
      allSections(document).flatMap((section) => section.content.filter((block) => block.type === "table"));
    expect(tables(en).map((table) => table.data?.caption)).toEqual([
      "The services, what they are for, their legal basis, the data, how long it is kept and where",
      "Cookies and similar technologies, who sets them, why, for how long and on what legal ground",
    ]);
    expect(tables(de).map((table) => table.data?.caption)).toEqual([
      "Die Dienste, wofür sie dienen, ihre Rechtsgrundlage, die Daten, wie lange sie gespeichert werden und wo",
      "Cookies und ähnliche Techniken: wer sie setzt, wozu, wie lange und auf welcher Rechtsgrundlage",
    ]);
    const addressBlocks = (id: string) => sectionById(en, id)!.content.filter((block) => block.type === "paragraph" && block.data?.address === true);
    expect(addressBlocks("controller").map((block) => inlineText(block.type === "paragraph" ? block.children : []))).toEqual([
      "Beispiel Werkstatt GmbH\nHauptstraße 1\n10115 Berlin\nGermany\nE-mail: privacy@werkstatt.example",
    ]);
    expect(addressBlocks("data-protection-officer")).toHaveLength(1);
    expect(addressBlocks("contact").length).toBeGreaterThanOrEqual(2); // controller and DPO
    // The paragraph introducing the block is plain text, not contact details.
    expect(sectionById(en, "controller")!.content[0]).toMatchObject({ type: "paragraph" });
    expect(sectionById(en, "controller")!.content[0]!.data).toBeUndefined();
  });

  it("adds the representative and joint controllers only when the policy names them", () => {
    const plain = compose(contractOnly(), { locale: "en" });
    expect(has(plain, "representative")).toBe(false);
    expect(has(plain, "joint-controllers")).toBe(false);
    expect(has(plain, "data-protection-officer")).toBe(false);

    const partner = {
      name: "Partner AG",
      address: { street: "Ring 2", postalCode: "80331", city: "München", country: "DE" },
      email: "datenschutz@partner.example",
      phone: "+49 89 1234567",
      url: "https://partner.example",
    } as const;
    const document = compose(
      policyOf([shop], {
        representative: { name: "EU Rep Ltd", address: { street: "1 Quay", city: "Dublin", postalCode: "D02 X285", country: "IE" } },
        jointControllers: [{ party: partner, essence: { en: "We run the shop together.", de: "Wir betreiben den Shop gemeinsam." } }],
      }),
      { locale: "de" },
    );
    expect(textOf(sectionById(document, "representative")!)).toContain("EU Rep Ltd\n1 Quay\nDublin\nD02 X285\nIrland");
    const joint = textOf(sectionById(document, "joint-controllers")!);
    // Their contact details too: people may exercise their rights with each joint controller.
    expect(joint).toContain(
      "Partner AG\nRing 2\n80331 München\nDeutschland\nE-Mail: datenschutz@partner.example\nTelefon: +49 89 1234567\nWebsite: https://partner.example",
    );
    expect(joint).toContain("Wir betreiben den Shop gemeinsam.");
    expect(joint).toContain("Art. 26 Abs. 3 DSGVO");
    expect(textOf(sectionById(document, "recipients")!)).toContain("Partner AG");
  });
});

describe("compose: sections the policy calls for", () => {
  it("has no consent section without consent", () => {
    const document = compose(contractOnly(), { locale: "en" });
    expect(has(document, "consent")).toBe(false);
    expect(documentText(document)).not.toContain("withdraw");
  });

  it("has a consent section where consent is a basis, naming the services", () => {
    const [en, de] = both(fullPolicy());
    const consent = textOf(sectionById(en, "consent")!);
    expect(consent).toContain("Art. 7(3) GDPR");
    expect(consent).toContain("This concerns: Newsletter.");
    expect(consent).toContain("cookies and similar technologies that need your consent");
    expect(textOf(sectionById(de, "consent")!)).toContain("mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO)");
  });

  it("counts explicit consent for special categories (Art. 9(2)(a)) and cookies set with consent as consent", () => {
    const health = policyOf([
      {
        ...shop,
        data: ["user.health_and_medical"],
        specialCategoryCondition: "A9-2-a",
      },
    ]);
    const document = compose(health, { locale: "en" });
    expect(has(document, "consent")).toBe(true);
    expect(textOf(sectionById(document, "service-shop--legal-basis")!)).toContain("we also rely on Art. 9(2)(a) GDPR (explicit consent)");
    expect(textOf(sectionById(document, "service-shop--data")!)).toContain("a special category of personal data (Art. 9(1) GDPR)");

    const cookie = policyOf([shop], {
      deviceAccess: [{ name: "_stats", purpose: "Counts visits.", duration: "P1Y", party: "first", ground: "consent" }],
      locales: ["en"],
    });
    expect(has(compose(cookie, { locale: "en" }), "consent")).toBe(true);
  });

  it("has no objection section without Art. 6(1)(e)/(f) or direct marketing", () => {
    const document = compose(contractOnly(), { locale: "en" });
    expect(has(document, "objection")).toBe(false);
    expect(textOf(sectionById(document, "overview")!, false)).not.toContain("object");
  });

  it("sets the right to object apart, with the services and purposes it concerns", () => {
    const [en, de] = both(fullPolicy());
    const objection = textOf(sectionById(en, "objection")!);
    expect(objection).toContain("on the basis of our legitimate interests (Art. 6(1)(f) GDPR)");
    expect(objection).toContain("on grounds relating to your particular situation");
    expect(objection).toContain("This concerns: Shared notes (security).");
    expect(objection).toContain("for direct marketing, you can object to this at any time, without giving reasons");
    expect(objection).toContain("This concerns: Newsletter.");
    expect(objection).toContain("privacy@werkstatt.example");
    expect(sectionById(de, "objection")?.title).toBe("Widerspruchsrecht");
    // Art. 21(4): the reader is pointed to it from the start.
    expect(textOf(sectionById(en, "overview")!, false)).toContain("(see “Your right to object”)");
  });

  it("gives the right to object for direct marketing on any basis, and for a public task", () => {
    const marketing = policyOf([{ ...shop, purposes: [{ purpose: "marketing.advertising.first_party.targeted", legalBasis: "A6-1-b" }] }]);
    const objection = textOf(sectionById(compose(marketing, { locale: "en" }), "objection")!);
    expect(objection).toContain("direct marketing");
    expect(objection).not.toContain("particular situation");

    const publicTask = policyOf([{ ...shop, purposes: [{ purpose: "essential.service", legalBasis: "A6-1-e" }] }]);
    const text = textOf(sectionById(compose(publicTask, { locale: "de" }), "objection")!);
    expect(text).toContain(
      "zur Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt (Art. 6 Abs. 1 lit. e DSGVO)",
    );
    expect(text).not.toContain("Direktwerbung");
  });

  it("has a transfers section only with transfers, naming country and mechanism", () => {
    expect(has(compose(contractOnly(), { locale: "en" }), "transfers")).toBe(false);
    const [en, de] = both(fullPolicy());
    const transfers = textOf(sectionById(en, "transfers")!);
    expect(transfers).toContain("United States – Shared notes (recipient: CloudNotes Inc.)");
    expect(transfers).toContain("Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)");
    expect(transfers).toContain("You can ask us for a copy of the standard contractual clauses (see “Contact”).");
    const german = textOf(sectionById(de, "transfers")!);
    expect(german).toContain("Vereinigte Staaten – Gemeinsame Notizen (Empfänger: CloudNotes Inc.)");
    expect(german).toContain("Standardvertragsklauseln der EU-Kommission (Art. 46 Abs. 2 lit. c DSGVO)");
    expect(german).toContain("Drittländer");
  });

  it("says the data stays in the EU/EEA only where every known country is in it", () => {
    const document = compose(fullPolicy(), { locale: "en" });
    expect(textOf(sectionById(document, "service-shop--storage")!)).toContain("is not transferred to countries outside the European Union");
    expect(textOf(sectionById(document, "service-notes--storage")!)).not.toContain("is not transferred");
    const swiss = policyOf([{ ...shop, recipients: [{ name: "Treuhand AG", country: "CH" }] }], { locales: ["en"] });
    const storage = textOf(sectionById(compose(swiss, { locale: "en" }), "service-shop--storage")!);
    expect(storage).toContain("Countries where the data is processed: Germany and Switzerland.");
    expect(storage).not.toContain("not transferred");
  });

  it("has a device-access section only with cookies or similar technologies, listing the policy's and each service's", () => {
    expect(has(compose(contractOnly(), { locale: "en" }), "device-access")).toBe(false);
    const [en, de] = both(fullPolicy());
    const cookies = textOf(sectionById(en, "device-access")!);
    expect(cookies).toContain("Section 25 of the German Telecommunications Digital Services Data Protection Act (TDDDG)");
    expect(cookies).toContain("_stats");
    expect(cookies).toContain("Consent (Section 25(1) TDDDG)");
    expect(cookies).toContain("cn_session");
    expect(cookies).toContain("CloudNotes Inc. (Shared notes)");
    expect(cookies).toContain("until the end of the browser session");
    expect(cookies).toContain("13 months");
    const german = textOf(sectionById(de, "device-access")!);
    expect(german).toContain("Unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG)");
    expect(german).toContain("13 Monate");
    expect(german).toContain("Cookie (Drittanbieter)");
  });

  it("says of storage with no expiry that it stays until the visitor deletes it", () => {
    const kept = {
      name: "widget_id",
      technology: "local-storage" as const,
      purpose: { en: "Remembers the widget.", de: "Merkt sich das Widget." },
      duration: "persistent",
      party: "first" as const,
      ground: "consent" as const,
    };
    const policy = policyOf([shop], { locales: ["en", "de"], deviceAccess: [kept] });
    expect(textOf(sectionById(compose(policy, { locale: "en" }), "device-access")!)).toContain("until you delete it in your browser");
    expect(textOf(sectionById(compose(policy, { locale: "de" }), "device-access")!)).toContain("bis Sie die Daten im Browser löschen");
  });

  it("cites the ePrivacy Directive for a controller in a country whose own provision it does not know", () => {
    const policy = policyOf([shop], {
      controller: { ...controller, address: { ...controller.address, country: "BE" } },
      deviceAccess: [{ name: "lang", purpose: "Remembers your language.", duration: "P1Y", party: "first", ground: "strictly-necessary" }],
      locales: ["en"],
    });
    const cookies = textOf(sectionById(compose(policy, { locale: "en" }), "device-access")!);
    expect(cookies).toContain("Art. 5(3) of the ePrivacy Directive 2002/58/EC");
    expect(cookies).not.toContain("TDDDG");
  });

  it("cites art. 11.7a Telecommunicatiewet for a controller in the Netherlands, with its exception for statistics and no objection it does not give", () => {
    const stats = {
      name: "_visits",
      purpose: { en: "Counts visits to improve our pages.", de: "Zählt Besuche, um unsere Seiten zu verbessern." },
      duration: "P6M",
      party: "first",
      ground: "statistics",
    } as const;
    const lang = {
      name: "lang",
      purpose: { en: "Remembers your language.", de: "Merkt sich Ihre Sprache." },
      duration: "P1Y",
      party: "first",
      ground: "strictly-necessary",
    } as const;
    const policy = policyOf([shop], {
      controller: { ...controller, address: { ...controller.address, country: "NL", postalCode: "1012 JS", city: "Amsterdam" } },
      deviceAccess: [lang, stats],
      locales: ["en", "de"],
    });
    const en = textOf(sectionById(compose(policy, { locale: "en" }), "device-access")!);
    expect(en).toContain("Article 11.7a of the Dutch Telecommunications Act (Telecommunicatiewet) allows this only with your consent");
    expect(en).toContain("Strictly necessary (Art. 11.7a(3)(b) Telecommunicatiewet)");
    expect(en).toContain("Quality or effectiveness of our service, with little or no effect on your privacy (Art. 11.7a(3)(b) Telecommunicatiewet)");
    expect(en).toContain(
      "allows this only with your consent, unless it is strictly necessary to provide a service you have expressly asked for, or its sole purpose is to transmit a communication. It also allows this without consent to learn about the quality or effectiveness of our service, where that has little or no effect on your privacy.",
    );
    expect(en).not.toContain("You can object");
    const de = textOf(sectionById(compose(policy, { locale: "de" }), "device-access")!);
    expect(de).toContain(
      "Qualität oder Wirksamkeit unseres Dienstes, mit keinen oder geringen Folgen für Ihre Privatsphäre (Art. 11.7a Abs. 3 Buchst. b Telecommunicatiewet)",
    );
  });

  it("names the supervisory authority, or says where to find the competent one", () => {
    const named = textOf(sectionById(compose(fullPolicy(), { locale: "en" }), "complaint")!);
    expect(named).toContain("Berliner Beauftragte für Datenschutz und Informationsfreiheit");
    expect(named).toContain("Art. 77 GDPR");
    const unnamed = compose(
      policyOf([shop], { controller: { ...controller, address: { ...controller.address, country: "PT", postalCode: "1100-048", city: "Lisboa" } } }),
      { locale: "de" },
    );
    const section = sectionById(unnamed, "complaint")!;
    expect(textOf(section)).toContain("Europäische Datenschutzausschuss");
    const links = nodesOf(section).filter((node): node is Link => node.type === "link");
    expect(links.map((link) => link.url)).toEqual(["https://www.edpb.europa.eu/about-edpb/about-edpb/members_de"]);
  });

  it("states that there are no automated decisions, or explains each one", () => {
    expect(textOf(sectionById(compose(contractOnly(), { locale: "en" }), "automated-decisions")!)).toContain(
      "We do not make decisions based solely on automated processing",
    );
    const policy = policyOf([shop], {
      locales: ["en"],
      automatedDecisions: [
        {
          id: "credit-check",
          name: "Credit check",
          profiling: true,
          logic: "A score from your payment history.",
          significance: "It decides whether you may pay by invoice.",
          consequences: "Without a good score you pay in advance.",
          exception: "contract",
        },
      ],
    });
    const text = textOf(sectionById(compose(policy, { locale: "en" }), "automated-decisions")!);
    expect(text).toContain("Credit check (includes profiling)");
    expect(text).toContain("How the decision is made: A score from your payment history.");
    expect(text).toContain("What it means for you: It decides whether you may pay by invoice.");
    expect(text).toContain("Consequences you can expect: Without a good score you pay in advance.");
    expect(text).toContain("Art. 22(2)(a) GDPR");
    expect(text).toContain("Art. 22(3) GDPR");
  });

  it("lists only the rights the legal bases give, and limits a right to the services it applies to", () => {
    const support: ServiceInput = {
      ...shop,
      id: "support",
      name: { en: "Support", de: "Support" },
      purposes: [{ purpose: "essential.service.operations.support", legalBasis: "A6-1-f", legitimateInterest: { en: "Helping.", de: "Helfen." } }],
    };
    const [en, de] = both(policyOf([shop, support]));
    const text = textOf(sectionById(en, "rights")!);
    expect(text).toContain("Access (Art. 15 GDPR)");
    // Portability follows from consent and contract only: not from the legitimate interest of "Support".
    expect(text).toContain("Data portability (Art. 20 GDPR)");
    expect(text).toContain("This right applies to: Online shop.");
    expect(text.match(/This right applies to/g)).toHaveLength(1);
    expect(textOf(sectionById(de, "rights")!)).toContain("Datenübertragbarkeit (Art. 20 DSGVO)");
    // A legal obligation alone gives no right to erasure or portability.
    const legal = policyOf([{ ...shop, purposes: [{ purpose: "essential.legal_obligation", legalBasis: "A6-1-c" }] }]);
    const rights = textOf(sectionById(compose(legal, { locale: "en" }), "rights")!);
    expect(rights).not.toContain("Erasure");
    expect(rights).not.toContain("portability");
    expect(rights).not.toContain("to object");
    expect(rights).toContain("to complain to a supervisory authority");
  });

  it("names where data comes from when not from the person (Art. 14(2)(f))", () => {
    const policy = policyOf([
      { ...shop, sources: [{ from: "data-subject" }, { from: "public", name: { en: "the trade register", de: "dem Handelsregister" } }] },
    ]);
    const [en, de] = both(policy);
    expect(textOf(sectionById(en, "service-shop--data")!)).toContain(
      "Where the data comes from:\nFrom you\nFrom publicly accessible sources: the trade register",
    );
    expect(textOf(sectionById(de, "service-shop--data")!)).toContain(
      "Herkunft der Daten:\nVon Ihnen\nAus öffentlich zugänglichen Quellen: dem Handelsregister",
    );
    expect(textOf(sectionById(compose(contractOnly(), { locale: "en" }), "service-shop--data")!)).not.toContain("comes from");
  });

  it("lists each provider once with its address and role, and every service it serves", () => {
    const second = { ...shop, id: "archive", name: { en: "Archive", de: "Archiv" }, processor: usProvider };
    const policy = policyOf([{ ...shop, processor: usProvider }, second], { locales: ["en"] });
    const text = textOf(sectionById(compose(policy, { locale: "en" }), "recipients")!);
    expect(text).toContain("CloudNotes Inc., 1 Market Street, San Francisco, CA 94105, United States. Processor for: Online shop and Archive.");
    expect(text.match(/CloudNotes Inc\./g)).toHaveLength(1);
    expect(textOf(sectionById(compose(contractOnly(), { locale: "en" }), "recipients")!)).toContain("do not pass it on to anyone");
  });
});

describe("compose: text from the policy stays text", () => {
  const hostile = "[x](javascript:alert(1)) <script>alert(1)</script> *bold* # heading";

  it("puts names and texts into text nodes only, and makes links only from checked URLs", () => {
    const policy = policyOf(
      [
        {
          ...shop,
          name: hostile,
          description: hostile,
          processor: {
            ...usProvider,
            name: hostile,
            entity: { ...usProvider.entity, name: hostile },
            urls: { privacyPolicy: "https://cloudnotes.example/privacy" },
          },
        },
      ],
      { locales: ["en"] },
    );
    for (const document of both(policy)) {
      const nodes = document.sections.flatMap((section) => nodesOf(section));
      expect(nodes.filter((node) => node.type === "html")).toEqual([]);
      const urls = nodes.filter((node): node is Link => node.type === "link").map((link) => link.url);
      for (const url of urls) expect(url).toMatch(/^(https:\/\/|mailto:|tel:\+?[0-9]+$)/);
      expect(urls).toContain("https://cloudnotes.example/privacy");
      expect(urls).toContain("mailto:privacy@werkstatt.example");
      expect(nodes.some((node) => node.type === "text" && node.value.includes("<script>"))).toBe(true);
    }
  });

  it("refuses a javascript: URL in a hand-built policy, keeping it as text", () => {
    const policy = contractOnly();
    const tampered: Policy = { ...policy, controller: { ...controller, url: "javascript:alert(1)" }, consentSettingsUrl: "data:text/html,x" };
    const document = compose(tampered, { locale: "en" });
    const nodes = document.sections.flatMap((section) => nodesOf(section));
    const urls = nodes.filter((node): node is Link => node.type === "link").map((link) => link.url);
    expect(urls.some((url) => url.startsWith("javascript:") || url.startsWith("data:"))).toBe(false);
    expect(nodes.some((node) => node.type === "text" && node.value.includes("javascript:alert(1)"))).toBe(true);
  });

  it("writes phone numbers as tel: links without spaces", () => {
    const policy = policyOf([shop], { controller: { ...controller, phone: "+49 30 1234 567" } });
    const urls = compose(policy, { locale: "en" })
      .sections.flatMap((section) => nodesOf(section))
      .filter((node): node is Link => node.type === "link")
      .map((link) => link.url);
    expect(urls).toContain("tel:+49301234567");
  });

  it("gives the rights contact's telephone number in the contact section and wherever requests go", () => {
    const policy = policyOf([shop], { rightsContact: { email: "privacy@shop.example", phone: "+1 800 555 0100" } });
    const document = compose(policy, { locale: "en" });
    const contact = textOf(sectionById(document, "contact")!);
    expect(contact).toContain("Phone: +1 800 555 0100");
    expect(textOf(sectionById(document, "rights")!)).toContain("privacy@shop.example or +1 800 555 0100");
  });
});

describe("compose: options and determinism", () => {
  afterEach(() => vi.useRealTimers());

  it("fills the document's meta from the policy", () => {
    const [en, de] = both(fullPolicy());
    expect(en.meta).toEqual({
      title: "Privacy policy",
      language: "en",
      version: "2.0",
      effective: "2026-03-01",
      updated: "2026-04-15",
      controller: "Beispiel Werkstatt GmbH",
    });
    expect(de.meta.title).toBe("Datenschutzerklärung");
    expect(de.meta.language).toBe("de");
  });

  it("refuses a locale it has no messages for, naming the option", () => {
    // @ts-expect-error: "sv" is not a locale
    expect(() => compose(contractOnly(), { locale: "sv" })).toThrow(/^locale must be one of "en", "de", "fr", "it", "es", "nl", "pl", got "sv"$/);
    // @ts-expect-error: options are required
    expect(() => compose(contractOnly())).toThrow(TypeError);
  });

  it("gives the same document whatever the clock says", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2001-01-01T23:30:00Z"));
    const early = JSON.stringify(both(fullPolicy()));
    vi.setSystemTime(new Date("2049-12-31T00:15:00Z"));
    const late = JSON.stringify(both(fullPolicy()));
    expect(late).toBe(early);
  });

  it("formats the policy's dates for the locale", () => {
    const [en, de] = both(fullPolicy());
    expect(textOf(sectionById(en, "changes")!)).toContain("This is version 2.0, effective from 1 March 2026. It was last updated on 15 April 2026.");
    expect(textOf(sectionById(en, "changes")!)).toContain("15 April 2026: Added shared notes.");
    expect(textOf(sectionById(de, "changes")!)).toContain(
      "Dies ist Version 2.0, gültig ab 1. März 2026. Zuletzt geändert wurde sie am 15. April 2026.",
    );
    expect(textOf(sectionById(de, "overview")!, false)).toContain("Version 2.0, gültig ab 1. März 2026. Zuletzt geändert am 15. April 2026.");
  });
});

describe("compose: a fresh tree each time", () => {
  it("is not changed by changes to an earlier document", () => {
    const first = compose(contractOnly(), { locale: "en" });
    for (const node of first.sections.flatMap((section) => nodesOf(section))) if (node.type === "text") node.value = "changed";
    const second = compose(contractOnly(), { locale: "en" });
    expect(textOf(sectionById(second, "rights")!)).toContain("Under the GDPR, you have the following rights");
    expect(textOf(sectionById(second, "automated-decisions")!)).toContain("We do not make decisions based solely on automated processing");
  });
});
