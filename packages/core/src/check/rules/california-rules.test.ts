import { describe, expect, it } from "vitest";
import { controller } from "../../../test/fixtures/compose/policies.js";
import { findings, service } from "../../../test/fixtures/check/findings.js";
import type { PolicyInput } from "../../model/policy.js";
import type { ServiceInput } from "../../model/service.js";

const entity = { name: "Ads Inc.", address: { street: "1 Market Street", city: "San Francisco", region: "CA", country: "US" } } as const;
const transfers = [{ country: "US", mechanism: "A46-2-c" }];
/** A provider of advertising: its data is shared (cross-context behavioural advertising) unless the policy says otherwise. */
const ads: ServiceInput = {
  ...service,
  id: "ads",
  name: "Ads",
  processor: { id: "ads", name: "Ads", entity, description: "Shows our ads.", categories: ["advertising"], transfers } as never,
};
/** A provider of analytics: whether its data is sold or shared depends on how it is set up, which only the policy can say. */
const analytics: ServiceInput = {
  ...service,
  id: "stats",
  name: "Stats",
  processor: { id: "stats", name: "Stats", entity, description: "Counts visits.", categories: ["analytics"], transfers } as never,
};
type California = NonNullable<PolicyInput["california"]>;
const ccpa: Partial<PolicyInput> = { jurisdictions: ["gdpr", "ccpa"] };
const california: California = {
  thresholds: ["revenue"],
  optOutUrl: "https://shop.example/do-not-sell",
  optOutPreferenceSignal: true,
  sellsUnder16: false,
};
const rightsContact = { phone: "+1 800 555 0100", email: "privacy@shop.example" };
const complete: Partial<PolicyInput> = { ...ccpa, california, rightsContact };

describe("missing-california", () => {
  it("fails a policy that declares ccpa without california, at the jurisdiction", () => {
    expect(findings("missing-california", [service], ccpa)).toEqual([expect.objectContaining({ severity: "error", path: "jurisdictions[1]" })]);
  });
  it("passes one with california, and one without ccpa", () => {
    expect(findings("missing-california", [service], complete)).toEqual([]);
    expect(findings("missing-california", [service])).toEqual([]);
  });
});

describe("missing-california-disclosure", () => {
  it("asks whether a service's data is sold or shared where its provider has no default", () => {
    expect(findings("missing-california-disclosure", [service, analytics], complete)).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "services[1]",
        message: expect.stringContaining("california: neither, sold, shared or sold-and-shared"),
      }),
    ]);
  });
  it("passes a stated disclosure, an advertising provider (shared by default) and work done in-house (neither)", () => {
    expect(findings("missing-california-disclosure", [service, ads, { ...analytics, california: "neither" }], complete)).toEqual([]);
  });
});

describe("missing-request-methods", () => {
  it("asks for a toll-free number beside another way, at rightsContact", () => {
    expect(findings("missing-request-methods", [service], { ...complete, rightsContact: { email: "privacy@shop.example" } })).toEqual([
      expect.objectContaining({ severity: "error", path: "rightsContact", message: expect.stringContaining("toll-free telephone number") }),
    ]);
    expect(findings("missing-request-methods", [service], { ...ccpa, california })).toEqual([expect.objectContaining({ path: "california" })]);
  });
  it("passes a toll-free number with an e-mail address, and an e-mail address alone for a business only online", () => {
    expect(findings("missing-request-methods", [service], complete)).toEqual([]);
    const online = { ...ccpa, california: { ...california, onlineOnly: true } };
    expect(findings("missing-request-methods", [service], { ...online, rightsContact: { email: "privacy@shop.example" } })).toEqual([]);
    // The controller's own e-mail address is a way to make requests too.
    expect(findings("missing-request-methods", [service], { ...online, controller: { ...controller, email: "hello@shop.example" } })).toEqual([]);
  });
});

describe("missing-opt-out-link", () => {
  const bare: California = { thresholds: ["revenue"], sellsUnder16: false };
  it("fails a business that shares without an opt-out link or preference signals, and one that uses sensitive data beyond § 1798.121(a) without a limit link", () => {
    expect(findings("missing-opt-out-link", [ads], { ...complete, california: bare })).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "california",
        message: expect.stringContaining("Do Not Sell or Share My Personal Information"),
      }),
    ]);
    expect(findings("missing-opt-out-link", [service], { ...complete, california: { ...bare, sensitiveBeyondLimits: true } })).toEqual([
      expect.objectContaining({ message: expect.stringContaining("Limit the Use of My Sensitive Personal Information") }),
    ]);
  });
  it("passes the link, a single page for both, preference signals, and a business that neither sells nor shares", () => {
    expect(findings("missing-opt-out-link", [ads], complete)).toEqual([]);
    expect(findings("missing-opt-out-link", [ads], { ...complete, california: { ...bare, choicesUrl: "https://shop.example/choices" } })).toEqual([]);
    expect(findings("missing-opt-out-link", [ads], { ...complete, california: { ...bare, optOutPreferenceSignal: true } })).toEqual([]);
    expect(findings("missing-opt-out-link", [service], { ...complete, california: bare })).toEqual([]);
  });
});

describe("missing-minors-statement", () => {
  it("asks a business that shares whether it sells or shares the data of consumers under 16", () => {
    const { sellsUnder16: _unsaid, ...silent } = california;
    expect(findings("missing-minors-statement", [ads], { ...complete, california: silent })).toEqual([
      expect.objectContaining({ severity: "error", path: "california", message: expect.stringContaining("california.sellsUnder16") }),
    ]);
  });
  it("passes a statement, and a business that neither sells nor shares", () => {
    expect(findings("missing-minors-statement", [ads], complete)).toEqual([]);
    const { sellsUnder16: _unsaid, ...silent } = california;
    expect(findings("missing-minors-statement", [service], { ...complete, california: silent })).toEqual([]);
  });
});

describe("california-without-ccpa", () => {
  it("warns of California facts in a policy that does not declare ccpa", () => {
    expect(findings("california-without-ccpa", [{ ...service, california: "neither" }], { california })).toEqual([
      expect.objectContaining({ severity: "warning", path: "california" }),
      expect.objectContaining({ severity: "warning", path: "services[0].california" }),
    ]);
  });
  it("passes them where the policy declares ccpa", () => {
    expect(findings("california-without-ccpa", [{ ...service, california: "neither" }], complete)).toEqual([]);
  });
});

describe("opt-out-signal-ignored", () => {
  it("fails a business that shares and does not process opt-out preference signals", () => {
    expect(findings("opt-out-signal-ignored", [ads], { ...complete, california: { ...california, optOutPreferenceSignal: false } })).toEqual([
      expect.objectContaining({ severity: "error", path: "california", message: expect.stringContaining("§ 7025(b)") }),
    ]);
  });
  it("passes one that does, and one that neither sells nor shares", () => {
    expect(findings("opt-out-signal-ignored", [ads], complete)).toEqual([]);
    expect(findings("opt-out-signal-ignored", [service], { ...complete, california: { ...california, optOutPreferenceSignal: false } })).toEqual([]);
  });
});

describe("california-needs-english", () => {
  it("fails a policy under the CCPA that is not written in English, at locales", () => {
    const german = findings("california-needs-english", [{ ...service, name: { de: "Laden" } }], { ...complete, locales: ["de"] });
    expect(german).toEqual([expect.objectContaining({ severity: "error", path: "locales" })]);
  });
  it("passes one written in English, and one without ccpa", () => {
    expect(findings("california-needs-english", [service], complete)).toEqual([]);
    expect(findings("california-needs-english", [{ ...service, name: { de: "Laden" } }], { locales: ["de"] })).toEqual([]);
  });
});
