import type { ServiceFacts } from "@policy/core/render";
import type { RecordMessages } from "./record-messages.js";

/**
 * A service's transfers as the record lists them: each country with its ground, "none" where there are none, and
 * "not known" where the provider's documents leave open where the data goes (after any transfers they do name).
 */
export function transferLines(facts: ServiceFacts, m: RecordMessages): string[] {
  const listed = facts.transfers.map((t) => `${t.country}: ${t.ground}`);
  if (facts.transfersUnconfirmed) return [...listed, m.transfersUnknown];
  return listed.length === 0 ? [m.noTransfers] : listed;
}
