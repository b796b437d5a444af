/** The languages every label, description and piece of prose exists in. */
export const locales = ["en", "de", "fr", "it", "es", "nl", "pl"] as const;
export type Locale = (typeof locales)[number];

/**
 * The languages a policy is written in when it names none, and `policy init` suggests: a product
 * choice, which stays the same when a language is added to `locales`.
 */
export const defaultLocales = ["en", "de"] as const satisfies readonly Locale[];

/**
 * The languages the project writes first, from which the others are translated: the tool's own
 * diagnostics (the findings of `policy check`) exist in these only.
 */
export const sourceLocales = ["en", "de"] as const satisfies readonly Locale[];
export type SourceLocale = (typeof sourceLocales)[number];

/** Whether a language is one the project writes first, rather than translates. */
export function isSourceLocale(locale: Locale): locale is SourceLocale {
  return (sourceLocales as readonly Locale[]).includes(locale);
}

/** The languages translated from the source languages. */
export const translatedLocales: readonly Locale[] = locales.filter((locale) => !isSourceLocale(locale));

/** A text in every supported language. */
export type Translated = Readonly<Record<Locale, string>>;

/** A text in the source languages only: a diagnostic for the policy's author, not text for its reader. */
export type SourceText = Readonly<Record<SourceLocale, string>>;

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
  /**
   * The label as it reads inside a sentence, or after the first item of a list: "approximate
   * location", "IP address" / "ungefährer Standort", "IP-Adresse". It differs from `label` only in
   * the case of its first letter: English lowers it unless the word is an acronym or a name;
   * German only for an adjective, participle, adverb or preposition, as nouns keep their capital.
   * Decided word by word in taxonomy-src/sentence-case.json.
   */
  readonly inSentence: Translated;
  /** One sentence. */
  readonly description: Translated;
  /** Full DPV IRIs, e.g. "https://w3id.org/dpv/pd#EmailAddress"; empty when nothing fits. */
  readonly dpv: readonly string[];
  readonly dpvMatch: DpvMatch;
  /** Where the entry comes from: the fideslang default taxonomy or this project. */
  readonly origin: "fideslang" | "policy";
  readonly deprecated?: Deprecation<Id>;
}

/** A kind of personal data: a taxonomy entry with what the law says about it. */
export interface DataCategoryEntry<Id extends string, CcpaId extends string, CcpaSensitiveId extends string> extends TaxonomyEntry<Id> {
  /** A special category under Art. 9(1) GDPR: processing needs an Art. 9(2) condition. */
  readonly special: boolean;
  /**
   * Data on criminal convictions and offences (Art. 10 GDPR). Kept apart from `special`: Art. 9(2)
   * conditions do not apply; processing needs official authority or a legal basis in law.
   */
  readonly criminal: boolean;
  /**
   * The categories of personal information of the CCPA (Cal. Civ. Code § 1798.140(v)(1)(A)-(K))
   * that most closely describe the data; empty where none does.
   */
  readonly ccpa: readonly CcpaId[];
  /** Where the data is sensitive personal information (§ 1798.140(ae)), which kind; else null. */
  readonly ccpaSensitive: CcpaSensitiveId | null;
}

/** A category of personal information under the CCPA, Cal. Civ. Code § 1798.140(v)(1)(A)-(L), or a kind of sensitive personal information, (ae). */
export interface CcpaCategoryEntry<Id extends string> {
  readonly id: Id;
  readonly label: Translated;
  /** The label inside a sentence (see `TaxonomyEntry.inSentence`): "geolocation data" / "Standortdaten". */
  readonly inSentence: Translated;
  /** "Cal. Civ. Code § 1798.140(v)(1)(A)". */
  readonly citation: Translated;
}

/** A GDPR article-based concept (legal basis, Art. 9 condition, transfer ground, right). */
export interface LegalConcept<Id extends string> {
  readonly id: Id;
  /** The DPV IRI, e.g. "https://w3id.org/dpv/legal/eu/gdpr#A6-1-f"; null where DPV has none. */
  readonly dpv: string | null;
  readonly label: Translated;
  /** The label inside a sentence (see `TaxonomyEntry.inSentence`): "legitimate interests" / "berechtigte Interessen". */
  readonly inSentence: Translated;
  /** The exact citation: "Art. 6(1)(f) GDPR" / "Art. 6 Abs. 1 lit. f DSGVO". */
  readonly citation: Translated;
}
