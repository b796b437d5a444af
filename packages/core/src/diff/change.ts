/** What a change is about: a part of the policy a reader of the notice recognises. */
export const changeSubjects = [
  "controller",
  "representative",
  "dpo",
  "rights-contact",
  "service",
  "provider",
  "purpose",
  "legal-basis",
  "data-category",
  "recipient",
  "transfer",
  "retention",
  "cookie",
] as const;
export type ChangeSubject = (typeof changeSubjects)[number];

export type ChangeKind = "added" | "removed" | "changed";

/**
 * How a change must reach the people it concerns: `material`, they are told before it applies;
 * `notable`, it is worth pointing out; `editorial`, the wording changed and nothing else.
 */
export type ChangeClass = "material" | "notable" | "editorial";

/** One difference between two versions of a policy, after catalog defaults are applied to both. */
export interface PolicyChange {
  readonly kind: ChangeKind;
  readonly subject: ChangeSubject;
  /** The id of the service it belongs to, for a change inside a service. */
  readonly service?: string;
  /** Where it is, by ids rather than positions, so a reordered list is no change: `services[shop].purposes[marketing.advertising]`. */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly class: ChangeClass;
  /** The rule that classed it (see `changeRules`): its citation says why. */
  readonly rule: string;
}
