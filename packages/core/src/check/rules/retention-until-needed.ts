import type { LocalizedText } from "../../model/localized-text.js";
import type { ComplianceRule } from "../rule.js";

/** "Until it is no longer needed", in the words `policy init` writes and authors use. */
const untilNeeded = [
  /\bno longer (?:needed|required|necessary)\b/i,
  /\bas long as (?:it is |they are )?(?:needed|necessary|required)\b/i,
  /\bnicht mehr (?:benötigt|erforderlich|gebraucht)\b/i,
  /\bsolange (?:sie |es )?(?:benötigt|erforderlich)\b/i,
];

function saysOnlyUntilNeeded(text: LocalizedText | undefined): boolean {
  if (text === undefined) return false;
  const texts = typeof text === "string" ? [text] : Object.values(text).filter((value): value is string => typeof value === "string");
  return texts.some((value) => untilNeeded.some((pattern) => pattern.test(value)));
}

/**
 * Art. 13(2)(a) GDPR asks for the period, or the criteria that decide it. The Article 29 Working
 * Party's transparency guidelines (WP260 rev.01, endorsed by the EDPB) say that keeping data "as
 * long as necessary" is not enough. A service whose retention says only that (or says nothing the
 * provider confirms, so that the text falls back to it) fails.
 */
export const retentionUntilNeeded: ComplianceRule = {
  code: "retention-until-needed",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Say how long the data is kept, or by which criteria the period is decided, not only “as long as needed”.",
    de: "Angeben, wie lange die Daten gespeichert werden oder nach welchen Kriterien sich die Dauer richtet, nicht nur „solange erforderlich“.",
  },
  source: "Art. 13(2)(a) GDPR; Article 29 Working Party, Guidelines on transparency under Regulation 2016/679 (WP260 rev.01), endorsed by the EDPB",
  check({ data, policy }) {
    return policy.services.flatMap((service, index) => {
      if (service.keptBy === "provider") return [];
      const written = data.services[index]?.retention;
      const retention = service.retention;
      const vague =
        retention === null || (retention.duration === undefined && retention.criteria === undefined && saysOnlyUntilNeeded(retention.until));
      if (!vague) return [];
      return [
        {
          segments: written === undefined ? ["services", index] : ["services", index, "retention"],
          message: {
            en: "the retention says only that the data is kept as long as it is needed: give a period (duration), the event it ends with (until), or the criteria that decide it (criteria)",
            de: "die Speicherdauer sagt nur, dass die Daten gespeichert werden, solange sie benötigt werden: geben Sie eine Dauer (duration), das Ereignis, mit dem sie endet (until), oder die Kriterien an, nach denen sie sich richtet (criteria)",
          },
        },
      ];
    });
  },
};
