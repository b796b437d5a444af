import { policyRules, safeParsePolicy } from "@policy/core";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog.js";
import { entries } from "./entries.js";

const complianceCodes = new Set<string>(policyRules.filter((rule) => rule.stage === "check").map((rule) => rule.code));

/**
 * A policy with one service on the entry, taking everything the entry gives by default; what the
 * entry leaves to the policy (activities, a retention) is filled in with plain values.
 */
function policyWith(id: string) {
  const processor = catalog[id as keyof typeof catalog];
  return {
    meta: { version: "1", effective: "2026-12-01" },
    locales: ["en", "de"],
    controller: { name: "Beispiel GmbH", address: { street: "Hauptstraße 1", postalCode: "10115", city: "Berlin", country: "DE" } },
    consentSettingsUrl: "https://example.com/privacy/settings",
    services: [
      {
        id: "service",
        processor: id,
        ...(processor.activities === undefined
          ? { purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }], data: ["user.device.ip_address"], subjects: ["customer"] }
          : {}),
        ...(processor.retention === undefined ? { retention: { duration: "P1Y" } } : {}),
      },
    ],
  };
}

describe("the catalog's entries under policy check", () => {
  it("raise only the compliance rules their facts call for", () => {
    const found = entries.flatMap((entry) =>
      safeParsePolicy(policyWith(entry.id), { catalog, check: true })
        .issues.filter((issue) => complianceCodes.has(issue.code))
        .map((issue) => `${entry.id}: ${issue.code} at ${issue.path}`),
    );
    expect(found).toEqual([
      // Adyen's retention is marked unconfirmed, so the text states none: the policy must give it.
      "adyen: retention-until-needed at services[0]",
      // The entry describes Google Fonts as sites use it, on legitimate interests: the rule exists to say that fails.
      "google-fonts: fonts-from-google at services[0].purposes[0].legalBasis",
      // Their retention is marked unconfirmed (jsDelivr's policy does not cover its processing for us; Microsoft's list
      // of what it keeps 390 days is cut off), so the policy must give it.
      "jsdelivr: retention-until-needed at services[0]",
      "microsoft-advertising: retention-until-needed at services[0]",
    ]);
  });
});
