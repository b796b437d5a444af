import type { PolicyData } from "../model/policy.js";
import type { Processor } from "../model/processor.js";
import type { ParseOptions } from "./catalog.js";
import type { LocatedIssue } from "./zod-issues.js";
import { processorOf } from "./resolve.js";

/** How old a provider's facts may be before validation asks for them to be checked again. */
const staleAfterMonths = 12;

/**
 * What a policy takes on trust from its providers' entries: a fact no provider document
 * confirms (the text leaves it unsaid, so the policy should state it), and facts last checked
 * more than a year ago. Both are warnings at the service's processor.
 */
export function checkProviderFacts(policy: PolicyData, options: ParseOptions): LocatedIssue[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const issues: LocatedIssue[] = [];
  policy.services.forEach((service, index) => {
    const processor = processorOf(service, options.catalog);
    if (processor === undefined) return;
    const at = ["services", index, "processor"] as const;
    // A list the service states itself replaces the provider's, and with it the provider's doubts.
    const ownList = (fact: string) =>
      (fact.startsWith("transfers[") && service.transfers !== undefined) ||
      (fact.startsWith("deviceAccess[") && service.deviceAccess !== undefined) ||
      (fact === "retention" && service.retention !== undefined);
    // A catalog entry's notes can be read with `policy catalog show`; an inline processor's are the author's own.
    const notes = typeof service.processor === "string" ? ` (\`policy catalog show ${processor.id}\` says what is known)` : "";
    for (const { fact } of processor.unconfirmed) {
      if (ownList(fact)) continue;
      issues.push({
        code: "unconfirmed-fact",
        severity: "warning",
        message: `${processor.name}: the provider's documents do not confirm ${fact} (${describe(processor, fact)}), so the policy does not state it; confirm it with the provider, and state it in this service where it applies${notes}`,
        segments: at,
      });
    }
    if (processor.checked !== undefined && monthsBetween(processor.checked, today) > staleAfterMonths) {
      issues.push({
        code: "stale-provider-facts",
        severity: "warning",
        message: `${processor.name}: the provider's facts were last checked on ${processor.checked}, more than ${staleAfterMonths} months ago: update @policy/catalog, or check them against the provider's current documents`,
        segments: at,
      });
    }
  });
  return issues;
}

/** The marked fact's value in words, so the warning says which transfer or cookie is meant. */
function describe(processor: Processor, fact: string): string {
  const item = /^(transfers|deviceAccess)\[(\d+)\]/.exec(fact);
  if (item?.[1] === "transfers") {
    const transfer = processor.transfers[Number(item[2])];
    if (transfer === undefined) return "missing";
    const recipient = typeof transfer.recipient === "object" ? (transfer.recipient.en ?? Object.values(transfer.recipient)[0]) : transfer.recipient;
    return `to ${transfer.country}${recipient === undefined ? "" : `, ${recipient}`}`;
  }
  if (item?.[1] === "deviceAccess") return processor.deviceAccess[Number(item[2])]?.name ?? "missing";
  const role = /^roles\[(\d+)\]/.exec(fact);
  if (role !== null) return processor.roles?.[Number(role[1])]?.role ?? "missing";
  const head = fact.split(".")[0];
  if (head === "entity") return processor.entity.name;
  if (head === "parent") return processor.parent?.name ?? "missing";
  if (head === "euRepresentative") return processor.euRepresentative?.name ?? "missing";
  if (head === "role") return processor.role;
  return "as the entry states it";
}

/** Whole calendar months from one date to a later one (2025-12-06 to 2026-12-06 is 12). */
function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split("-").map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split("-").map(Number) as [number, number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
}
