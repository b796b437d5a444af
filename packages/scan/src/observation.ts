/**
 * What a scan saw: before any interaction, or after the consent button was clicked (with
 * `--accept`). The scan never clicks anything else, so "before consent" is all a visitor's
 * browser does on arrival.
 */
export type Phase = "before-consent" | "after-consent";

/** Where and when something was seen: the page, and the phase. */
export interface Seen {
  readonly page: string;
  readonly phase: Phase;
}

export interface ObservedRequest extends Seen {
  readonly url: string;
  readonly host: string;
}

export interface ObservedCookie extends Seen {
  readonly name: string;
  /** The cookie's domain as the browser holds it, without a leading dot. */
  readonly domain: string;
}

export interface ObservedStorage extends Seen {
  readonly technology: "local-storage" | "session-storage";
  readonly key: string;
  /** The origin the key is stored under: the page's, or an embedded frame's. */
  readonly origin: string;
}

export interface Observation {
  /** The address the scan started from. */
  readonly site: string;
  /** The pages visited, in order, each once per phase. */
  readonly pages: readonly Seen[];
  readonly requests: readonly ObservedRequest[];
  readonly cookies: readonly ObservedCookie[];
  readonly storage: readonly ObservedStorage[];
  /** Links on the pages that look like links to a privacy policy, each once. */
  readonly policyLinks: readonly string[];
  /** Pages the scan did not visit, and why: robots.txt, the page limit, another site. */
  readonly skipped: readonly { readonly url: string; readonly reason: "robots" | "max-pages" | "other-site" | "error"; readonly detail?: string }[];
}
