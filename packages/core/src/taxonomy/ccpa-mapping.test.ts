import { describe, expect, it } from "vitest";
import { ccpaCategories, ccpaSensitiveCategories, dataCategories } from "./index.js";

/**
 * Each data category's place under the CCPA, as one reviewed table: the categories of Cal. Civ.
 * Code § 1798.140(v)(1)(A)-(K) that most closely describe it (by letter), and where it is sensitive
 * personal information, which kind of § 1798.140(ae). A change to the mapping must change this
 * table, and be reviewed as a change of law.
 */
const expected: Readonly<Record<string, string>> = {
  user: "",
  "user.account": "A",
  "user.account.settings": "F",
  "user.account.username": "A",
  "user.authorization": "A + (ae)(1)(B)",
  "user.authorization.credentials": "A + (ae)(1)(B)",
  "user.authorization.biometric": "E + (ae)(2)(A)",
  "user.authorization.password": "(ae)(1)(B)",
  "user.behavior": "F",
  "user.behavior.browsing_history": "F",
  "user.behavior.media_consumption": "D",
  "user.behavior.purchase_history": "D",
  "user.behavior.search_history": "F",
  "user.biometric": "E",
  "user.biometric.fingerprint": "E",
  "user.biometric.retinal": "E",
  "user.biometric.voice": "E",
  "user.biometric.health": "E + (ae)(2)(B)",
  "user.childrens": "",
  "user.contact": "A",
  "user.contact.address": "A",
  "user.contact.address.city": "A",
  "user.contact.address.country": "A",
  "user.contact.email": "A",
  "user.contact.phone_number": "B",
  "user.contact.url": "A",
  "user.contact.fax_number": "B",
  "user.contact.address.postal_code": "A",
  "user.contact.address.state": "A",
  "user.contact.address.street": "A",
  "user.contact.organization": "I",
  "user.content": "H",
  "user.content.private": "H",
  "user.content.public": "H",
  "user.content.self_image": "H",
  "user.content.self_image.video_surveillance": "H",
  "user.demographic": "C",
  "user.demographic.age_range": "C",
  "user.demographic.date_of_birth": "C",
  "user.demographic.gender": "C",
  "user.demographic.language": "",
  "user.demographic.marital_status": "C",
  "user.demographic.political_opinion": "C",
  "user.demographic.profile": "K",
  "user.demographic.race_ethnicity": "C + (ae)(1)(D)",
  "user.demographic.religious_belief": "C + (ae)(1)(D)",
  "user.demographic.sexual_orientation": "C + (ae)(2)(C)",
  "user.location": "G",
  "user.location.imprecise": "G",
  "user.location.precise": "G + (ae)(1)(C)",
  "user.device": "A",
  "user.device.cookie": "A",
  "user.device.cookie_id": "A",
  "user.device.device_id": "A",
  "user.device.ip_address": "A",
  "user.payment": "B",
  "user.social": "F",
  "user.unique_id": "A",
  "user.unique_id.pseudonymous": "A",
  "user.telemetry": "F",
  "user.user_sensor": "H",
  "user.workplace": "I",
  "user.sensor": "H",
  "user.financial": "B",
  "user.financial.bank_account": "B",
  // A card payment needs the number with its security code: sensitive under (ae)(1)(B), which a card category alone cannot rule out.
  "user.financial.credit_card": "B + (ae)(1)(B)",
  "user.government_id": "A + (ae)(1)(A)",
  "user.government_id.birth_certificate": "A",
  "user.government_id.drivers_license_number": "A + (ae)(1)(A)",
  "user.government_id.immigration": "(ae)(1)(D)",
  "user.government_id.national_identification_number": "A + (ae)(1)(A)",
  "user.government_id.passport_number": "A + (ae)(1)(A)",
  "user.government_id.vehicle_registration": "A",
  "user.health_and_medical": "(ae)(2)(B)",
  "user.health_and_medical.genetic": "(ae)(1)(F)",
  "user.health_and_medical.insurance_beneficiary_id": "B",
  "user.health_and_medical.record_id": "(ae)(2)(B)",
  "user.name": "A",
  "user.name.first": "A",
  "user.name.last": "A",
  "user.criminal_history": "",
  "user.privacy_preferences": "F",
  "user.job_title": "I",
  system: "F",
  "system.authentication": "",
  "system.operations": "F",
};

const letter = (id: string) => /\(v\)\(1\)\(([A-L])\)/.exec(ccpaCategories.find((c) => c.id === id)?.citation.en ?? "")?.[1];
const sensitiveRef = (id: string) => /\(ae\)(\(\d\)\([A-F]\))/.exec(ccpaSensitiveCategories.find((c) => c.id === id)?.citation.en ?? "")?.[1];

describe("the data categories under the CCPA", () => {
  it("place each category as the reviewed table says", () => {
    const actual = Object.fromEntries(
      dataCategories.map((category) => [
        category.id,
        [...category.ccpa.map(letter), ...(category.ccpaSensitive === null ? [] : [`(ae)${sensitiveRef(category.ccpaSensitive)}`])].join(" + "),
      ]),
    );
    expect(actual).toEqual(expected);
  });

  it("name the kinds of sensitive personal information of § 1798.140(ae) in the statute's order", () => {
    expect(ccpaSensitiveCategories.map((c) => sensitiveRef(c.id))).toEqual([
      "(1)(A)",
      "(1)(B)",
      "(1)(C)",
      "(1)(D)",
      "(1)(E)",
      "(1)(F)",
      "(2)(A)",
      "(2)(B)",
      "(2)(C)",
    ]);
    expect(ccpaSensitiveCategories.find((c) => c.id === "precise-geolocation")?.citation).toEqual({
      en: "Cal. Civ. Code § 1798.140(ae)(1)(C)",
      de: "§ 1798.140(ae)(1)(C) California Civil Code",
      fr: "Cal. Civ. Code § 1798.140(ae)(1)(C)",
      it: "Cal. Civ. Code § 1798.140(ae)(1)(C)",
      es: "Cal. Civ. Code § 1798.140(ae)(1)(C)",
      nl: "Cal. Civ. Code § 1798.140(ae)(1)(C)",
      pl: "Cal. Civ. Code § 1798.140(ae)(1)(C)",
    });
  });
});
