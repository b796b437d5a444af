import { describe, expect, it } from "vitest";
import { controller, notes, policyOf, shop } from "../../test/fixtures/compose/policies.js";
import { policyFacts } from "./policy-facts.js";

describe("policyFacts", () => {
  it("gives the rights the legal bases give, with their citation under the text's law and what the rights list says", () => {
    const facts = policyFacts(policyOf([shop]), "en");
    expect(facts.law).toBe("gdpr");
    // A contract gives access, rectification, erasure, restriction, notification, portability and the
    // safeguards on automated decisions, as the rights section lists them; complaint is always there.
    expect(facts.rights.map((right) => [right.id, right.citation])).toEqual([
      ["A15", "Art. 15 GDPR"],
      ["A16", "Art. 16 GDPR"],
      ["A17", "Art. 17 GDPR"],
      ["A18", "Art. 18 GDPR"],
      ["A19", "Art. 19 GDPR"],
      ["A20", "Art. 20 GDPR"],
      ["A22", "Art. 22 GDPR"],
      ["A77", "Art. 77 GDPR"],
    ]);
    expect(facts.rights[0]?.text).toMatch(/copy/);
    // Complaint has a section of its own: its text is that section's opening.
    expect(facts.rights.at(-1)?.text).toMatch(/complain/);
    expect(facts.noAutomatedDecisions).toMatch(/^We do not make decisions based solely on automated processing/);
  });

  it("names objection where legitimate interests are a basis, and withdrawal where something rests on consent, as the text's own sections do", () => {
    const interests = {
      purpose: "essential.service",
      legalBasis: "A6-1-f",
      legitimateInterest: { en: "Running the shop.", de: "Den Laden betreiben." },
    } as const;
    const consent = { purpose: "essential.service", legalBasis: "A6-1-a" } as const;
    const ids = policyFacts(policyOf([{ ...shop, purposes: [interests, consent] }]), "en").rights.map((right) => right.id);
    expect(ids).toContain("A21");
    expect(ids).toContain("A7-3");
    expect(policyFacts(policyOf([shop]), "en").rights.map((right) => right.id)).not.toContain("A7-3");
  });

  it("cites under the UK GDPR for a text under it", () => {
    const london = { name: "Example Ltd", address: { street: "1 Fleet Street", postalCode: "EC4Y 1AA", city: "London", country: "GB" } } as const;
    const facts = policyFacts(policyOf([shop], { controller: london }), "en");
    expect(facts.law).toBe("uk-gdpr");
    expect(facts.rights.find((right) => right.id === "A15")?.citation).toBe("Art. 15 UK GDPR");
  });

  it("names the authority competent for the controller's seat, or the one the policy names", () => {
    expect(policyFacts(policyOf([notes]), "de").authority?.name).toMatch(/Berlin/);
    const named = {
      name: "Die Aufsicht",
      address: { street: "Amtsweg 1", postalCode: "01001", city: "Dresden", country: "DE" },
      email: "post@aufsicht.example",
    } as const;
    expect(policyFacts(policyOf([notes], { supervisoryAuthority: named }), "en").authority).toEqual({
      name: "Die Aufsicht",
      address: named.address,
      email: "post@aufsicht.example",
    });
  });

  it("names no authority for a controller outside the EU/EEA under the GDPR, where the text points to the list of all", () => {
    const newYork = { ...controller, address: { street: "1 Broadway", postalCode: "10004", city: "New York", region: "NY", country: "US" } } as const;
    expect(policyFacts(policyOf([notes], { controller: newYork, representativeExemption: "A27-2-a" }), "en").authority).toBeUndefined();
  });
});
