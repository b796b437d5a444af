import type { Policy } from "../model/resolved.js";

/**
 * The rules on storing and reading information on a device (Art. 5(3) ePrivacy Directive) as the
 * text cites them: a country's own provision where we know it, else the Directive. Germany: § 25
 * TDDDG; Austria: § 165 Abs. 3 TKG 2021.
 */
export const cookieRules = ["tdddg", "tkg-at", "eprivacy"] as const;
export type CookieRule = (typeof cookieRules)[number];

/**
 * The rule a policy's text cites: the TDDDG where the policy names it, else the one of the
 * country the controller is established in, else the Directive.
 */
export function cookieRuleOf(policy: Pick<Policy, "jurisdictions" | "controller">): CookieRule {
  if (policy.jurisdictions.includes("tdddg")) return "tdddg";
  switch (policy.controller.address.country) {
    case "DE":
      return "tdddg";
    case "AT":
      return "tkg-at";
    default:
      return "eprivacy";
  }
}
