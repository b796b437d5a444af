import { describe, expect, it } from "vitest";
import type { PolicyInput } from "../model/policy.js";
import type { Processor } from "../model/processor.js";
import { ProcessorSchema } from "../model/processor.js";
import { parsePolicy, safeParsePolicy } from "./parse-policy.js";
import { PolicyError } from "./policy-error.js";

const zoom: Processor = ProcessorSchema.parse({
  id: "zoom",
  name: "Zoom",
  entity: {
    name: "Zoom Video Communications, Inc.",
    address: { street: "55 Almaden Blvd, Suite 600", postalCode: "95113", city: "San Jose", region: "CA", country: "US" },
  },
  description: { en: "Video meetings.", de: "Videokonferenzen." },
  retention: { until: { en: "the account is deleted", de: "das Konto gelöscht wird" } },
  transfers: [{ country: "US", mechanism: "EU-US-DPF" }],
});

function policy(overrides: Partial<PolicyInput["services"][number]> = {}, locales: PolicyInput["locales"] = ["en"]): PolicyInput {
  return {
    meta: { version: "1", effective: "2026-01-01" },
    locales,
    controller: { name: "Beispiel GmbH", address: { street: "Hauptstraße 1", city: "Berlin", country: "DE" } },
    services: [
      {
        id: "meetings",
        processor: "zoom",
        purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
        data: ["user.name", "user.device.ip_address", "user.content.private"],
        subjects: ["customer"],
        provision: { requirement: "contractual" },
        ...overrides,
      },
    ],
  };
}

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

  it("asks for a retention where neither the service nor its processor gives one", () => {
    const { retention: _none, ...silent } = zoom;
    const result = safeParsePolicy(policy({ processor: "silent" }), { catalog: { silent: { ...silent, id: "silent" } } });
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "missing-retention", path: "services[0]" }]);
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

  it("checks transfers of an inline processor against the adequacy decisions", () => {
    const us = { country: "US" as const, mechanism: "EU-US-DPF" as const };
    const inline = { ...zoom, transfers: [us, { country: "IN" as const, mechanism: "A45-3" as const }] };
    const result = safeParsePolicy(policy({ processor: inline }));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "transfer-ground-mismatch", path: "services[0].processor.transfers[1].mechanism" }),
    ]);
    const adequate = { ...zoom, transfers: [us, { country: "JP" as const, mechanism: "A45-3" as const }] };
    expect(safeParsePolicy(policy({ processor: adequate })).success).toBe(true);
  });

  it("checks UK grounds against the UK's adequacy regulations and the UK Extension", () => {
    const ukGrounds = {
      ...zoom,
      transfers: [
        { country: "US" as const, mechanism: "UK-US-DPF" as const },
        { country: "IE" as const, mechanism: "UK-A45A" as const },
        { country: "CN" as const, mechanism: "UK-A45A" as const },
        { country: "CA" as const, mechanism: "UK-US-DPF" as const },
      ],
    };
    const result = safeParsePolicy(policy({ processor: ukGrounds }));
    const mismatches = result.issues.filter(({ code }) => code === "transfer-ground-mismatch");
    expect(mismatches.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "transfer-ground-mismatch", path: "services[0].processor.transfers[2].mechanism", message: "no UK adequacy regulations cover CN" },
      {
        code: "transfer-ground-mismatch",
        path: "services[0].processor.transfers[3].mechanism",
        message: "the UK Extension to the EU-US Data Privacy Framework covers transfers to the US only, not CA",
      },
    ]);
  });

  it("checks Swiss grounds against the Federal Council's list and the Swiss-US Privacy Framework", () => {
    const swissGrounds = {
      ...zoom,
      transfers: [
        { country: "US" as const, mechanism: "CH-US-DPF" as const },
        { country: "GB" as const, mechanism: "CH-A16-1" as const },
        { country: "JP" as const, mechanism: "CH-A16-1" as const },
        { country: "CA" as const, mechanism: "CH-US-DPF" as const },
      ],
    };
    const mismatches = safeParsePolicy(policy({ processor: swissGrounds })).issues.filter(({ code }) => code === "transfer-ground-mismatch");
    expect(mismatches.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: "services[0].processor.transfers[2].mechanism",
        message: "the Federal Council has not recognised adequate protection for JP (Annex 1 DPO)",
      },
      { path: "services[0].processor.transfers[3].mechanism", message: "the Swiss-US Privacy Framework covers transfers to the US only, not CA" },
    ]);
  });

  it("does not take a transfer on a UK ground as the transfer a policy under the GDPR must name", () => {
    const ukOnly = { ...zoom, transfers: [{ country: "US" as const, mechanism: "UK-US-DPF" as const }] };
    const result = safeParsePolicy(policy({ processor: ukOnly }));
    expect(result.issues).toEqual([expect.objectContaining({ code: "missing-transfer", path: "services[0].processor" })]);
  });

  it("checks the transfers of a catalog processor too", () => {
    const india = { ...zoom, transfers: [...zoom.transfers, { country: "IN" as const, mechanism: "A45-3" as const }] };
    const result = safeParsePolicy(policy(), { catalog: { zoom: india } });
    expect(result.issues.map(({ code }) => code)).toEqual(["transfer-ground-mismatch"]);
  });

  it("warns when people give data themselves and the policy does not say whether they must", () => {
    const silent = safeParsePolicy(policy({ provision: undefined }), { catalog: { zoom } });
    expect(silent.success).toBe(true);
    expect(silent.issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "missing-provision", severity: "warning", path: "services[0]" },
    ]);
    const automaticOnly = safeParsePolicy(policy({ provision: undefined, data: ["user.device.ip_address", "user.behavior"] }), {
      catalog: { zoom },
    });
    expect(automaticOnly.issues).toEqual([]);
    const declared = safeParsePolicy(policy({ provision: undefined, data: [{ category: "user.device.ip_address", collected: "provided" }] }), {
      catalog: { zoom },
    });
    expect(declared.issues.map(({ code }) => code)).toEqual(["missing-provision"]);
    const content = safeParsePolicy(policy({ provision: undefined, data: ["user.content.private"] }), { catalog: { zoom } });
    expect(content.issues.map(({ code }) => code)).toEqual(["missing-provision"]);
  });

  it("warns when the provider is outside the EU/EEA and no transfer to its country is listed", () => {
    const result = safeParsePolicy(policy({ transfers: [] }), { catalog: { zoom } });
    expect(result.success).toBe(true);
    expect(result.issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "missing-transfer", severity: "warning", path: "services[0].transfers" },
    ]);
    expect(result.issues[0]?.message).toContain("Zoom Video Communications, Inc. is in US, outside the EU/EEA");
    const parent = { name: "Parent Ltd", address: { street: "1 Main St", city: "London", country: "GB" as const } };
    const withParent = safeParsePolicy(policy(), { catalog: { zoom: { ...zoom, parent } } });
    expect(withParent.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "missing-transfer", path: "services[0].processor" }]);
    const european = { ...zoom, entity: { ...zoom.entity, address: { ...zoom.entity.address, country: "IE" as const } }, transfers: [] };
    expect(safeParsePolicy(policy(), { catalog: { zoom: european } }).issues).toEqual([]);
  });

  it("warns when the policy relies on a fact the provider's documents do not confirm, unless the service states its own", () => {
    const doubtful = { ...zoom, unconfirmed: [{ fact: "transfers[0].mechanism", note: "the DPA names no mechanism" }] };
    const result = safeParsePolicy(policy(), { catalog: { zoom: doubtful } });
    expect(result.success).toBe(true);
    expect(result.issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "unconfirmed-fact", severity: "warning", path: "services[0].processor" },
    ]);
    expect(result.issues[0]?.message).toBe(
      "Zoom: the provider's documents do not confirm transfers[0].mechanism (to US), so the policy does not state it; confirm it with the provider, and state it in this service where it applies (`policy catalog show zoom` says what is known)",
    );
    const own = safeParsePolicy(policy({ transfers: [{ country: "US", mechanism: "A46-2-c" }] }), { catalog: { zoom: doubtful } });
    expect(own.issues).toEqual([]);
  });

  it("finds only the catalog's own entries, not what every object has (constructor, toString)", () => {
    for (const id of ["constructor", "to-string", "has-own-property"]) {
      const result = safeParsePolicy(policy({ processor: id }), { catalog: { zoom } });
      expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "unknown-processor", path: "services[0].processor" }]);
    }
    const named = safeParsePolicy(policy({ processor: "constructor" }), { catalog: { zoom } });
    expect(named.issues[0]?.message).toBe('no processor "constructor" in the catalog');
  });

  it("warns when the provider's facts were last checked more than twelve months before today", () => {
    const checked = { ...zoom, checked: "2025-12-06" };
    expect(safeParsePolicy(policy(), { catalog: { zoom: checked }, today: "2026-12-06" }).issues).toEqual([]);
    const stale = safeParsePolicy(policy(), { catalog: { zoom: checked }, today: "2027-01-06" });
    expect(stale.issues.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: "stale-provider-facts", severity: "warning", path: "services[0].processor" },
    ]);
    expect(stale.issues[0]?.message).toContain("last checked on 2025-12-06, more than 12 months ago");
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

  it("checks the legitimate interest of a purpose that comes from the processor", () => {
    const activities = {
      purposes: [{ purpose: "analytics" as const, legalBasis: "A6-1-f" as const }],
      data: ["user.name" as const],
      subjects: ["customer" as const],
    };
    const result = safeParsePolicy(policy({ purposes: undefined }), { catalog: { zoom: { ...zoom, activities } } });
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "missing-legitimate-interest", path: "services[0].processor.activities.purposes[0]" },
    ]);
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
