import { describe, expect, it } from "vitest";
import { notes, policyOf, shop } from "../../test/fixtures/compose/policies.js";
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
      recipients: ["CloudNotes Inc., United States"],
      transfers: [{ country: "United States", ground: "Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)" }],
      retention: "30 days",
    });
    const [, de] = serviceFacts(policy, "de");
    expect(de?.retention).toBe("30 Tage");
    expect(de?.purposes[0]?.legalBasis).toBe("Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen)");
  });
});
