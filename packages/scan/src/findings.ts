import type { Phase, Seen } from "./observation.js";

/** What one finding is about, from the gravest to a hint. */
export const findingKinds = [
  /** A catalog service the site loads, which no service of the policy names. */
  "undeclared-service",
  /** A cookie or storage key set before consent, where the policy's ground for it is consent. */
  "before-consent",
  /** A cookie or storage key the policy does not list. */
  "unlisted-device-access",
  /** A third-party host the catalog does not know, for the user to classify. */
  "unknown-host",
  /** A service of the policy the scan never saw: a hint, as it may run elsewhere (a newsletter). */
  "unseen-service",
] as const;

export type FindingKind = (typeof findingKinds)[number];

/** One piece of evidence: what was seen, where, and when. */
export interface Evidence extends Seen {
  /** The request's URL, or the cookie's or storage key's name. */
  readonly what: string;
}

export interface Finding {
  readonly kind: FindingKind;
  /** One line a person can act on. */
  readonly message: string;
  /** The catalog entries it concerns, for --suggest. */
  readonly catalogIds: readonly string[];
  /** The service of the policy it concerns, where there is one. */
  readonly serviceId?: string;
  readonly evidence: readonly Evidence[];
}

export interface ScanReport {
  readonly site: string;
  readonly pages: number;
  readonly phases: readonly Phase[];
  readonly findings: readonly Finding[];
  /** The services of the policy the scan saw, with the hosts it saw them by. */
  readonly seen: readonly { readonly serviceId: string; readonly hosts: readonly string[] }[];
  /** Links that look like links to a privacy policy, as found on the pages. */
  readonly policyLinks: readonly string[];
  readonly skipped: number;
}

/** Findings that make a scan fail (exit 1); an unseen service is a hint. */
export const isProblem = (finding: Finding): boolean => finding.kind !== "unseen-service";
