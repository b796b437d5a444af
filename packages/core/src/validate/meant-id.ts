import {
  countryCodes,
  countryName,
  dataCategories,
  dataSubjects,
  legalBases,
  locales,
  purposes,
  specialCategoryConditions,
  transferGrounds,
} from "../taxonomy/index.js";

/** A vocabulary's entries as an author might write them: by label (in each language) as well as by id. */
interface Entry {
  readonly id: string;
  readonly names: readonly string[];
}

const labelled = (
  entries: readonly {
    readonly id: string;
    readonly label: Readonly<Record<string, string>>;
    readonly inSentence?: Readonly<Record<string, string>>;
  }[],
): Entry[] =>
  entries.map((entry) => ({
    id: entry.id,
    names: locales.flatMap((locale) => [entry.label[locale]!, entry.inSentence?.[locale] ?? entry.label[locale]!]),
  }));

/** Each vocabulary by the word issues name it by (see vocabularies.ts). */
const entriesOf: Readonly<Record<string, () => readonly Entry[]>> = {
  "data category": () => labelled(dataCategories),
  purpose: () => labelled(purposes),
  "data subject": () => labelled(dataSubjects),
  "legal basis": () => labelled(legalBases),
  "Art. 9(2) condition": () => labelled(specialCategoryConditions),
  "transfer ground": () => labelled(transferGrounds),
  "country code": () => countryCodes.map((code) => ({ id: code, names: locales.map((locale) => countryName(code, locale)) })),
};

/** The vocabularies whose ids are articles: A6-1-f, A9-2-a, A46-2-c. */
const cited = new Set(["legal basis", "Art. 9(2) condition", "transfer ground"]);

const normalised = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The id a written value means, where it is not a typo of the id but another way of saying it:
 * a citation ("Art. 6(1)(f)", "Art. 6 Abs. 1 lit. f DSGVO" → A6-1-f), a label in any of our
 * languages ("Österreich" → AT), or one word of an id that only one id has ("applicant" →
 * job_applicant). Undefined where none of these points to exactly one id.
 */
export function meantId(vocabulary: string, written: string): string | undefined {
  const entries = entriesOf[vocabulary]?.();
  if (entries === undefined || written.length > 200) return undefined;
  const ids = new Set(entries.map((entry) => entry.id));
  if (cited.has(vocabulary)) {
    const id = idOfCitation(written);
    if (id !== undefined && ids.has(id)) return id;
  }
  const text = normalised(written);
  const byName = unique(entries.filter((entry) => entry.names.some((name) => normalised(name) === text)).map((entry) => entry.id));
  if (byName !== undefined) return byName;
  const word = text.replace(/[\s-]+/g, "_");
  return unique(entries.filter((entry) => entry.id.toLowerCase().split(/[._]/).includes(word)).map((entry) => entry.id));
}

function unique(ids: readonly string[]): string | undefined {
  const distinct = [...new Set(ids)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/**
 * An article, paragraph and point as the English and German citations write them, to our id:
 * "Art. 6(1)(f) GDPR", "Art. 6 para. 1 lit. f", "Artikel 6 Absatz 1 Buchstabe f DSGVO", "6(1)(f)".
 */
function idOfCitation(written: string): string | undefined {
  const text = normalised(written)
    .replace(/\b(?:uk gdpr|gdpr|dsgvo)\b/g, "")
    .replace(/^(?:art(?:icle|ikel)?\.?)\s*/, "")
    .trim();
  const english = /^(\d+)\s*\((\d+)\)\s*(?:\(([a-z]{1,2})\))?$/.exec(text);
  const spelled =
    /^(\d+)\s*(?:abs(?:atz)?\.?|para(?:graph)?\.?)\s*(\d+)\s*(?:(?:lit(?:era)?\.?|buchst(?:abe)?\.?|let(?:ter)?\.?|point)\s*([a-z]{1,2}))?$/.exec(
      text,
    );
  const match = english ?? spelled;
  if (match === null) return undefined;
  const [, article, paragraph, point] = match;
  return `A${article}-${paragraph}${point === undefined ? "" : `-${point}`}`;
}
