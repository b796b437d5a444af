import type { PolicyData } from "../model/policy.js";
import type { LocatedIssue } from "./zod-issues.js";

/**
 * A jurisdiction that does not fit where the controller is established: `tdddg` is German law
 * (§ 25 TDDDG) and is cited as such, so naming it for a company in Vienna puts German law into an
 * Austrian policy. A warning, not an error: a company abroad may still choose to follow it.
 */
export function checkJurisdictions(policy: PolicyData): LocatedIssue[] {
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
