import type { RuleSettings } from "../model/check-config.js";
import type { Processor } from "../model/processor.js";

/** Processors by id, as `@policy/catalog` exports them; core itself knows no providers. */
export type Catalog = Readonly<Record<string, Processor>>;

export interface ParseOptions {
  /** Where `processor: zoom` is looked up. Without it, only inline processors can be used. */
  readonly catalog?: Catalog;
  /**
   * The day (YYYY-MM-DD) against which the age of a provider's facts is measured: facts last
   * checked more than 12 months earlier draw a warning. Defaults to today.
   */
  readonly today?: string;
  /**
   * Also run the compliance rules of `policy check` on a valid policy: duties of the law that a
   * valid policy can still fail (see `policyRules`). Default false.
   */
  readonly check?: boolean;
  /** Rules switched off or set to another severity, above the policy's own `check.rules` (the command line's --rule). */
  readonly ruleSettings?: RuleSettings;
}
