import { processorOf } from "../../validate/resolve.js";
import type { ValidationRule } from "../rule.js";

/** How old a provider's facts may be before they are to be checked again. */
const staleAfterMonths = 12;

/** Providers change companies, transfers and cookies: facts checked more than a year ago may no longer hold. */
export const staleProviderFacts: ValidationRule = {
  code: "stale-provider-facts",
  stage: "validate",
  severity: "warning",
  duty: {
    en: `Check a provider's facts against its current documents at least every ${staleAfterMonths} months.`,
    de: `Die Angaben über einen Anbieter mindestens alle ${staleAfterMonths} Monate mit seinen aktuellen Unterlagen abgleichen.`,
  },
  source: "Art. 13(1)(e) and (f) GDPR (the recipients and transfers as they are)",
  check({ data, catalog, today }) {
    return data.services.flatMap((service, index) => {
      const processor = processorOf(service, catalog);
      if (processor?.checked === undefined || monthsBetween(processor.checked, today) <= staleAfterMonths) return [];
      return [
        {
          segments: ["services", index, "processor"],
          message: {
            en: `${processor.name}: the provider's facts were last checked on ${processor.checked}, more than ${staleAfterMonths} months ago: update @policy/catalog, or check them against the provider's current documents`,
            de: `${processor.name}: die Angaben über den Anbieter wurden zuletzt am ${processor.checked} geprüft, vor mehr als ${staleAfterMonths} Monaten: aktualisieren Sie @policy/catalog oder prüfen Sie sie anhand der aktuellen Unterlagen des Anbieters`,
          },
        },
      ];
    });
  },
};

/** Whole calendar months from one date to a later one (2025-12-06 to 2026-12-06 is 12). */
function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split("-").map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split("-").map(Number) as [number, number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
}
