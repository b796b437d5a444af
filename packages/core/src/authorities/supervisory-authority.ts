import type { Address } from "../model/party.js";
import type { CountryCode } from "../taxonomy/country.js";
import type { GermanLand } from "./german-land.js";

/**
 * The facts of an authority record that a source can confirm, or that stay unconfirmed. Compose
 * states a fact only where no `unconfirmed` entry names it.
 */
export const authorityFacts = ["name", "address", "email", "phone", "url"] as const;
export type AuthorityFact = (typeof authorityFacts)[number];

/**
 * What the authority supervises. Each EEA country has one authority for private companies here; in
 * Germany that is the authority of the controller's Land, and the BfDI for companies offering
 * telecommunications or postal services (§ 9 TDDDG, § 42 PostG).
 */
export type AuthorityCompetence = "private-sector" | "telecommunications-and-postal";

/** An authority's name, as readers of an English and a German policy see it. */
export interface AuthorityName {
  /** The official name in the authority's own language. */
  readonly official: string;
  /** The language of `official` (ISO 639-1). */
  readonly language: string;
  /** The English name the authority itself uses; else the official name (see `note`). */
  readonly en: string;
  /** The German name the authority itself uses; else the official name (see `note`). */
  readonly de: string;
  /**
   * The Italian name the authority itself uses (the Garante's; the Swiss FDPIC's "Incaricato
   * federale della protezione dei dati e della trasparenza"); else the official name.
   */
  readonly it: string;
  /** Where `en` or `de` is not the authority's own: which, and why. */
  readonly note?: string;
}

/** A change of name that is decided but whose date we do not know, or that lies ahead. */
export interface AuthorityNameChange {
  readonly name: AuthorityName;
  /** When the new name applies (ISO date), or null while no date is fixed. */
  readonly from: string | null;
  /** What decides the change and what is known of its date. */
  readonly note: string;
  readonly source: string;
}

/** A page of the authority's own (or, for a name change, the law that makes it), and what it confirms. */
export interface AuthoritySource {
  readonly url: string;
  /** When we read the page (ISO date). */
  readonly checked: string;
  /** The date the page gives for itself, where it gives one ("Stand", "Last updated"): YYYY-MM-DD or YYYY-MM. */
  readonly updated?: string;
  readonly facts: readonly AuthorityFact[];
}

/** A fact no page of the authority's confirms: kept so the gap is visible, never stated as certain. */
export interface UnconfirmedAuthorityFact {
  readonly fact: AuthorityFact;
  /** What was looked for and found, for whoever confirms it next. */
  readonly note: string;
}

/** A data protection supervisory authority (Art. 51 GDPR) that a policy may name for complaints. */
export interface SupervisoryAuthority {
  /** Ours and stable: the country code, the Land for Germany, and the authority's short name. */
  readonly id: string;
  readonly country: CountryCode;
  /** For a German Land authority, its Land. */
  readonly land?: GermanLand;
  readonly competence: AuthorityCompetence;
  /** The name that applies today (at the sources' `checked` date). */
  readonly name: AuthorityName;
  /** When today's name took effect, where a source says. */
  readonly nameSince?: string;
  readonly nameChanges?: readonly AuthorityNameChange[];
  /** The address for letters (a post-office box where the authority asks for one). */
  readonly address: Address;
  readonly email?: string;
  readonly phone?: string;
  readonly url: string;
  /** Other domains the authority runs (an English site, a reporting portal), whose pages count as its own. */
  readonly otherDomains?: readonly string[];
  readonly sources: readonly AuthoritySource[];
  readonly unconfirmed: readonly UnconfirmedAuthorityFact[];
  /** The datenanfragen.de record (CC0) the data started from: a lead, never a source. */
  readonly lead?: string;
}

/**
 * Whether a fact of the record is unconfirmed. Compose asks before it prints a fact, so that nothing
 * the authority's own pages do not confirm is stated as certain.
 */
export function isUnconfirmedAuthorityFact(authority: SupervisoryAuthority, fact: AuthorityFact): boolean {
  return authority.unconfirmed.some((entry) => entry.fact === fact);
}
