import {
  countryName,
  formatIssue,
  getDataCategory,
  getLegalBasis,
  type Locale,
  type LocalizedText,
  type Policy,
  type PolicyIssue,
} from "@policy/core";

/** Plain text of a localized value, in the given language. */
function text(value: LocalizedText, locale: Locale): string {
  return typeof value === "string" ? value : (value[locale] ?? Object.values(value)[0] ?? "");
}

/**
 * A short overview of a validated policy: who is responsible, each service with its provider,
 * legal bases and data, and any warnings. What `npm start` prints until the renderers exist.
 */
export function summarize(policy: Policy, warnings: readonly PolicyIssue[], locale: Locale = "en"): string {
  const { controller } = policy;
  const lines = [
    `Privacy policy ${policy.meta.version}, effective ${policy.meta.effective}`,
    `Controller: ${controller.name}, ${controller.address.city}, ${countryName(controller.address.country, locale)}`,
    `Languages: ${policy.locales.join(", ")}`,
    "",
    `${policy.services.length} services:`,
  ];
  for (const service of policy.services) {
    const provider = service.processor === null ? "in-house" : `${service.processor.entity.name}, ${countryName(service.processor.entity.address.country, locale)}`;
    const bases = [...new Set(service.purposes.map((purpose) => getLegalBasis(purpose.legalBasis).citation[locale]))];
    lines.push(`- ${text(service.name, locale)} (${provider})`);
    lines.push(`  legal basis: ${bases.join("; ")}`);
    lines.push(`  data: ${service.data.map((item) => getDataCategory(item.category).label[locale]).join(", ")}`);
    if (service.transfers.length > 0) {
      lines.push(`  transfers: ${service.transfers.map((transfer) => `${countryName(transfer.country, locale)} (${transfer.mechanism})`).join(", ")}`);
    }
  }
  lines.push("");
  lines.push(warnings.length === 0 ? "No issues found." : `${warnings.length} warnings:`);
  lines.push(...warnings.map((warning) => `  ${formatIssue(warning)}`));
  return `${lines.join("\n")}\n`;
}
