import type { SourceText } from "../taxonomy/index.js";
import type { ChangeClass, ChangeKind, ChangeSubject } from "./change.js";

/** How one kind of change is classed, and why: the duty it follows from. */
export interface ChangeRule {
  readonly subject: ChangeSubject;
  readonly kind: ChangeKind;
  readonly class: ChangeClass;
  /** Where the duty is written. */
  readonly source: string;
  readonly why: SourceText;
}

/**
 * The classes of changes, as data. WP260 rev.01 (the Article 29 Working Party's transparency
 * guidelines, endorsed by the EDPB) names, para. 29, a change of purpose, of the controller's
 * identity and of how rights are exercised as changes always to be communicated, and misspellings
 * or stylistic fixes as not material; para. 30 names more recipients and new transfers to a third
 * country as fundamental changes, to be told well in advance (read in the guidelines' Italian
 * version; the English one only as others quote it). A change is material where the reader must
 * learn of it before it applies: it adds a purpose, a recipient, data, a country or a longer
 * storage period, weakens the ground of a transfer, or changes who is responsible or how rights
 * are exercised. What takes
 * something away is worth pointing out; words alone are editorial.
 */
export const changeRules = {
  "service-added": {
    subject: "service",
    kind: "added",
    class: "material",
    source: "Art. 13(1)(c) and (e) GDPR; WP260 rev.01, paras. 29 and 30",
    why: {
      en: "A new service brings purposes, data and recipients the policy did not name.",
      de: "Ein neuer Dienst bringt Zwecke, Daten und Empfänger, die die Erklärung nicht nannte.",
    },
  },
  "service-removed": {
    subject: "service",
    kind: "removed",
    class: "notable",
    source: "Art. 12(1) GDPR",
    why: {
      en: "Processing that ends is worth telling, but needs no notice before it.",
      de: "Eine Verarbeitung, die endet, ist mitteilenswert, braucht aber keine Vorankündigung.",
    },
  },
  "purpose-added": {
    subject: "purpose",
    kind: "added",
    class: "material",
    source: "Art. 13(3) and Art. 14(4) GDPR; WP260 rev.01, para. 29",
    why: {
      en: "Data is processed for a purpose other than the one it was collected for: people are told before.",
      de: "Daten werden für einen anderen Zweck verarbeitet als den, für den sie erhoben wurden: die Menschen erfahren es vorher.",
    },
  },
  "purpose-removed": {
    subject: "purpose",
    kind: "removed",
    class: "notable",
    source: "Art. 12(1) GDPR",
    why: { en: "A purpose that ends is worth telling.", de: "Ein Zweck, der entfällt, ist mitteilenswert." },
  },
  "legal-basis-changed": {
    subject: "legal-basis",
    kind: "changed",
    class: "material",
    source: "Art. 13(1)(c) GDPR; WP260 rev.01, para. 30",
    why: {
      en: "The legal basis decides which rights people have (objection, withdrawal, portability).",
      de: "Die Rechtsgrundlage entscheidet, welche Rechte die Menschen haben (Widerspruch, Widerruf, Übertragbarkeit).",
    },
  },
  "data-category-added": {
    subject: "data-category",
    kind: "added",
    class: "material",
    source: "Art. 14(1)(d) GDPR; WP260 rev.01, para. 30",
    why: { en: "More data is processed than the policy said.", de: "Es werden mehr Daten verarbeitet, als die Erklärung sagte." },
  },
  "data-category-removed": {
    subject: "data-category",
    kind: "removed",
    class: "notable",
    source: "Art. 12(1) GDPR",
    why: { en: "Less data is processed.", de: "Es werden weniger Daten verarbeitet." },
  },
  "provider-changed": {
    subject: "provider",
    kind: "changed",
    class: "material",
    source: "Art. 13(1)(e) GDPR; WP260 rev.01, para. 30",
    why: { en: "Another company receives the data.", de: "Ein anderes Unternehmen erhält die Daten." },
  },
  "recipient-added": {
    subject: "recipient",
    kind: "added",
    class: "material",
    source: "Art. 13(1)(e) GDPR; WP260 rev.01, para. 30",
    why: { en: "Someone new receives the data.", de: "Jemand Neues erhält die Daten." },
  },
  "recipient-removed": {
    subject: "recipient",
    kind: "removed",
    class: "notable",
    source: "Art. 12(1) GDPR",
    why: { en: "A recipient no longer receives the data.", de: "Ein Empfänger erhält die Daten nicht mehr." },
  },
  "transfer-added": {
    subject: "transfer",
    kind: "added",
    class: "material",
    source: "Art. 13(1)(f) GDPR; WP260 rev.01, para. 30",
    why: { en: "The data goes to a country it did not go to before.", de: "Die Daten gehen in ein Land, in das sie vorher nicht gingen." },
  },
  "transfer-removed": {
    subject: "transfer",
    kind: "removed",
    class: "notable",
    source: "Art. 12(1) GDPR",
    why: { en: "The data no longer goes to a country.", de: "Die Daten gehen nicht mehr in ein Land." },
  },
  "transfer-weaker": {
    subject: "transfer",
    kind: "changed",
    class: "material",
    source: "Art. 46(1) and Art. 49(1) GDPR",
    why: {
      en: "The transfer now rests on a weaker ground: safeguards where there was an adequacy decision, or a derogation where there were safeguards.",
      de: "Die Übermittlung stützt sich nun auf eine schwächere Grundlage: Garantien statt eines Angemessenheitsbeschlusses oder eine Ausnahme statt Garantien.",
    },
  },
  "transfer-ground-changed": {
    subject: "transfer",
    kind: "changed",
    class: "notable",
    source: "Art. 13(1)(f) GDPR",
    why: {
      en: "The transfer rests on another ground that is not weaker.",
      de: "Die Übermittlung stützt sich auf eine andere, nicht schwächere Grundlage.",
    },
  },
  "retention-longer": {
    subject: "retention",
    kind: "changed",
    class: "material",
    source: "Art. 13(2)(a) GDPR; WP260 rev.01, para. 30",
    why: { en: "The data is kept longer than the policy said.", de: "Die Daten werden länger gespeichert, als die Erklärung sagte." },
  },
  "retention-changed": {
    subject: "retention",
    kind: "changed",
    class: "notable",
    source: "Art. 13(2)(a) GDPR",
    why: {
      en: "The storage period changed, and is not plainly longer.",
      de: "Die Speicherdauer hat sich geändert und ist nicht eindeutig länger.",
    },
  },
  "controller-changed": {
    subject: "controller",
    kind: "changed",
    class: "material",
    source: "Art. 13(1)(a) GDPR; WP260 rev.01, para. 29",
    why: { en: "Someone else is responsible for the data.", de: "Jemand anderes ist für die Daten verantwortlich." },
  },
  "controller-contact-changed": {
    subject: "controller",
    kind: "changed",
    class: "notable",
    source: "Art. 13(1)(a) GDPR",
    why: { en: "The controller's contact details changed.", de: "Die Kontaktdaten des Verantwortlichen haben sich geändert." },
  },
  "rights-contact-changed": {
    subject: "rights-contact",
    kind: "changed",
    class: "material",
    source: "Art. 13(2)(b) GDPR; WP260 rev.01, para. 29",
    why: { en: "People exercise their rights in another way.", de: "Die Menschen üben ihre Rechte auf anderem Weg aus." },
  },
  "dpo-changed": {
    subject: "dpo",
    kind: "changed",
    class: "notable",
    source: "Art. 13(1)(b) GDPR",
    why: {
      en: "The data protection officer or their contact details changed.",
      de: "Der Datenschutzbeauftragte oder seine Kontaktdaten haben sich geändert.",
    },
  },
  "representative-changed": {
    subject: "representative",
    kind: "changed",
    class: "notable",
    source: "Art. 13(1)(a) GDPR",
    why: { en: "The representative or their contact details changed.", de: "Der Vertreter oder seine Kontaktdaten haben sich geändert." },
  },
  "cookie-added": {
    subject: "cookie",
    kind: "added",
    class: "notable",
    source: "Art. 5(3) Directive 2002/58/EC",
    why: {
      en: "Something new is stored on or read from the device; where it needs consent, it is asked for when it applies.",
      de: "Etwas Neues wird auf dem Gerät gespeichert oder ausgelesen; wo es eine Einwilligung braucht, wird sie eingeholt, wenn es soweit ist.",
    },
  },
  "cookie-removed": {
    subject: "cookie",
    kind: "removed",
    class: "notable",
    source: "Art. 5(3) Directive 2002/58/EC",
    why: { en: "Something is no longer stored on the device.", de: "Etwas wird nicht mehr auf dem Gerät gespeichert." },
  },
  "cookie-changed": {
    subject: "cookie",
    kind: "changed",
    class: "notable",
    source: "Art. 5(3) Directive 2002/58/EC",
    why: {
      en: "What is stored on the device, or for how long, changed.",
      de: "Was auf dem Gerät gespeichert wird oder wie lange, hat sich geändert.",
    },
  },
  wording: {
    subject: "service",
    kind: "changed",
    class: "editorial",
    source: "WP260 rev.01, para. 29",
    why: { en: "Only the words changed.", de: "Nur der Wortlaut hat sich geändert." },
  },
} as const satisfies Record<string, ChangeRule>;

export type ChangeRuleId = keyof typeof changeRules;
