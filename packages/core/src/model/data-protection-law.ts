import type { CountryCode, TransferGroundId } from "../taxonomy/index.js";

/**
 * The data protection laws a policy's text can be written under: the EU's General Data Protection
 * Regulation; the UK GDPR (the GDPR as retained in UK law, with the Data Protection Act 2018,
 * both as amended by the Data (Use and Access) Act 2025), which shares the GDPR's article numbers
 * where the UK has not changed them; and Switzerland's Federal Act on Data Protection (FADP, in
 * German DSG, in force since 1 September 2023), a law of its own terms and duties.
 */
export const dataProtectionLaws = ["gdpr", "uk-gdpr", "fadp"] as const;
export type DataProtectionLaw = (typeof dataProtectionLaws)[number];

/** The jurisdictions a policy can name: the data protection laws, the German TDDDG and the CCPA. */
export const jurisdictions = ["gdpr", "uk-gdpr", "fadp", "tdddg", "ccpa"] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

/** The data protection law of the country a controller is established in. */
export function homeLawOf(country: CountryCode): DataProtectionLaw {
  if (country === "GB") return "uk-gdpr";
  return country === "CH" ? "fadp" : "gdpr";
}

/** What a policy follows when it names no jurisdictions: the law of the controller's country. */
export function defaultJurisdictions(country: CountryCode): Jurisdiction[] {
  return [homeLawOf(country)];
}

/**
 * The law the text is written under. A policy for readers under both the GDPR and the FADP (a
 * Swiss company with customers in the EU, a German shop selling to Switzerland) is written under
 * the GDPR, and says where the FADP adds to it (`supplementaryLawOf`). Otherwise: the controller's
 * own law where the policy names it, else the first data protection law it names, else the GDPR.
 * (A policy under both the GDPR and the UK GDPR is written under one of them; validation says so.)
 */
export function textLawOf(jurisdictionList: readonly Jurisdiction[], country: CountryCode): DataProtectionLaw {
  if (jurisdictionList.includes("gdpr") && jurisdictionList.includes("fadp")) return "gdpr";
  const home = homeLawOf(country);
  if (jurisdictionList.includes(home)) return home;
  return jurisdictionList.find((j): j is DataProtectionLaw => (dataProtectionLaws as readonly string[]).includes(j)) ?? "gdpr";
}

/** The law a policy written under the GDPR also speaks to, in what it adds: the FADP, where named. */
export function supplementaryLawOf(jurisdictionList: readonly Jurisdiction[], country: CountryCode): "fadp" | undefined {
  return textLawOf(jurisdictionList, country) === "gdpr" && jurisdictionList.includes("fadp") ? "fadp" : undefined;
}

/**
 * Whether a ground can carry a transfer under the law: the UK's grounds (UK-...) under the UK
 * GDPR, Switzerland's (CH-...) under the FADP, the rest under the GDPR, and the derogations of
 * Art. 49, which the UK GDPR keeps, under both of those.
 */
export function groundBelongsTo(ground: TransferGroundId, law: DataProtectionLaw): boolean {
  if (ground.startsWith("UK-")) return law === "uk-gdpr";
  if (ground.startsWith("CH-")) return law === "fadp";
  return law === "gdpr" || (law === "uk-gdpr" && ground.startsWith("A49-"));
}
