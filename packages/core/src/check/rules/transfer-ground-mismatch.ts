import { getSwissAdequacy } from "../../taxonomy/swiss-adequacy.js";
import { getUkAdequacy } from "../../taxonomy/uk-adequacy.js";
import { getAdequacy, type CountryCode, type SourceText, type TransferGroundId } from "../../taxonomy/index.js";
import type { ValidationRule } from "../rule.js";
import { serviceLists } from "../service-lists.js";

/** Why a ground cannot carry a transfer to this country, or undefined where it can. */
function mismatch(mechanism: TransferGroundId, country: CountryCode): SourceText | undefined {
  switch (mechanism) {
    case "A45-3":
      return getAdequacy(country) === undefined
        ? { en: `there is no EU adequacy decision for ${country}`, de: `für ${country} gibt es keinen Angemessenheitsbeschluss der EU` }
        : undefined;
    case "UK-A45A":
      return getUkAdequacy(country) === undefined
        ? {
            en: `no UK adequacy regulations cover ${country}`,
            de: `keine Angemessenheitsvorschriften des Vereinigten Königreichs erfassen ${country}`,
          }
        : undefined;
    case "CH-A16-1":
      return getSwissAdequacy(country) === undefined
        ? {
            en: `the Federal Council has not recognised adequate protection for ${country} (Annex 1 DPO)`,
            de: `der Bundesrat hat für ${country} keinen angemessenen Schutz festgestellt (Anhang 1 DSV)`,
          }
        : undefined;
  }
  const framework = {
    "EU-US-DPF": { en: "the EU-US Data Privacy Framework", de: "der EU-US-Datenschutzrahmen" },
    "UK-US-DPF": { en: "the UK Extension to the EU-US Data Privacy Framework", de: "die UK-Erweiterung des EU-US-Datenschutzrahmens" },
    "CH-US-DPF": { en: "the Swiss-US Privacy Framework", de: "der Datenschutzrahmen zwischen der Schweiz und den USA" },
  }[mechanism as string];
  if (framework === undefined || country === "US") return undefined;
  return {
    en: `${framework.en} covers transfers to the US only, not ${country}`,
    de: `${framework.de} erfasst nur Übermittlungen in die USA, nicht nach ${country}`,
  };
}

/**
 * A transfer's ground must exist for its country: an adequacy decision (EU, UK or Swiss) for that
 * country, or a US framework for the US.
 */
export const transferGroundMismatch: ValidationRule = {
  code: "transfer-ground-mismatch",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Rest each transfer on a ground that exists for its country.",
    de: "Jede Übermittlung auf eine Grundlage stützen, die für ihr Land besteht.",
  },
  source: "Art. 45 GDPR; Art. 45A UK GDPR; Art. 16(1) FADP with Annex 1 DPO",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      const { transfers, transfersAt } = serviceLists(service, index, catalog);
      return transfers.flatMap((transfer, transferIndex) => {
        const message = mismatch(transfer.mechanism, transfer.country);
        return message === undefined ? [] : [{ segments: [...transfersAt, transferIndex, "mechanism"], message }];
      });
    });
  },
};
