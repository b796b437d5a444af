import type { PolicyInput } from "./model/policy.js";

/**
 * Returns its argument unchanged. Its use is the type: an editor completes every category,
 * purpose, legal basis and country code, and a typo fails to compile. Validate the result with
 * `parsePolicy` before rendering; the type cannot check cross-references.
 */
export function definePolicy<const T extends PolicyInput>(input: T): T {
  return input;
}
