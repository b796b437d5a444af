import { serviceCategories, serviceCategoryIds, type Locale, type Processor } from "@policy/core";
import { formatTable } from "../text-table.js";

/**
 * How many entries there are, and how many of each kind of service: the kinds with the most
 * entries first (then by label, so the order is the same on every machine). An entry of several
 * kinds counts once in each, which the heading says.
 */
export function catalogSummary(entries: readonly Processor[], locale: Locale): string {
  const counts = serviceCategoryIds
    .map((id) => ({ label: serviceCategories[id][locale], count: entries.filter((entry) => entry.categories?.includes(id) === true).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const rows = counts.map(({ label, count }) => [label, String(count)]);
  const table = formatTable([{ header: "KIND OF SERVICE" }, { header: "ENTRIES" }], rows);
  return `${entries.length} entries; an entry of several kinds counts in each:\n${table}`;
}
