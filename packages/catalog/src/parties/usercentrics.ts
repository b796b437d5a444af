import type { Party } from "@policy/core";

/*
 * The Usercentrics companies the consent-management entries name, kept once so a change is one edit. Usercentrics
 * sells two consent management platforms through two companies of its group: the Usercentrics CMP through
 * Usercentrics GmbH in Munich, and Cookiebot CMP through Usercentrics A/S (formerly Cybot A/S) in Copenhagen.
 *
 * Read (stored copies, 2026-12-06):
 * - Usercentrics "General Terms and Conditions for Using the Usercentrics Software", last update 1 October 2024
 *   (stored copy of usercentrics.com/it/termini-e-condizioni, in English): "Usercentrics GmbH, Sendlinger Str. 7, 80331
 *   Munich ... provides all services to its customers on the basis of these general terms and conditions"; the
 *   services are directed exclusively at businesses; customers in the US and Canada contract under separate terms with
 *   Usercentrics Inc., and Cookiebot under its own terms.
 * - Usercentrics privacy policy, last update 11 July 2024 (stored copy of usercentrics.com/privacy-policy-cmp): the
 *   controller for Usercentrics' own website is Usercentrics GmbH, Sendlinger Straße 7, 80331 Munich, Germany,
 *   datenschutz@usercentrics.com.
 * - Cookiebot Terms of Service, last update 1 July 2024 (ToS;DR, tosdr-versions, commit 5bf53f0a): the agreement is
 *   "between you and Usercentrics A/S"; Usercentrics A/S "is subject to the safeguards provided for in the legislation
 *   of Denmark, where the company is established"; company registration no. 34624607.
 * - Cookiebot Privacy Policy, last modified 12 December 2024 (ToS;DR, tosdr-versions, commit 812c2240): "Usercentrics
 *   A/S, Havnegade 39, 1058 Copenhagen, Denmark", company registration number DK34624607; the group's companies are
 *   Usercentrics A/S, Usercentrics GmbH, Cybot A/S, Usercentrics Unipessoal and Usercentrics Inc.
 */

export const usercentricsChecked = "2026-12-06";

/** Usercentrics GmbH, Munich: the contracting company for the Usercentrics CMP outside the US and Canada. */
export const usercentricsGmbh: Party = {
  name: "Usercentrics GmbH",
  address: { street: "Sendlinger Straße 7", postalCode: "80331", city: "Munich", country: "DE" },
  email: "datenschutz@usercentrics.com",
  url: "https://usercentrics.com/",
};

/** Usercentrics A/S, Copenhagen: the contracting company for Cookiebot CMP. */
export const usercentricsAs: Party = {
  name: "Usercentrics A/S",
  address: { street: "Havnegade 39", postalCode: "1058", city: "Copenhagen", country: "DK" },
  url: "https://www.cookiebot.com/",
};

/** Usercentrics' General Terms and Conditions (EU), stored copy read in English. */
export const usercentricsTermsUrl = "https://usercentrics.com/it/termini-e-condizioni";

/** Cookiebot Terms of Service as archived by ToS;DR. */
export const cookiebotTermsUrl =
  "https://github.com/tosdr/tosdr-versions/blob/5bf53f0adcfe02039f482d260f8ef06eef677b89/Cookiebot/Terms%20of%20Service.md";

/** Cookiebot Privacy Policy as archived by ToS;DR. */
export const cookiebotPrivacyPolicyUrl =
  "https://github.com/tosdr/tosdr-versions/blob/812c2240aa7c2c000e2b1dd7f6e694b1236a222e/Cookiebot/Privacy%20Policy.md";
