import { describe, expect, it } from "vitest";
import { safeLoadPolicy } from "./load-policy.js";
import { meantId } from "./meant-id.js";

describe("the id a written value means", () => {
  it.each([
    ["legal basis", "Art. 6(1)(f)", "A6-1-f"],
    ["legal basis", "Art. 6(1)(f) GDPR", "A6-1-f"],
    ["legal basis", "Art. 6 Abs. 1 lit. f DSGVO", "A6-1-f"],
    ["legal basis", "Artikel 6 Absatz 1 Buchstabe a", "A6-1-a"],
    ["legal basis", "6(1)(b)", "A6-1-b"],
    ["legal basis", "Consent", "A6-1-a"],
    ["legal basis", "Berechtigte Interessen", "A6-1-f"],
    ["Art. 9(2) condition", "Art. 9(2)(a) GDPR", "A9-2-a"],
    ["transfer ground", "Art. 46(2)(c)", "A46-2-c"],
    ["country code", "Austria", "AT"],
    ["country code", "Österreich", "AT"],
    ["country code", "united kingdom", "GB"],
    ["data subject", "applicant", "job_applicant"],
    ["data category", "E-Mail-Adresse", "user.contact.email"],
  ])("%s: %s is %s", (vocabulary, written, id) => {
    expect(meantId(vocabulary, written)).toBe(id);
  });

  it("is none where the value points to no id, or to several", () => {
    expect(meantId("legal basis", "Art. 6(1)(z)")).toBeUndefined();
    expect(meantId("legal basis", "Art. 99(1)(a)")).toBeUndefined();
    expect(meantId("country code", "Atlantis")).toBeUndefined();
    // "contact" is a word of several data category ids (user.contact, user.contact.email, ...).
    expect(meantId("data category", "contact")).toBeUndefined();
    expect(meantId("data category", "Name")).toBe("user.name");
    expect(meantId("data category", "email")).toBe("user.contact.email");
    expect(meantId("no such vocabulary", "anything")).toBeUndefined();
  });
});

describe("a policy that writes an id another way", () => {
  const policy = (legalBasis: string, subject: string, country: string) =>
    [
      "meta: { version: '1', effective: 2026-01-01 }",
      "locales: [de]",
      `controller: { name: Beispiel GmbH, address: { street: Hauptstraße 1, postalCode: '10115', city: Berlin, country: ${country} } }`,
      "services:",
      "  - id: jobs",
      "    name: Bewerbungen",
      "    purposes:",
      `      - { purpose: essential.service, legalBasis: "${legalBasis}" }`,
      "    data: [user.name]",
      `    subjects: [${subject}]`,
      "    retention: { duration: P6M }",
    ].join("\n");

  it("is told the id, with every such value in one run", () => {
    const result = safeLoadPolicy(policy("Art. 6 Abs. 1 lit. b DSGVO", "applicant", "Österreich"));
    expect(result.success).toBe(false);
    expect(result.issues.map(({ code, suggestion }) => ({ code, suggestion }))).toEqual([
      { code: "unknown-id", suggestion: "AT" },
      { code: "unknown-id", suggestion: "A6-1-b" },
      { code: "unknown-id", suggestion: "job_applicant" },
    ]);
  });
});

describe("a text in several languages with an unquoted comma", () => {
  it("is told to quote the text, not only that a field is unknown", () => {
    const text = [
      "meta: { version: '1', effective: 2026-01-01 }",
      "locales: [de]",
      "controller: { name: Beispiel GmbH, address: { street: Hauptstraße 1, postalCode: '10115', city: Berlin, country: DE } }",
      "services:",
      "  - id: jobs",
      "    name: Bewerbungen",
      "    purposes: [{ purpose: essential.service, legalBasis: A6-1-b }]",
      "    data:",
      "      - category: user.name",
      "        details: { de: Lebenslauf, Zeugnisse }",
      "    subjects: [job_applicant]",
      "    retention: { duration: P6M }",
    ].join("\n");
    const result = safeLoadPolicy(text);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "unknown-field",
        path: "services[0].data[0].details.Zeugnisse",
        message:
          'unknown field "Zeugnisse": if it belongs to the text before it, put the text in quotes ("…, Zeugnisse"): inside { … } a comma ends a value',
      }),
    ]);
    expect(result.issues[0]).not.toHaveProperty("suggestion");
  });
});
