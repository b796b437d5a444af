/** The languages every label, description and piece of prose exists in. */
export const locales = ["en", "de"] as const;
export type Locale = (typeof locales)[number];

/** A text in every supported language. */
export type Translated = Readonly<Record<Locale, string>>;

/** How closely a DPV concept matches one of our ids (from the reviewed mapping tables). */
export type DpvMatch = "exact" | "close" | "broad" | "none";

/** A key that is kept for old policies but should no longer be used. */
export interface Deprecation<Id extends string> {
  /** The fideslang version (or ours) that deprecated the key. */
  readonly since: string;
  readonly replacedBy: Id;
}

/** One node of a dotted taxonomy (data categories, purposes, data subjects). */
export interface TaxonomyEntry<Id extends string> {
  readonly id: Id;
  readonly parent: Id | null;
  readonly label: Translated;
  /** One sentence. */
  readonly description: Translated;
  /** Full DPV IRIs, e.g. "https://w3id.org/dpv/pd#EmailAddress"; empty when nothing fits. */
  readonly dpv: readonly string[];
  readonly dpvMatch: DpvMatch;
  /** Where the entry comes from: the fideslang default taxonomy or this project. */
  readonly origin: "fideslang" | "policy";
  readonly deprecated?: Deprecation<Id>;
}

/** A GDPR article-based concept (legal basis, Art. 9 condition, transfer ground, right). */
export interface LegalConcept<Id extends string> {
  readonly id: Id;
  /** The DPV IRI, e.g. "https://w3id.org/dpv/legal/eu/gdpr#A6-1-f"; null where DPV has none. */
  readonly dpv: string | null;
  readonly label: Translated;
  /** The exact citation: "Art. 6(1)(f) GDPR" / "Art. 6 Abs. 1 lit. f DSGVO". */
  readonly citation: Translated;
}
