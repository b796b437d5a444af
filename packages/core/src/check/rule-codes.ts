/**
 * The rules whose errors the text cannot be written without (a purpose on legitimate interests
 * with no interest, a transfer on an adequacy decision that does not exist): every validation runs
 * them, and a policy can neither switch them off nor re-grade them.
 */
export const requiredRuleCodes = [
  "duplicate-name",
  "missing-legitimate-interest",
  "missing-special-category-condition",
  "missing-retention",
  "transfer-ground-mismatch",
  "ground-not-in-law",
  "kept-by-processor",
  "missing-california",
  "california-needs-english",
  "missing-california-disclosure",
  "missing-request-methods",
  "missing-opt-out-link",
  "missing-minors-statement",
  "untranslated-catalog-text",
  "language-under-law",
] as const;

/**
 * The codes of the rules, one per rule file in rules/: first those every validation runs, then the
 * compliance rules only `policy check` runs. Stable, as every issue code.
 */
export const ruleCodes = [
  // every validation
  ...requiredRuleCodes,
  "missing-transfer",
  "missing-provision",
  "unconfirmed-fact",
  "stale-provider-facts",
  "jurisdiction-mismatch",
  "missing-representative",
  "missing-supervisory-authority",
  "california-without-ccpa",
  // policy check
  "retention-until-needed",
  "fonts-from-google",
  "transfers-emptied",
  "consent-without-settings",
  "received-without-source",
  "marketing-strictly-necessary",
  "embed-strictly-necessary",
  "consent-without-withdrawal",
  "dpf-without-certification",
  "analytics-us-on-clauses",
  "child-consent",
  "placeholder-text",
  "nothing-kept-unsaid",
  "opt-out-signal-ignored",
] as const;
export type RuleCode = (typeof ruleCodes)[number];

/** The rules a policy may switch off (with a reason) or report at another severity. */
export type AdjustableRuleCode = Exclude<RuleCode, (typeof requiredRuleCodes)[number]>;
export const adjustableRuleCodes = ruleCodes.filter(
  (code): code is AdjustableRuleCode => !(requiredRuleCodes as readonly string[]).includes(code),
) as readonly AdjustableRuleCode[] as [AdjustableRuleCode, ...AdjustableRuleCode[]];
