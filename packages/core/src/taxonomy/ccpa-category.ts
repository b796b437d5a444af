import type { CcpaCategoryId } from "./generated/ccpa-categories.js";
import type { CcpaCategoryEntry } from "./types.js";

/** A category of personal information under the CCPA, Cal. Civ. Code § 1798.140(v)(1)(A)-(L). */
export type CcpaCategory = CcpaCategoryEntry<CcpaCategoryId>;
