import { describe, expect, it } from "vitest";
import { notes, policyOf, shop, usProvider } from "../../test/fixtures/compose/policies.js";
import { serviceFacts } from "./service-facts.js";

describe("serviceFacts", () => {
  it("gives each service's facts in the text's words, in each language", () => {
    const policy = policyOf([shop, notes], { locales: ["en", "de"] });
    const [, en] = serviceFacts(policy, "en");
    expect(en).toEqual({
      id: "notes",
      name: "Notes",
      purposes: [{ purpose: "Providing the service", legalBasis: "Art. 6(1)(b) GDPR (contract or steps before entering into a contract)" }],
      subjects: ["Customers"],
      data: ["Name"],
      dataCategories: [{ id: "user.name", label: "Name" }],
      recipients: ["CloudNotes Inc., United States"],
      transfers: [
        {
          country: "United States",
          countryCode: "US",
          mechanism: "A46-2-c",
          ground: "Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)",
        },
      ],
      transfersUnconfirmed: false,
      retention: "30 days",
      retentionPeriods: [{ duration: "P30D", sentence: "We keep the data for 30 days." }],
      sources: [],
      provision: {
        requirement: "contractual",
        answer:
          "Yes, under our contract with you: providing it is a contractual requirement, not a statutory one. Without it, we cannot perform the contract.",
      },
    });
    const [, de] = serviceFacts(policy, "de");
    expect(de?.retention).toBe("30 Tage");
    expect(de?.purposes[0]?.legalBasis).toBe("Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen)");
  });

  it("answers whether the data must be provided in the policy's own words where it gives them, and not at all where the policy is silent", () => {
    const policy = policyOf([
      {
        ...shop,
        provision: {
          requirement: "voluntary",
          consequences: { en: "Without it we post the receipt.", de: "Ohne sie schicken wir den Beleg per Post." },
        },
      },
      { ...notes, provision: undefined },
    ]);
    const [shopFacts, notesFacts] = serviceFacts(policy, "de");
    expect(shopFacts?.provision).toEqual({
      requirement: "voluntary",
      answer: "Nein, die Angabe ist freiwillig. Ohne sie schicken wir den Beleg per Post.",
    });
    expect(notesFacts?.provision).toBeUndefined();
  });

  it("names where data comes from when not from the person: the service's sources, and each kind of data received from someone named", () => {
    const policy = policyOf([
      {
        ...notes,
        data: ["user.name", { category: "user.financial.credit_card", source: { en: "Our payment partner", de: "Unser Zahlungspartner" } }],
        sources: [{ from: "data-subject" }, { from: "public", name: { en: "The commercial register", de: "Das Handelsregister" } }],
      },
    ]);
    const [facts] = serviceFacts(policy, "de");
    expect(facts?.sources).toEqual([
      { public: true, text: "Aus öffentlich zugänglichen Quellen: Das Handelsregister" },
      { public: false, text: "Unser Zahlungspartner", data: "user.financial.credit_card" },
    ]);
  });

  it("gives each retention period in the sentence of the service's section, with what it covers", () => {
    const orders = {
      data: ["user.financial" as const],
      duration: "P10Y",
      criteria: { en: "Tax law requires it.", de: "Das Steuerrecht verlangt es." },
    };
    const [facts] = serviceFacts(
      policyOf([{ ...shop, retention: { until: { en: "you close your account", de: "Sie Ihr Konto schließen" }, exceptions: [orders] } }]),
      "en",
    );
    expect(facts?.retentionPeriods).toEqual([
      { sentence: "We keep the data until you close your account." },
      { data: ["user.financial"], duration: "P10Y", sentence: "We keep the data for 10 years. Tax law requires it." },
    ]);
    const independent = { ...usProvider, role: "controller" } as const;
    const [kept] = serviceFacts(policyOf([{ ...notes, processor: independent, keptBy: "provider", retention: undefined }]), "en");
    expect(kept?.retentionPeriods).toEqual([{ sentence: expect.stringMatching(/^We do not keep this data ourselves/) as string }]);
  });

  it("names no ground for a transfer the provider's documents do not confirm", () => {
    const doubtful = { ...usProvider, unconfirmed: [{ fact: "transfers[0].mechanism", note: "the DPA names no mechanism" }] };
    const [facts] = serviceFacts(policyOf([{ ...notes, processor: doubtful }]), "en");
    expect(facts?.transfers).toEqual([
      { country: "United States", countryCode: "US", mechanism: undefined, ground: expect.stringContaining("confirm") as string },
    ]);
    expect(facts?.transfersUnconfirmed).toBe(false);
  });

  it("says that the transfers are not all there is where the provider's documents leave open where the data goes", () => {
    const open = { ...usProvider, unconfirmed: [{ fact: "transfers", note: "the sub-processor list was not read" }] };
    expect(serviceFacts(policyOf([{ ...notes, processor: open }]), "en")[0]?.transfersUnconfirmed).toBe(true);
    // The service's own list replaces the provider's, and its doubt with it.
    const own = { ...notes, processor: open, transfers: [{ country: "US" as const, mechanism: "A46-2-c" as const }] };
    expect(serviceFacts(policyOf([own]), "en")[0]?.transfersUnconfirmed).toBe(false);
  });
});
