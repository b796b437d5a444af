import { processorOf, providerOf } from "../../validate/resolve.js";
import type { ValidationRule } from "../rule.js";

/**
 * `keptBy: provider` says that we hold none of the data, because its provider receives it and
 * keeps it under its own responsibility. That is so only for a provider that is a controller
 * (alone or jointly with us): a processor keeps the data on our behalf (Art. 28 GDPR), so what it
 * keeps, we keep, and the rights over it are ours to answer.
 */
export const keptByProcessor: ValidationRule = {
  code: "kept-by-processor",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Say that only the provider keeps the data only where the provider is a controller, not a processor acting for you.",
    de: "Nur dann sagen, dass allein der Anbieter die Daten speichert, wenn er Verantwortlicher ist und nicht in Ihrem Auftrag verarbeitet.",
  },
  source: "Art. 4(7) and (8), Art. 28 GDPR",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      if (service.keptBy !== "provider") return [];
      // An unknown processor is reported as such.
      if (processorOf(service, catalog) === undefined && typeof service.processor === "string") return [];
      // Software we host ourselves is no provider: the processing is ours.
      const processor = providerOf(service, catalog);
      if (processor !== undefined && processor.role !== "processor") return [];
      return [
        {
          segments: ["services", index, "keptBy"],
          message:
            processor === undefined
              ? {
                  en: "keptBy: provider, but the service has no provider: what you do yourself, you keep; leave keptBy out",
                  de: "keptBy: provider, aber der Dienst hat keinen Anbieter: was Sie selbst tun, speichern Sie selbst; lassen Sie keptBy weg",
                }
              : {
                  en: `keptBy: provider, but ${processor.name} processes the data on your behalf (role: processor), so what it keeps, you keep: leave keptBy out, or correct the provider's role`,
                  de: `keptBy: provider, aber ${processor.name} verarbeitet die Daten in Ihrem Auftrag (role: processor), was er speichert, speichern also Sie: lassen Sie keptBy weg oder berichtigen Sie die Rolle des Anbieters`,
                },
        },
      ];
    });
  },
};
