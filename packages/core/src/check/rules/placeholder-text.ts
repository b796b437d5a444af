import type { PathSegment } from "../../validate/path.js";
import type { ComplianceRule, RuleFinding } from "../rule.js";

/**
 * Marks people leave where the real text is still to come: a to-do, a template's blank, dummy
 * text. Only capitals count as a to-do, and a bracket only with a word that asks for input, so
 * that ordinary text does not match.
 */
const placeholders: readonly RegExp[] = [
  /\b(?:TODO|TBD|FIXME|XXX)\b/,
  /\blorem ipsum\b/i,
  /\[[^\]\n]*\b(?:your|company|name|insert|address|date|ihre?|firma|einfügen|adresse|datum)\b[^\]\n]*\]/i,
  /<(?:your|insert|company|ihre?|firma)\b[^>\n]*>/i,
  /\{\{[^}\n]*\}\}/,
  /^\s*(?:\.{2,}|…|\?+|-+|–)\s*$/,
];

/** Every text in the policy as written, with where it is. */
function* textsOf(value: unknown, segments: PathSegment[] = []): Generator<[PathSegment[], string]> {
  if (typeof value === "string") yield [segments, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* textsOf(item, [...segments, index]);
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) yield* textsOf(item, [...segments, key]);
}

/** A placeholder published as it stands tells readers nothing, and says the policy was never finished. */
export const placeholderText: ComplianceRule = {
  code: "placeholder-text",
  stage: "check",
  severity: "error",
  duty: {
    en: "Replace every placeholder (TODO, [Company name], lorem ipsum, ...) with the real text before publishing.",
    de: "Jeden Platzhalter (TODO, [Firmenname], Lorem ipsum, ...) vor der Veröffentlichung durch den echten Text ersetzen.",
  },
  source: "Art. 12(1) GDPR (concise, transparent, intelligible information) and Art. 13 GDPR",
  check({ data }) {
    const findings: RuleFinding[] = [];
    for (const [segments, text] of textsOf(data)) {
      const match = placeholders.map((pattern) => pattern.exec(text)?.[0]).find((found) => found !== undefined);
      if (match === undefined) continue;
      const shown = match.trim() === "" ? text : match.trim();
      findings.push({
        segments,
        message: {
          en: `"${shown}" is a placeholder: write the text readers should see`,
          de: `„${shown}“ ist ein Platzhalter: schreiben Sie den Text, den die Leser sehen sollen`,
        },
      });
    }
    return findings;
  },
};
