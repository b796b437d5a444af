/** The codes of `policy check`'s compliance rules, one per rule file in rules/. Stable, as every issue code. */
export const ruleCodes = [
  "retention-until-needed",
  "fonts-from-google",
  "transfers-emptied",
  "consent-without-settings",
  "received-without-source",
  "marketing-strictly-necessary",
] as const;
export type RuleCode = (typeof ruleCodes)[number];
