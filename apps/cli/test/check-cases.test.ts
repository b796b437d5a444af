import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { workspace } from "./fixtures.js";
import { runPolicy } from "./run-policy.js";

/**
 * The seven cases issue 19 found, each written as a policy the way a new user wrote it: each
 * fails `policy check` (as the README's CI runs it, with --max-warnings 0) with the rule that
 * names it.
 */
const head = `meta: { version: "1.0", effective: 2026-12-01 }
locales: [en]
controller:
  name: Beispiel GmbH
  address: { street: Hauptstraße 1, postalCode: "80331", city: München, country: DE }
  email: privacy@beispiel.example
consentSettingsUrl: https://beispiel.example/privacy/settings
services:
`;

const cases: Readonly<Record<string, { readonly services: string; readonly rule: string; readonly locales?: string }>> = {
  "the retention policy init writes, left as it is": {
    rule: "retention-until-needed",
    services: `  - id: meetings
    processor: zoom
    provision: { requirement: contractual }
    retention: { until: it is no longer needed for the purposes above }
`,
  },
  "Google Fonts from Google's servers on legitimate interests": {
    rule: "fonts-from-google",
    services: `  - id: fonts
    processor: google-fonts
    retention: { duration: P1D }
`,
  },
  "transfers: [] on Mailchimp": {
    rule: "transfers-emptied",
    services: `  - id: newsletter
    processor: mailchimp
    provision: { requirement: voluntary }
    retention: { until: you unsubscribe }
    transfers: []
`,
  },
  "a newsletter on consent with no way to withdraw it as easy as giving it": {
    rule: "consent-without-withdrawal",
    services: `  - id: newsletter
    name: Newsletter
    purposes: [{ purpose: marketing.communications.email, legalBasis: A6-1-a }]
    data: [user.contact.email]
    subjects: [customer]
    provision: { requirement: voluntary }
    retention: { until: you unsubscribe }
`,
  },
  "an embedded YouTube video that says we store no data, with rights over the data listed": {
    rule: "nothing-kept-unsaid",
    services: `  - id: videos
    processor: youtube
    retention: { until: "never: we store no data ourselves" }
`,
  },
  "two services on Zoom with no names of their own": {
    rule: "duplicate-name",
    services: `  - id: meetings
    processor: zoom
    provision: { requirement: contractual }
  - id: webinars
    processor: zoom
    provision: { requirement: contractual }
`,
  },
};

describe("the seven cases of issue 19, each as a policy", () => {
  it.each(Object.entries(cases))("%s fails check with its rule", async (_, { services, rule }) => {
    const dir = workspace();
    writeFileSync(join(dir, "case.yaml"), head + services);
    const result = await runPolicy(["check", "case.yaml", "--max-warnings", "0", "--format", "json"], { cwd: dir });
    expect(result.code, result.stderr).toBe(1);
    const codes = (JSON.parse(result.stdout) as { issues: { code: string }[] }).issues.map(({ code }) => code);
    expect(codes).toContain(rule);
  });

  it("errors in several stages are all reported in one run: the shape, an unknown processor, a missing translation", async () => {
    const dir = workspace();
    const text =
      head.replace("locales: [en]", "locales: [en, de]") +
      `  - id: broken
    name: { en: Broken, de: Kaputt }
    purposes: [{ purpose: essential.service, legalBasis: A6-1-b }]
    data: [user.contact.emial]
    subjects: [customer]
    retention: { duration: P1Y }
  - id: meetings
    processor: zooom
  - id: shop
    name: Shop
    purposes: [{ purpose: essential.service, legalBasis: A6-1-b }]
    data: [user.name]
    subjects: [customer]
    retention: { duration: P1Y }
`;
    writeFileSync(join(dir, "case.yaml"), text);
    const result = await runPolicy(["check", "case.yaml", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    const issues = (JSON.parse(result.stdout) as { issues: { code: string; path: string }[] }).issues.map(({ code, path }) => `${code} ${path}`);
    expect(issues).toEqual(
      expect.arrayContaining(["unknown-id services[0].data[0]", "unknown-processor services[1].processor", "missing-translation services[2].name"]),
    );
  });
});
