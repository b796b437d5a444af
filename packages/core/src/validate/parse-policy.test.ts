import { describe, expect, it } from "vitest";
import { policy, zoom } from "../../test/fixtures/validate/zoom-policy.js";
import { parsePolicy, safeParsePolicy } from "./parse-policy.js";
import { PolicyError } from "./policy-error.js";

describe("parsePolicy", () => {
  it("resolves a catalog processor and applies its defaults", () => {
    const parsed = parsePolicy(policy(), { catalog: { zoom } });
    const [service] = parsed.services;
    expect(service?.processor).toBe(zoom);
    expect(service?.name).toBe("Zoom");
    expect(service?.retention).toEqual(zoom.retention);
    expect(service?.transfers).toEqual(zoom.transfers);
    expect(service?.sources).toEqual([{ from: "data-subject" }]);
    expect(service?.data.map((item) => item.collected)).toEqual(["provided", "automatic", "content"]);
    expect(parsed.meta.updated).toBe("2026-01-01");
    expect(parsed.jurisdictions).toEqual(["gdpr"]);
  });

  it("lets a service override what the processor says", () => {
    const parsed = parsePolicy(policy({ retention: { duration: "P30D" }, transfers: [] }), { catalog: { zoom } });
    expect(parsed.services[0]?.retention).toEqual({ duration: "P30D" });
    expect(parsed.services[0]?.transfers).toEqual([]);
  });

  it("needs a catalog for a processor given by id, and suggests a near id", () => {
    const withoutCatalog = safeParsePolicy(policy());
    expect(withoutCatalog.success).toBe(false);
    expect(withoutCatalog.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "unknown-processor", path: "services[0].processor" }]);
    const typo = safeParsePolicy(policy({ processor: "zooom" }), { catalog: { zoom } });
    expect(typo.issues[0]).toMatchObject({ code: "unknown-processor", suggestion: "zoom" });
  });

  it("throws a PolicyError that carries the issues and says what is wrong", () => {
    const attempt = () => parsePolicy(policy({ purposes: [{ purpose: "essential.service", legalBasis: "A6-1-f" }] }), { catalog: { zoom } });
    expect(attempt).toThrow(PolicyError);
    try {
      attempt();
    } catch (error) {
      expect((error as PolicyError).issues).toEqual([
        expect.objectContaining({ code: "missing-legitimate-interest", path: "services[0].purposes[0]" }),
      ]);
      expect((error as PolicyError).message).toContain("services[0].purposes[0]: the legal basis is A6-1-f");
    }
  });

  it("asks for every text in every language of the policy", () => {
    const result = safeParsePolicy(policy({ description: "Only English", deletion: { en: "Write to us." } }, ["en", "de"]), { catalog: { zoom } });
    expect(result.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "missing-translation", path: "services[0].description", message: expect.stringContaining("{ en: ..., de: ... }") },
      { code: "missing-translation", path: "services[0].deletion", message: "the text is missing in de" },
    ]);
  });

  it("accepts a deprecated purpose with a warning that names its replacement", () => {
    const result = safeParsePolicy(policy({ purposes: [{ purpose: "personalize.profiling", legalBasis: "A6-1-a" }] }), { catalog: { zoom } });
    expect(result.success).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "deprecated-id",
        severity: "warning",
        path: "services[0].purposes[0].purpose",
        suggestion: "personalize.content.profiling",
      }),
    ]);
  });

  it("finds only the catalog's own entries, not what every object has (constructor, toString)", () => {
    for (const id of ["constructor", "to-string", "has-own-property"]) {
      const result = safeParsePolicy(policy({ processor: id }), { catalog: { zoom } });
      expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "unknown-processor", path: "services[0].processor" }]);
    }
    const named = safeParsePolicy(policy({ processor: "constructor" }), { catalog: { zoom } });
    expect(named.issues[0]?.message).toBe('no processor "constructor" in the catalog');
  });

  it("takes purposes, data and subjects from the processor's activities where the service leaves them out", () => {
    const activities = {
      purposes: [{ purpose: "essential.service" as const, legalBasis: "A6-1-b" as const }],
      data: ["user.contact.email" as const, "user.behavior" as const, "system.operations" as const],
      subjects: ["customer" as const],
    };
    const withActivities = { ...zoom, activities };
    const parsed = parsePolicy(policy({ purposes: undefined, data: undefined, subjects: undefined }), { catalog: { zoom: withActivities } });
    const [service] = parsed.services;
    expect(service?.purposes).toEqual(activities.purposes);
    expect(service?.subjects).toEqual(["customer"]);
    expect(service?.data).toEqual([
      { category: "user.contact.email", collected: "provided" },
      { category: "user.behavior", collected: "usage" },
      { category: "system.operations", collected: "usage" },
    ]);
    const own = parsePolicy(policy({ subjects: ["employee"], data: undefined }), { catalog: { zoom: withActivities } });
    expect(own.services[0]?.subjects).toEqual(["employee"]);
    expect(own.services[0]?.data).toHaveLength(3);
  });

  it("asks for the purposes of an in-house service, and says nothing more about an unknown processor", () => {
    const inHouse = safeParsePolicy(policy({ processor: undefined, purposes: undefined, retention: { duration: "P1Y" } }));
    expect(inHouse.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "missing-field", path: "services[0].purposes", message: '"purposes" is missing' },
    ]);
    const unknown = safeParsePolicy(policy({ processor: "zom", purposes: undefined }), { catalog: { zoom } });
    expect(unknown.issues.map(({ code }) => code)).toEqual(["unknown-processor"]);
  });
});

describe("the parts of a policy beyond its services", () => {
  const party = { name: "Partner AG", address: { street: "Weg 2", city: "Wien", country: "AT" as const } };
  const decision = {
    id: "credit-check",
    name: "Credit check",
    profiling: true,
    logic: "A score from payment history.",
    significance: "Decides whether you can pay by invoice.",
    consequences: "Without a good score, you pay in advance.",
    exception: "contract" as const,
  };

  it("takes joint controllers, a representative, a DPO, automated decisions and the policy's history", () => {
    const parsed = parsePolicy(
      {
        ...policy({ processor: undefined, retention: { duration: "P1Y" } }),
        representative: party,
        jointControllers: [{ party, essence: "We run the event together; Partner AG answers requests." }],
        dpo: { email: "dpo@beispiel.example" },
        rightsContact: { url: "https://beispiel.example/privacy-request" },
        automatedDecisions: [decision],
        changes: [{ date: "2026-01-01", summary: "First version." }],
      },
      {},
    );
    expect(parsed.jointControllers[0]?.party.name).toBe("Partner AG");
    expect(parsed.automatedDecisions[0]?.exception).toBe("contract");
    expect(parsed.changes).toHaveLength(1);
    expect(parsed.services[0]?.processor).toBeNull();
  });

  it("refuses two automated decisions with the same id", () => {
    const result = safeParsePolicy({
      ...policy({ processor: undefined, retention: { duration: "P1Y" } }),
      automatedDecisions: [decision, decision],
    });
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "duplicate-id", path: "automatedDecisions[1].id" }]);
  });
});
