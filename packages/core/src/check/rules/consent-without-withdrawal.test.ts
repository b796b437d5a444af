import { describe, expect, it } from "vitest";
import { findings, service } from "../../../test/fixtures/check/findings.js";
import type { ServiceInput } from "../../model/service.js";

const newsletter: ServiceInput = {
  id: "newsletter",
  name: "Newsletter",
  purposes: [{ purpose: "marketing.communications.email", legalBasis: "A6-1-a" }],
  data: ["user.contact.email"],
  subjects: ["customer"],
  provision: { requirement: "voluntary" },
  retention: { until: "you unsubscribe" },
};

const bannerCookie = { name: "_px", purpose: "Measures our campaigns.", duration: "P3M", party: "first", ground: "consent" } as const;

describe("consent-without-withdrawal", () => {
  it("fails a service on consent that names no way to withdraw it", () => {
    expect(findings("consent-without-withdrawal", [service, newsletter])).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "services[1]",
        message: expect.stringMatching(
          /^the service rests on consent, but the policy names no way to withdraw it other than writing to you: .* \(Art\. 7\(3\) GDPR\)$/,
        ),
      }),
    ]);
  });

  it("fails a service whose consent is asked in the banner, where the policy does not say where the settings are", () => {
    expect(findings("consent-without-withdrawal", [{ ...newsletter, deviceAccess: [bannerCookie] }])).toHaveLength(1);
  });

  it("passes steps of the service's own, the provider's opt-out page, or consent in the banner with the settings page", () => {
    expect(findings("consent-without-withdrawal", [{ ...newsletter, deletion: "Use the unsubscribe link at the end of each e-mail." }])).toEqual([]);
    const provider = {
      id: "mailer",
      name: "Mailer",
      entity: { name: "Mailer GmbH", address: { street: "Weg 1", city: "Köln", country: "DE" } },
      description: "Sends our e-mails.",
      urls: { optOut: "https://mailer.example/unsubscribe" },
    } as const;
    expect(findings("consent-without-withdrawal", [{ ...newsletter, processor: provider }])).toEqual([]);
    const inBanner = { ...newsletter, deviceAccess: [bannerCookie] };
    expect(findings("consent-without-withdrawal", [inBanner], { consentSettingsUrl: "https://example.com/privacy/settings" })).toEqual([]);
  });
});
