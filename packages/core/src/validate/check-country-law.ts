import type { PolicyData } from "../model/policy.js";
import { competentAuthority } from "../authorities/competent-authority.js";
import { isEeaMember } from "../taxonomy/index.js";
import type { LocatedIssue } from "./zod-issues.js";

/**
 * What the law asks of a controller where it is established: `tdddg` is German law (§ 25 TDDDG)
 * and is cited as such, so naming it for a company in Vienna puts German law into an Austrian
 * policy; and a controller outside the EU/EEA needs a representative in the Union. Warnings, not
 * errors: a company abroad may still choose to follow the TDDDG, and only it knows whether
 * Art. 3(2) reaches it.
 */
export function checkCountryLaw(policy: PolicyData): LocatedIssue[] {
  return [...tdddgAbroad(policy), ...missingRepresentative(policy), ...unknownAuthority(policy)];
}

/**
 * Art. 13(2)(d): the policy names where to complain. Without `supervisoryAuthority`, compose names
 * the authority competent for the controller's seat from our data; where it cannot, say why.
 */
function unknownAuthority(policy: PolicyData): LocatedIssue[] {
  if (policy.supervisoryAuthority !== undefined) return [];
  const competent = competentAuthority(policy.controller);
  if (typeof competent === "object") return [];
  const country = policy.controller.address.country;
  const why = {
    "land-needed":
      "in Germany each Land has its own authority, and the postal code and city do not tell the Land: give it as controller.address.land (BY, BE, ...)",
    unknown: `we know no supervisory authority for ${country}`,
    unconfirmed: `we know the authority for ${country} only from a third party's list, which the policy does not repeat as certain`,
  }[competent];
  return [
    {
      code: "missing-supervisory-authority",
      severity: "warning",
      message: `the policy names no supervisory authority (supervisoryAuthority), and none can be chosen for the controller: ${why}. Without one, it points to the EDPB's list of all authorities`,
      segments: competent === "land-needed" ? ["controller", "address"] : [],
    },
  ];
}

function tdddgAbroad(policy: PolicyData): LocatedIssue[] {
  const country = policy.controller.address.country;
  const index = policy.jurisdictions.indexOf("tdddg");
  if (index === -1 || country === "DE") return [];
  return [
    {
      code: "jurisdiction-mismatch",
      severity: "warning",
      message:
        `tdddg is German law (§ 25 TDDDG), but the controller is in ${country}: remove it unless German law applies to you. ` +
        "Without it, the text cites the cookie rule of the controller's country where it knows it, else the ePrivacy Directive",
      segments: ["jurisdictions", index],
    },
  ];
}

/**
 * A controller outside the EU/EEA whose policy addresses people under the GDPR (Art. 3(2): it
 * offers them goods or services, or monitors their behaviour) names a representative in the
 * Union (Art. 27), unless an exemption of Art. 27(2) applies, which the policy then says.
 */
function missingRepresentative(policy: PolicyData): LocatedIssue[] {
  const country = policy.controller.address.country;
  if (!policy.jurisdictions.includes("gdpr") || isEeaMember(country)) return [];
  if (policy.representative !== undefined || policy.representativeExemption !== undefined) return [];
  return [
    {
      code: "missing-representative",
      severity: "warning",
      message:
        `the controller is in ${country}, outside the EU/EEA: where you offer goods or services to people in the EU or monitor their behaviour (Art. 3(2) GDPR), ` +
        "name your representative in the Union (representative, Art. 27), or say why you need none (representativeExemption: A27-2-a or A27-2-b)",
      segments: ["controller", "address", "country"],
    },
  ];
}
