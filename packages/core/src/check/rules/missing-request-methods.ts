import type { ValidationRule } from "../rule.js";
import { ccpaIndex } from "../california.js";

/**
 * § 1798.130(a)(1)(A): two or more designated methods for requests to know, delete and correct,
 * one of them a toll-free telephone number; a business that operates exclusively online and has a
 * direct relationship with the consumer need only give an e-mail address.
 */
export const missingRequestMethods: ValidationRule = {
  code: "missing-request-methods",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Under the CCPA, give two or more ways to make a request, one of them a toll-free number; a business only online with a direct relationship may give an e-mail address alone.",
    de: "Unter dem CCPA zwei oder mehr Wege für Anträge angeben, einer davon eine gebührenfreie Telefonnummer; ein Unternehmen, das nur online tätig ist und eine direkte Beziehung zu den Verbrauchern hat, darf allein eine E-Mail-Adresse angeben.",
  },
  source: "Cal. Civ. Code § 1798.130(a)(1)(A)",
  check({ data }) {
    if (ccpaIndex(data) === -1 || data.california === undefined) return [];
    const contact = data.rightsContact;
    const email = contact?.email ?? data.controller.email;
    if (data.california.onlineOnly) {
      if (email !== undefined) return [];
      return [
        {
          segments: data.rightsContact === undefined ? ["california"] : ["rightsContact"],
          message: {
            en: "give an e-mail address for requests (rightsContact.email): a business that operates exclusively online needs at least that (§ 1798.130(a)(1)(A))",
            de: "geben Sie eine E-Mail-Adresse für Anträge an (rightsContact.email): ein Unternehmen, das nur online tätig ist, braucht mindestens sie (§ 1798.130(a)(1)(A))",
          },
        },
      ];
    }
    // The controller's address counts as a way to write in; the toll-free number must be the policy's own statement.
    const others = [email, contact?.url, contact?.address ?? data.controller.address].filter((way) => way !== undefined);
    if (contact?.phone !== undefined && others.length >= 1) return [];
    return [
      {
        segments: contact === undefined ? ["california"] : ["rightsContact"],
        message: {
          en: "give a toll-free telephone number for requests (rightsContact.phone), beside another way such as an e-mail address or a web form; only a business that operates exclusively online with a direct relationship to the consumers may give an e-mail address alone (california.onlineOnly) (§ 1798.130(a)(1)(A))",
          de: "geben Sie eine gebührenfreie Telefonnummer für Anträge an (rightsContact.phone), neben einem weiteren Weg wie einer E-Mail-Adresse oder einem Webformular; nur ein Unternehmen, das ausschließlich online tätig ist und eine direkte Beziehung zu den Verbrauchern hat, darf allein eine E-Mail-Adresse angeben (california.onlineOnly) (§ 1798.130(a)(1)(A))",
        },
      },
    ];
  },
};
