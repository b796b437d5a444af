import { describe, expect, it } from "vitest";
import { documentText } from "../../test/fixtures/compose/helpers.js";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import { compose } from "../compose/compose.js";

const measures = [{ en: "Backups are encrypted.", de: "Sicherungen sind verschlüsselt." }];
const extra = [{ en: "Orders are kept on a separate server.", de: "Bestellungen liegen auf einem eigenen Server." }];

describe("securityMeasures (Art. 30(1)(g), Art. 32(1) GDPR)", () => {
  it("are kept for the policy and each service, for the record of processing activities", () => {
    const policy = policyOf([{ ...shop, securityMeasures: extra }], { securityMeasures: measures });
    expect(policy.securityMeasures).toEqual(measures);
    expect(policy.services[0]?.securityMeasures).toEqual(extra);
    expect(policyOf([shop]).securityMeasures).toEqual([]);
  });

  it("are not part of the public policy's text", () => {
    const policy = policyOf([{ ...shop, securityMeasures: extra }], { securityMeasures: measures });
    const text = documentText(compose(policy, { locale: "en" }));
    expect(text).not.toContain("Backups are encrypted");
    expect(text).not.toContain("separate server");
  });
});
