import type { GermanArticle } from "../model/party.js";
import { text, type Inline } from "./inline.js";

/** A party's name as a sentence uses it: the name, and the article German puts before it. */
export interface PartyName {
  readonly name: Inline;
  readonly article: GermanArticle;
}

// Legal forms that end a company's name, all feminine in German ("die Gesellschaft", "die
// Corporation"): German, Austrian and Swiss forms, and the foreign ones common among providers.
const feminineForms = [
  "GmbH",
  "gGmbH",
  "mbH",
  "AG",
  "SE",
  "KG",
  "KGaA",
  "OHG",
  "OG",
  "UG",
  "UG (haftungsbeschränkt)",
  "GbR",
  "PartG",
  "PartG mbB",
  "eG",
  "Inc.",
  "Inc",
  "LLC",
  "L.L.C.",
  "Ltd",
  "Ltd.",
  "Limited",
  "PLC",
  "plc",
  "Corp.",
  "Corporation",
  "LP",
  "LLP",
  "SAS",
  "S.A.S.",
  "SA",
  "S.A.",
  "SARL",
  "S.à r.l.",
  "B.V.",
  "N.V.",
  "AB",
  "ApS",
  "A/S",
  "AS",
  "ASA",
  "Oy",
  "Oyj",
  "S.p.A.",
  "S.r.l.",
  "S.L.",
  "Sp. z o.o.",
  "S.C.A.",
  "SCA",
];
// "der Verein", "der Versicherungsverein".
const masculineForms = ["e.V.", "e. V.", "eV", "VVaG"];

/**
 * The German article of a name: the party's own (`article`), else the one its legal form takes
 * ("Hetzner Online GmbH" → "die", "Förderverein Musterschule e.V." → "der"), else none: a person's
 * name, or a name whose form we do not know, stands alone rather than with a wrong article. A name
 * that starts with an article of its own ("The Rocket Science Group LLC") takes no second one.
 */
export function germanArticle(name: string, article?: GermanArticle): GermanArticle {
  if (article !== undefined) return article;
  const trimmed = name.trim();
  if (/^(?:The|Der|Die|Das|Le|La|Les|El|Il|De|Het)\s/u.test(trimmed)) return "none";
  if (masculineForms.some((form) => endsWithForm(trimmed, form))) return "der";
  if (feminineForms.some((form) => endsWithForm(trimmed, form))) return "die";
  return "none";
}

function endsWithForm(name: string, form: string): boolean {
  return name === form ? false : name.endsWith(form) && /[\s,]$/u.test(name.slice(0, name.length - form.length));
}

/** A party's name for a sentence, with its article. */
export function partyName(party: { readonly name: string; readonly article?: GermanArticle | undefined }): PartyName {
  return { name: [text(party.name)], article: germanArticle(party.name, party.article) };
}
