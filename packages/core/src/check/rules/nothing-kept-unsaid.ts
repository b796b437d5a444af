import type { LocalizedText } from "../../model/localized-text.js";
import type { ComplianceRule } from "../rule.js";

/** "We store no data ourselves", as authors write it, in English and German. */
const keepsNothing =
  /\b(?:we|I) (?:do not|don't|never) (?:store|keep|save|retain)\b|\b(?:store|keep|save|retain)s? no (?:personal )?data\b|\b(?:speichern|behalten) wir (?:selbst )?(?:keine|nicht)\b|\bwir speichern (?:selbst )?(?:keine|nicht)\b|\bkeine (?:personenbezogenen )?Daten (?:selbst )?(?:gespeichert|speichern)\b/i;

function textsOf(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === "string" ? [text] : Object.values(text).filter((value): value is string => value !== undefined);
}

/**
 * A service whose own words say we keep none of its data, while the policy still treats the data
 * as ours: it lists the service under access, erasure and portability, and gives a retention of
 * ours. `keptBy: provider` makes the text say what the words say.
 */
export const nothingKeptUnsaid: ComplianceRule = {
  code: "nothing-kept-unsaid",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Where only the provider keeps a service's data, say so, so that the policy does not offer rights over data you do not hold.",
    de: "Wo allein der Anbieter die Daten eines Dienstes speichert, das sagen, damit die Erklärung keine Rechte an Daten anbietet, die Sie nicht haben.",
  },
  source: "Art. 12(1) and Art. 13(2)(a) and (b) GDPR",
  check({ data }) {
    return data.services.flatMap((service, index) => {
      if (service.keptBy === "provider") return [];
      const retention = service.retention;
      const texts = [service.description, service.deletion, retention?.until, retention?.criteria].flatMap(textsOf);
      if (!texts.some((text) => keepsNothing.test(text))) return [];
      return [
        {
          segments: ["services", index],
          message: {
            en: "the service's text says you keep none of its data, but the policy lists it under the rights over data you hold (access, erasure, portability): if only the provider keeps the data, write keptBy: provider",
            de: "der Text des Dienstes sagt, dass Sie keine seiner Daten speichern, aber die Erklärung nennt ihn bei den Rechten an Daten, die Sie haben (Auskunft, Löschung, Übertragbarkeit): wenn allein der Anbieter die Daten speichert, schreiben Sie keptBy: provider",
          },
        },
      ];
    });
  },
};
