import type { PolicyData } from "../../model/policy.js";
import type { Locale } from "../../taxonomy/index.js";
import type { Catalog } from "../../validate/catalog.js";
import { processorOf } from "../../validate/resolve.js";
import type { RuleFinding, ValidationRule } from "../rule.js";

type ServiceData = PolicyData["services"][number];

/** A service's name in one language, as readers see it, and whether it is only the service's id. */
interface VisibleName {
  readonly name: string;
  readonly fromId: boolean;
}

/**
 * A service's name titles its section, which is a landmark screen readers list, and its entry in
 * the contents: two services named alike in a language leave readers two sections they cannot
 * tell apart. Names are compared as they sound: in any case, and with any run of spaces as one.
 */
export const duplicateName: ValidationRule = {
  code: "duplicate-name",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Give each service a name of its own in each language, so that readers can tell the sections apart.",
    de: "Jedem Dienst in jeder Sprache einen eigenen Namen geben, damit man die Abschnitte unterscheiden kann.",
  },
  source: "Art. 12(1) GDPR (intelligible and easily accessible form); WCAG 2.2, Success Criterion 2.4.6",
  check({ data, catalog }) {
    const findings: RuleFinding[] = [];
    const named = new Map<Locale, Map<string, { index: number; fromId: boolean }>>(data.locales.map((locale) => [locale, new Map()]));
    const several = data.locales.length > 1;
    const write = several ? `{ ${data.locales.map((locale) => `${locale}: ...`).join(", ")} }` : "...";
    data.services.forEach((service, index) => {
      // The earlier service each name is already used by, with the languages where it is.
      const clashes = new Map<number, { locale: Locale; name: string }[]>();
      for (const locale of data.locales) {
        const visible = visibleName(service, locale, catalog);
        if (visible === undefined) continue;
        const key = comparable(visible.name);
        if (key === "") continue;
        const earlier = named.get(locale)!.get(key);
        if (earlier === undefined) {
          named.get(locale)!.set(key, { index, fromId: visible.fromId });
          continue;
        }
        // Two names that are both ids can only be the same id, which duplicate-id reports already.
        if (earlier.fromId && visible.fromId) continue;
        clashes.set(earlier.index, [...(clashes.get(earlier.index) ?? []), { locale, name: visible.name }]);
      }
      for (const [earlier, names] of clashes) {
        const shown = names.map(({ locale, name }) => (several ? `"${name.trim()}" (${locale})` : `"${name.trim()}"`)).join(", ");
        findings.push({
          segments: ["services", index],
          message: {
            en:
              `the service's name ${shown} is already used by services[${earlier}]: readers and screen readers could not tell the two ` +
              `apart, since both sections and both entries in the contents would have the same title. Give one of them a name of its own (name: ${write})`,
            de:
              `der Name ${shown} wird schon von services[${earlier}] verwendet: Leser und Screenreader könnten die beiden nicht unterscheiden, ` +
              `da beide Abschnitte und beide Einträge im Inhaltsverzeichnis denselben Titel hätten. Geben Sie einem der beiden einen eigenen Namen (name: ${write})`,
          },
        });
      }
    });
    return findings;
  },
};

/**
 * What the document titles the service with in a language: its own name, else its processor's,
 * else its id (as resolvePolicy does). Undefined where that is not known yet: a processor the
 * catalog does not have, or a translation that is missing (both reported elsewhere).
 */
function visibleName(service: ServiceData, locale: Locale, catalog: Catalog | undefined): VisibleName | undefined {
  if (service.name !== undefined) {
    const name = typeof service.name === "string" ? service.name : service.name[locale];
    return name === undefined ? undefined : { name, fromId: false };
  }
  const processor = processorOf(service, catalog);
  if (processor !== undefined) return { name: processor.name, fromId: false };
  return typeof service.processor === "string" ? undefined : { name: service.id, fromId: true };
}

/** How a name sounds: case and spacing aside. */
function comparable(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
