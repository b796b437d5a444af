import type { CountryCode, TransferGroundId } from "../taxonomy/index.js";

/**
 * The data protection laws a policy's text can be written under: the EU's General Data Protection
 * Regulation, and the UK GDPR (the GDPR as retained in UK law, with the Data Protection Act 2018,
 * both as amended by the Data (Use and Access) Act 2025). They share their article numbers where
 * the UK has not changed them, which is why one text can follow either with its own citations.
 */
export const dataProtectionLaws = ["gdpr", "uk-gdpr"] as const;
export type DataProtectionLaw = (typeof dataProtectionLaws)[number];

/** The jurisdictions a policy can name: the data protection laws, the German TDDDG and the CCPA. */
export const jurisdictions = ["gdpr", "uk-gdpr", "tdddg", "ccpa"] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

/** The data protection law of the country a controller is established in. */
export function homeLawOf(country: CountryCode): DataProtectionLaw {
  return country === "GB" ? "uk-gdpr" : "gdpr";
}

/** What a policy follows when it names no jurisdictions: the law of the controller's country. */
export function defaultJurisdictions(country: CountryCode): Jurisdiction[] {
  return [homeLawOf(country)];
}

/**
 * The law the text is written under: the controller's own where the policy names it, else the
 * first data protection law it names, else the GDPR. (A policy under both the GDPR and the UK GDPR
 * is written under one of them; validation says so.)
 */
export function textLawOf(jurisdictionList: readonly Jurisdiction[], country: CountryCode): DataProtectionLaw {
  const home = homeLawOf(country);
  if (jurisdictionList.includes(home)) return home;
  return jurisdictionList.find((j): j is DataProtectionLaw => (dataProtectionLaws as readonly string[]).includes(j)) ?? "gdpr";
}

/** The grounds that only the UK GDPR knows; the derogations of Art. 49 exist under both laws. */
export function isUkGround(ground: TransferGroundId): boolean {
  return ground.startsWith("UK-");
}

/** Whether a ground can carry a transfer under the law: its own grounds, and Art. 49's. */
export function groundBelongsTo(ground: TransferGroundId, law: DataProtectionLaw): boolean {
  return ground.startsWith("A49-") || isUkGround(ground) === (law === "uk-gdpr");
}
