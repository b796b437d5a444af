import type { CcpaCategoryId } from "./generated/ccpa-categories.js";
import type { Translated } from "./types.js";

/** A category of personal information under the CCPA, Cal. Civ. Code § 1798.140(v)(1)(A)-(L). */
export interface CcpaCategory {
  readonly id: CcpaCategoryId;
  readonly label: Translated;
  /** "Cal. Civ. Code § 1798.140(v)(1)(A)". */
  readonly citation: Translated;
}
