import { defaultJurisdictions, textLawOf, type DataProtectionLaw } from "../model/data-protection-law.js";
import type { PolicyData } from "../model/policy.js";

/** The data protection law a policy's text follows: from its jurisdictions, else its controller's country. */
export function textLaw(data: PolicyData): DataProtectionLaw {
  const country = data.controller.address.country;
  return textLawOf(data.jurisdictions ?? defaultJurisdictions(country), country);
}
