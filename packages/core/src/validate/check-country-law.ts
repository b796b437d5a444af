import { defaultJurisdictions, textLawOf, type DataProtectionLaw, type Jurisdiction } from "../model/data-protection-law.js";
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
  return [
    ...tdddgAbroad(policy),
    ...twoLaws(policy),
    ...ukOnlyBasis(policy),
    ...statisticsGround(policy),
    ...missingRepresentative(policy),
    ...unknownAuthority(policy),
  ];
}

/** Recognised legitimate interests (A6-1-ea) are a basis of the UK GDPR only: the GDPR has no point (ea). */
function ukOnlyBasis(policy: PolicyData): LocatedIssue[] {
  if (textLawOf(jurisdictionsOf(policy), policy.controller.address.country) === "uk-gdpr") return [];
  return policy.services.flatMap((service, serviceIndex) =>
    (service.purposes ?? []).flatMap((purpose, purposeIndex) =>
      purpose.legalBasis === "A6-1-ea"
        ? [
            {
              code: "invalid-value" as const,
              severity: "error" as const,
              message:
                "A6-1-ea (recognised legitimate interests) exists only in the UK GDPR, and this policy follows the GDPR: choose another basis, such as A6-1-f with its legitimateInterest",
              segments: ["services", serviceIndex, "purposes", purposeIndex, "legalBasis"],
            },
          ]
        : [],
    ),
  );
}

function jurisdictionsOf(policy: PolicyData): readonly Jurisdiction[] {
  return policy.jurisdictions ?? defaultJurisdictions(policy.controller.address.country);
}

const lawNames: Readonly<Record<DataProtectionLaw, string>> = { gdpr: "the GDPR", "uk-gdpr": "the UK GDPR", fadp: "the FADP" };

/**
 * The text follows one data protection law, and says where the FADP adds to the GDPR; naming the
 * UK GDPR beside another law cannot be honoured twice.
 */
function twoLaws(policy: PolicyData): LocatedIssue[] {
  const named = policy.jurisdictions ?? [];
  if (!named.includes("uk-gdpr") || !(named.includes("gdpr") || named.includes("fadp"))) return [];
  const law = textLawOf(named, policy.controller.address.country);
  // The path points at a law the text leaves aside.
  const index = named.findIndex((j) => j !== law && (j === "gdpr" || j === "uk-gdpr" || j === "fadp"));
  return [
    {
      code: "jurisdiction-mismatch",
      severity: "warning",
      message: `the text is written under one data protection law, and for this controller that is ${lawNames[law]}: a policy for readers under the UK GDPR and another law is not supported yet`,
      segments: ["jurisdictions", index],
    },
  ];
}

/**
 * Art. 13(2)(d): the policy names where to complain. Without `supervisoryAuthority`, compose names
 * the authority competent for the controller's seat from our data; where it cannot, say why.
 */
function unknownAuthority(policy: PolicyData): LocatedIssue[] {
  if (policy.supervisoryAuthority !== undefined) return [];
  // Under the UK GDPR and the FADP there is one authority each, which the text names or links to;
  // under the GDPR, a controller outside the EU/EEA has no lead authority, and the text points to
  // the list of all, where people find the one where they live or work.
  const law = textLawOf(jurisdictionsOf(policy), policy.controller.address.country);
  if (law !== "gdpr" || !isEeaMember(policy.controller.address.country)) return [];
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
  const index = policy.jurisdictions?.indexOf("tdddg") ?? -1;
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
 * Union (Art. 27), unless an exemption of Art. 27(2) applies, which the policy then says. The UK
 * GDPR asks the same of a controller outside the UK, with a representative in the UK.
 */
function missingRepresentative(policy: PolicyData): LocatedIssue[] {
  const country = policy.controller.address.country;
  const law = textLawOf(jurisdictionsOf(policy), country);
  if (law === "fadp") return swissRepresentative(policy);
  const inside = law === "gdpr" ? isEeaMember(country) : country === "GB";
  if (inside || policy.representative !== undefined || policy.representativeExemption !== undefined) return [];
  const [where, reader, citation] = law === "gdpr" ? ["the EU/EEA", "the EU", "GDPR"] : ["the UK", "the UK", "UK GDPR"];
  return [
    {
      code: "missing-representative",
      severity: "warning",
      message:
        `the controller is in ${country}, outside ${where}: where you offer goods or services to people in ${reader} or monitor their behaviour (Art. 3(2) ${citation}), ` +
        `name your representative in ${reader} (representative, Art. 27 ${citation}), or say why you need none (representativeExemption: A27-2-a or A27-2-b)`,
      segments: ["controller", "address", "country"],
    },
  ];
}

/**
 * Art. 14 FADP: a private controller abroad that processes data of people in Switzerland names a
 * representative there where the processing is connected with offering them goods or services or
 * monitoring their behaviour, and is large-scale, regular and high-risk: all four. Only the
 * controller knows whether they hold, so the warning says what they are.
 */
function swissRepresentative(policy: PolicyData): LocatedIssue[] {
  const country = policy.controller.address.country;
  if (country === "CH" || policy.representative !== undefined) return [];
  return [
    {
      code: "missing-representative",
      severity: "warning",
      message:
        `the controller is in ${country}, outside Switzerland: where your processing of data of people in Switzerland is connected with offering them goods or services or monitoring their behaviour, ` +
        "and is large-scale, regular and high-risk, name your representative in Switzerland (representative, Art. 14 FADP)",
      segments: ["controller", "address", "country"],
    },
  ];
}

/**
 * The statistics exception is the UK's (PECR, Schedule A1); Art. 45c FMG lets any use rest on
 * information and a right to refuse. Under the EU's rules, statistics need consent.
 */
function statisticsGround(policy: PolicyData): LocatedIssue[] {
  const law = textLawOf(jurisdictionsOf(policy), policy.controller.address.country);
  if (law !== "gdpr") return [];
  const message =
    "statistics (storing or reading information for statistics without consent) is an exception of the UK's PECR, which this policy does not follow: under the EU's rules it needs consent (ground: consent)";
  const issue = (segments: (string | number)[]): LocatedIssue => ({ code: "invalid-value", severity: "error", message, segments });
  return [
    ...policy.deviceAccess.flatMap((access, index) => (access.ground === "statistics" ? [issue(["deviceAccess", index, "ground"])] : [])),
    ...policy.services.flatMap((service, serviceIndex) =>
      (service.deviceAccess ?? []).flatMap((access, index) =>
        access.ground === "statistics" ? [issue(["services", serviceIndex, "deviceAccess", index, "ground"])] : [],
      ),
    ),
  ];
}
