import { t } from "../inline.js";
import { de, dative, nominative, nominativeAtStart } from "./de.js";
import type { Messages } from "./messages.js";

// Deutsch für eine Erklärung nach der UK GDPR: die deutschen Texte, wo das britische Recht vom
// EU-Recht abweicht, mit dessen Begriffen: „UK GDPR“ in Zitaten (so heißt die Verordnung auch in
// deutschen Texten), das Vereinigte Königreich als Ausgangspunkt einer Übermittlung, britische
// Angemessenheitsverordnungen statt Kommissionsbeschlüssen, Art. 22A bis 22D für automatisierte
// Entscheidungen, Beschwerden bei uns (s. 164A DPA 2018) und bei der britischen Aufsicht. Die
// nennt der Text nur „ICO“: Das Information Commissioner's Office wird zur Information Commission,
// zu einem Datum, das unsere Quellen nicht bestätigen (siehe den Eintrag gb-ico), und „ICO“
// heißen beide.

export const deUk: Messages = {
  ...de,
  titles: { ...de.titles, representative: "Vertreter im Vereinigten Königreich", complaint: "Beschwerden" },

  controllerIntro: t`Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten im Sinne der britischen Datenschutz-Grundverordnung (UK GDPR) ist:`,
  representativeIntro: t`Da wir keine Niederlassung im Vereinigten Königreich haben, haben wir dort einen Vertreter benannt (Art. 27 UK GDPR). An ihn können Sie sich mit allen Fragen zur Verarbeitung Ihrer personenbezogenen Daten wenden:`,
  jointControllersIntro: t`Bei einem Teil der Verarbeitung legen wir gemeinsam mit anderen Stellen fest, wozu und wie Ihre Daten verarbeitet werden. Wir sind dann gemeinsam Verantwortliche (Art. 26 UK GDPR). Dies sind die anderen Stellen und das Wesentliche der jeweiligen Vereinbarung:`,
  jointControllersRights: t`Ihre Rechte können Sie bei uns und bei jedem der anderen Verantwortlichen geltend machen (Art. 26 Abs. 3 UK GDPR).`,

  roleProcessor: (entity) =>
    t`${nominativeAtStart(entity)} verarbeitet die Daten als unser Auftragsverarbeiter, also nur in unserem Auftrag und nach unseren Weisungen (Art. 28 UK GDPR).`,
  roleJointController: (entity) =>
    t`Wir und ${nominative(entity)} legen gemeinsam fest, wozu und wie die Daten verarbeitet werden; wir sind daher gemeinsam Verantwortliche (Art. 26 UK GDPR). Ihre Rechte können Sie bei uns oder bei ${dative(entity)} geltend machen.`,
  roleForProcessor: (scope, entity) =>
    t`${nominativeAtStart(entity)} ist unser Auftragsverarbeiter und handelt nur in unserem Auftrag und nach unseren Weisungen (Art. 28 UK GDPR), und zwar für ${scope}.`,
  roleForJointController: (scope, entity) =>
    t`Wir und ${nominative(entity)} sind gemeinsam Verantwortliche (Art. 26 UK GDPR), und zwar für ${scope}.`,

  specialCategory: t`eine besondere Kategorie personenbezogener Daten (Art. 9 Abs. 1 UK GDPR)`,

  transfersIntro: t`Die Daten werden in Länder außerhalb des Vereinigten Königreichs übermittelt:`,
  noTransfers: t`Die Daten werden nicht in Länder außerhalb des Vereinigten Königreichs übermittelt.`,
  adequacyDecision: (instrument) => t`Anerkannt durch: ${instrument}.`,
  adequacyScope: (scope) => t`Die Anerkennung gilt nur für ${scope}.`,
  adequacyNone: t`Das britische Recht erkennt für dieses Land kein angemessenes Datenschutzniveau an.`,
  adequacyAlso: (instrument) => t`Das britische Recht erkennt für dieses Land außerdem ein angemessenes Datenschutzniveau an (${instrument}).`,
  adequacyLimited: (scope) =>
    t`Das britische Recht erkennt für dieses Land ein angemessenes Datenschutzniveau nur für ${scope} an; diese Übermittlung stützt sich stattdessen auf die oben genannte Grundlage.`,
  transferGroundUnconfirmedShort: "die Unterlagen des Anbieters bestätigen keine Grundlage nach britischem Recht",
  dpfExplained: t`Für US-Organisationen, die an der britischen Erweiterung des EU-US-Datenschutzrahmens (UK Extension) teilnehmen, erkennen britische Verordnungen ein angemessenes Datenschutzniveau an. Diese Empfänger nehmen teil:`,
  adequacyExplained: t`Das britische Recht erkennt für diese Länder ein angemessenes Datenschutzniveau an:`,
  derogation: t`Geeignete Garantien nach Art. 46 UK GDPR bestehen nicht: Die Übermittlung ist nur als Ausnahme für einen bestimmten Fall zulässig.`,
  transfersSectionIntro: t`Einige Dienste übermitteln personenbezogene Daten in Länder außerhalb des Vereinigten Königreichs, sogenannte Drittländer. Jede Übermittlung stützt sich auf eine der Grundlagen, die die UK GDPR dafür vorsieht (Kapitel V UK GDPR):`,

  rightsIntro: t`Nach der UK GDPR haben Sie folgende Rechte in Bezug auf Ihre personenbezogenen Daten. Welche davon gelten, hängt von der Rechtsgrundlage der Verarbeitung ab; gilt ein Recht nur für einzelne Dienste, nennen wir diese.`,
  rights: {
    ...de.rights,
    A22: {
      name: "Automatisierte Entscheidungen",
      text: t`Treffen wir eine erhebliche Entscheidung über Sie ausschließlich automatisiert, können Sie dazu Stellung nehmen, verlangen, dass ein Mensch auf unserer Seite eingreift, und die Entscheidung anfechten.`,
    },
  },
  recipientsProcessors: t`Auftragsverarbeiter verarbeiten die Daten nur in unserem Auftrag und nach unseren Weisungen (Art. 28 UK GDPR).`,
  rightsSeeComplaint: (see) => t`sich zu beschweren ${see}`,
  rightsDeadline: t`Wir antworten unverzüglich, spätestens innerhalb eines Monats, nachdem Ihre Anfrage bei uns eingegangen ist oder, wenn wir Sie um Angaben zur Bestätigung Ihrer Identität gebeten haben, nachdem diese eingegangen sind. Ist eine Anfrage komplex oder haben Sie mehrere gestellt, können wir diese Frist um zwei weitere Monate verlängern; das teilen wir Ihnen innerhalb des ersten Monats mit, zusammen mit den Gründen. Die Ausübung Ihrer Rechte ist grundsätzlich kostenlos.`,

  objectionBasis: {
    "A6-1-e": t`zur Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt (Art. 6 Abs. 1 lit. e UK GDPR)`,
    "A6-1-ea": t`für ein anerkanntes berechtigtes Interesse (Art. 6 Abs. 1 lit. ea UK GDPR)`,
    "A6-1-f": t`auf Grundlage unserer berechtigten Interessen (Art. 6 Abs. 1 lit. f UK GDPR)`,
  },
  consentIntro: t`Soweit wir Ihre Daten auf Grundlage Ihrer Einwilligung verarbeiten, können Sie die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 UK GDPR). Der Widerruf ist so einfach wie die Erteilung der Einwilligung. Die Rechtmäßigkeit der Verarbeitung bis zum Widerruf bleibt davon unberührt.`,

  complaintToController: (see) =>
    t`Sind Sie mit unserem Umgang mit Ihren personenbezogenen Daten nicht einverstanden, können Sie sich bei uns beschweren ${see}. Wir bestätigen den Eingang Ihrer Beschwerde innerhalb von 30 Tagen, gehen ihr unverzüglich nach, halten Sie auf dem Laufenden und teilen Ihnen das Ergebnis mit (Section 164A Data Protection Act 2018).`,
  complaintIntro: t`Außerdem haben Sie das Recht, sich bei der britischen Datenschutzaufsicht, dem ICO, zu beschweren, wenn Sie der Ansicht sind, dass die Verarbeitung Ihrer personenbezogenen Daten gegen das Datenschutzrecht verstößt (Section 165 Data Protection Act 2018). Andere verwaltungsrechtliche oder gerichtliche Rechtsbehelfe bleiben davon unberührt.`,
  complaintAuthority: t`Das ICO ist erreichbar unter:`,
  complaintFind: (link) => t`So beschweren Sie sich beim ICO (auf Englisch): ${link}`,
  authoritiesUrl: "https://ico.org.uk/make-a-complaint/data-protection-complaints",

  automatedNone: t`Wir treffen keine erheblichen Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung beruhen, also ohne nennenswerte menschliche Beteiligung (Art. 22A UK GDPR).`,
  automatedException: {
    contract: t`Diese Entscheidung treffen wir automatisiert, weil sie für den Abschluss oder die Erfüllung eines Vertrags mit Ihnen erforderlich ist.`,
    law: t`Diese Entscheidung treffen wir automatisiert, weil eine Rechtsvorschrift das verlangt oder erlaubt.`,
    "explicit-consent": t`Diese Entscheidung treffen wir nur mit Ihrer ausdrücklichen Einwilligung automatisiert.`,
  },
  automatedReview: t`Sie können zu der Entscheidung Stellung nehmen, verlangen, dass ein Mensch auf unserer Seite eingreift, und die Entscheidung anfechten (Art. 22C UK GDPR).`,

  deviceIntro: (law) =>
    t`Einige Funktionen speichern Informationen auf Ihrem Endgerät oder lesen dort gespeicherte Informationen aus, etwa in Cookies oder im lokalen Speicher Ihres Browsers. ${law} erlaubt das nur mit Ihrer Einwilligung, es sei denn, eine der Ausnahmen in Schedule A1 der PECR greift: etwa wenn es unbedingt erforderlich ist, um einen von Ihnen gewünschten Dienst bereitzustellen, wenn es allein der Übertragung einer Nachricht dient oder wenn es nur Statistiken über die Nutzung unserer Website erhebt, um sie zu verbessern.`,
  deviceAfterwards: t`Was danach mit den Daten geschieht und auf welcher Rechtsgrundlage nach der UK GDPR, erläutern wir beim jeweiligen Dienst.`,
  changesIntro: t`Wir passen diese Datenschutzerklärung an, wenn sich unsere Verarbeitung ändert. Bevor wir Ihre Daten für einen neuen Zweck verarbeiten, informieren wir Sie über diesen Zweck und geben Ihnen alle weiteren maßgeblichen Informationen (Art. 13 Abs. 3 UK GDPR).`,

  index: {
    ...de.index,
    transfersIntro: t`Für jedes Land außerhalb des Vereinigten Königreichs, in das Daten gehen: die Garantien, auf die sich die Übermittlungen stützen, und für jeden Dienst, wer die Daten dort erhält.`,
    transfersNone: t`Die Erklärung nennt keine Übermittlungen in Länder außerhalb des Vereinigten Königreichs.`,
  },
};
