import { t } from "../inline.js";
import { deChLegal, nominative, nominativeAtStart } from "./de.js";
import type { Messages } from "./messages.js";

// Deutsch für eine Erklärung nach dem schweizerischen Datenschutzgesetz (DSG), mit dessen Begriffen
// (Personendaten, Bearbeitung, Verantwortlicher, Auftragsbearbeiter, Bekanntgabe ins Ausland,
// EDÖB), seinen Zitierweisen („Art. 16 Abs. 2 Bst. d DSG“) und in Schweizer Rechtschreibung, also
// mit „ss“ statt „ß“. Das DSG verlangt von privaten Verantwortlichen keine Rechtsgrundlage; die
// Erklärung nennt darum keine. Für den Widerruf einer Einwilligung kennt es keinen eigenen Artikel:
// Die Erklärung stützt ihn auf Art. 30 Abs. 2 Bst. b (Bearbeitung entgegen der ausdrücklichen
// Willenserklärung).

export const deFadp: Messages = {
  ...deChLegal,
  titles: {
    ...deChLegal.titles,
    representative: "Vertretung in der Schweiz",
    transfers: "Bekanntgabe ins Ausland",
    objection: "Widerspruch gegen die Bearbeitung",
    complaint: "Anzeige beim EDÖB",
    dpo: "Datenschutzberatung",
  },
  dpoIntro: t`Unsere Datenschutzberatung erreichen Sie unter:`,
  contactDpo: t`Sie können sich auch an unsere Datenschutzberatung wenden:`,
  deviceHeader: { ...deChLegal.deviceHeader, ground: "Grundlage" },

  overviewIntro: (controller) =>
    t`Mit dieser Datenschutzerklärung informieren wir Sie nach Art. 19 DSG darüber, wie ${nominative(controller)} Ihre Personendaten bearbeitet, welche Dienste wir nutzen, welche Daten dabei bearbeitet werden und zu welchen Zwecken, wie lange und wo die Daten aufbewahrt werden, wem sie bekanntgegeben werden und welche Rechte Sie haben.`,
  controllerIntro: t`Verantwortlich für die Bearbeitung Ihrer Personendaten im Sinne des Bundesgesetzes über den Datenschutz (Datenschutzgesetz, DSG) ist:`,
  representativeIntro: t`Da wir keinen Sitz in der Schweiz haben, haben wir dort eine Vertretung bezeichnet (Art. 14 DSG). Sie ist Anlaufstelle für Sie und für den Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB):`,
  jointControllersIntro: t`Bei einem Teil der Bearbeitung entscheiden wir gemeinsam mit anderen Stellen über Zweck und Mittel (Art. 5 Bst. j DSG). Dies sind die anderen Stellen und das Wesentliche der jeweiligen Vereinbarung:`,
  jointControllersRights: t`Wegen Ihrer Rechte können Sie sich an uns oder an jeden der anderen Verantwortlichen wenden.`,
  summaryCaption: "Die Dienste: wozu, welche Daten, wie lange und wo",
  servicesIntro: t`Für jeden Dienst erläutert dieser Teil, was er ist, wozu wir ihn nutzen, welche Daten er bearbeitet, wie lange und wo die Daten aufbewahrt werden und wie Sie sie löschen lassen oder widersprechen können.`,

  roleProcessor: (entity) =>
    t`${nominativeAtStart(entity)} bearbeitet die Daten als unser Auftragsbearbeiter: in unserem Auftrag und nur so, wie wir selbst es dürften (Art. 9 DSG).`,
  roleJointController: (entity) =>
    t`Wir und ${nominative(entity)} entscheiden gemeinsam über Zweck und Mittel der Bearbeitung; wir sind daher gemeinsam Verantwortliche. Wegen Ihrer Rechte können Sie sich an uns oder an ${nominative(entity)} wenden.`,
  roleForProcessor: (scope, entity) =>
    t`${nominativeAtStart(entity)} ist unser Auftragsbearbeiter und bearbeitet die Daten in unserem Auftrag, nur so, wie wir selbst es dürften (Art. 9 DSG), und zwar für ${scope}.`,
  roleForJointController: (scope, entity) =>
    t`Wir und ${nominative(entity)} entscheiden gemeinsam über Zweck und Mittel der Bearbeitung, und zwar für ${scope}.`,
  jointRights: (entity) => t`Wegen Ihrer Rechte können Sie sich an uns oder an ${nominative(entity)} wenden.`,

  specialCategory: t`besonders schützenswerte Personendaten (Art. 5 Bst. c DSG)`,

  transfersIntro: t`Die Daten werden in Länder ausserhalb der Schweiz bekanntgegeben:`,
  noTransfers: t`Die Daten werden nicht in Länder ausserhalb der Schweiz bekanntgegeben.`,
  adequacyDecision: (instrument) => t`Aufgeführt in ${instrument}.`,
  adequacyScope: (scope) => t`Die Aufführung gilt nur für ${scope}.`,
  adequacyNone: t`Der Bundesrat hat für dieses Land keinen angemessenen Datenschutz festgestellt.`,
  adequacyAlso: (instrument) => t`Der Bundesrat hat für dieses Land ausserdem einen angemessenen Datenschutz festgestellt (${instrument}).`,
  adequacyLimited: (scope) =>
    t`Der Bundesrat hat für dieses Land einen angemessenen Datenschutz nur für ${scope} festgestellt; diese Bekanntgabe stützt sich stattdessen auf die oben genannte Grundlage.`,
  transferGroundUnconfirmedShort: "die Unterlagen des Anbieters bestätigen keine Grundlage nach Schweizer Recht",
  transfersSee: (title, { several, copy }) =>
    t`${several ? "Was die Grundlagen bedeuten" : "Was die Grundlage bedeutet"}${copy ? " und wie Sie eine Kopie der Garantien erhalten" : ""}: siehe „${title}“.`,
  dpfExplained: t`Für US-Organisationen, die nach dem Datenschutzrahmen zwischen der Schweiz und den USA zertifiziert sind, hat der Bundesrat einen angemessenen Datenschutz festgestellt (Anhang 1 der Datenschutzverordnung). Diese Empfänger sind zertifiziert:`,
  adequacyExplained: t`Der Bundesrat hat festgestellt, dass diese Länder einen angemessenen Datenschutz gewährleisten:`,
  transfersUnconfirmedTitle: "Bekanntgaben, die die Unterlagen der Anbieter nicht bestätigen",
  transfersUnconfirmedIntro: (see) =>
    t`Bei diesen Bekanntgaben bestätigen die Unterlagen des Anbieters die Bekanntgabe oder ihre Grundlage nach Schweizer Recht nicht eindeutig. Fragen Sie uns gern, wir sagen Ihnen, was wir darüber wissen ${see}.`,
  derogation: t`Garantien nach Art. 16 Abs. 2 DSG bestehen nicht: Die Bekanntgabe ist nur als Ausnahme für einen bestimmten Fall zulässig (Art. 17 DSG).`,
  copyAt: (clauses, link) =>
    clauses ? t`Die Datenschutzklauseln können Sie hier einsehen: ${link}` : t`Die Garantien können Sie hier einsehen: ${link}`,
  copyOnRequest: (clauses, see) =>
    clauses ? t`Eine Kopie der Datenschutzklauseln erhalten Sie auf Anfrage ${see}.` : t`Eine Kopie der Garantien erhalten Sie auf Anfrage ${see}.`,
  transfersSectionIntro: t`Einige Dienste geben Personendaten in Länder ausserhalb der Schweiz bekannt. Jede Bekanntgabe stützt sich auf eine der Grundlagen, die das DSG dafür vorsieht (Art. 16 und 17 DSG):`,

  recipientsProcessors: t`Auftragsbearbeiter bearbeiten die Daten nur in unserem Auftrag und nur so, wie wir selbst es dürften (Art. 9 DSG).`,
  retentionIntro: t`Wir bewahren Personendaten nur so lange auf, wie wir sie für die in dieser Erklärung beschriebenen Zwecke benötigen; danach vernichten oder anonymisieren wir sie (Art. 6 Abs. 4 DSG). Die Aufbewahrungsdauer der einzelnen Dienste:`,

  rightsIntro: t`Nach dem DSG haben Sie folgende Rechte in Bezug auf Ihre Personendaten:`,
  rights: {
    ...deChLegal.rights,
    A15: {
      name: "Auskunft",
      text: t`Sie können von uns Auskunft darüber verlangen, ob wir Personendaten über Sie bearbeiten. Wenn ja, teilen wir Ihnen mit, welche Daten es sind, wozu wir sie bearbeiten, wie lange wir sie aufbewahren, woher sie stammen, wenn nicht von Ihnen, wem und in welche Länder wir sie bekanntgeben und ob wir automatisierte Einzelentscheidungen über Sie treffen und nach welcher Logik.`,
    },
    A16: {
      name: "Berichtigung",
      text: t`Sie können verlangen, dass wir unrichtige Personendaten über Sie berichtigen, es sei denn, eine gesetzliche Vorschrift verbietet die Änderung.`,
    },
    A17: {
      name: "Verbot und Löschung",
      text: t`Verletzt eine Bearbeitung Ihre Persönlichkeit, können Sie verlangen, dass eine bestimmte Bearbeitung oder eine Bekanntgabe an Dritte unterbleibt oder dass Ihre Daten gelöscht oder vernichtet werden; nötigenfalls entscheidet ein Zivilgericht.`,
    },
    A20: {
      name: "Datenherausgabe oder -übertragung",
      text: t`Sie können verlangen, dass wir Ihnen die Personendaten, die Sie uns bekanntgegeben haben, in einem gängigen elektronischen Format herausgeben oder sie einem anderen Verantwortlichen übertragen, wenn das keinen unverhältnismässigen Aufwand erfordert.`,
    },
    A22: {
      name: "Automatisierte Einzelentscheidungen",
      text: t`Treffen wir eine Entscheidung über Sie, die ausschliesslich auf einer automatisierten Bearbeitung beruht und für Sie mit einer Rechtsfolge verbunden ist oder Sie erheblich beeinträchtigt, können Sie Ihren Standpunkt darlegen und verlangen, dass eine natürliche Person die Entscheidung überprüft.`,
    },
  },
  rightsSeeComplaint: (see) => t`einen Verstoss gegen Datenschutzvorschriften beim EDÖB anzuzeigen ${see}`,
  rightsDeadline: t`Wir antworten innerhalb von 30 Tagen nach Eingang Ihres Begehrens; können wir das nicht, teilen wir Ihnen innerhalb dieser Frist mit, bis wann Sie die Auskunft erhalten (Art. 18 DSV). Die Auskunft ist kostenlos. Nur wenn sie mit unverhältnismässigem Aufwand verbunden ist, können wir eine angemessene Beteiligung an den Kosten verlangen, höchstens 300 Franken: Wir teilen Ihnen den Betrag vorher mit, und bestätigen Sie Ihr Begehren nicht innerhalb von zehn Tagen, gilt es als ohne Kostenfolge zurückgezogen (Art. 19 DSV).`,
  rightsIdentity: t`Wir treffen angemessene Massnahmen, um Sie zu identifizieren, und bitten Sie, dabei mitzuwirken (Art. 16 Abs. 5 DSV).`,

  objectionGeneral: () =>
    t`Sie können uns jederzeit erklären, dass wir Ihre Personendaten für diese Zwecke nicht bearbeiten sollen. Eine Bearbeitung entgegen Ihrer ausdrücklichen Willenserklärung verletzt Ihre Persönlichkeit, wenn sie nicht durch Ihre Einwilligung, ein überwiegendes privates oder öffentliches Interesse oder durch Gesetz gerechtfertigt ist (Art. 30 Abs. 2 Bst. b und Art. 31 DSG). Nach einem Widerspruch stellen wir die Bearbeitung ein, es sei denn, ein solcher Rechtfertigungsgrund liegt vor.`,
  objectionDirectMarketing: t`Der Bearbeitung Ihrer Personendaten für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen. Nach einem Widerspruch verwenden wir Ihre Daten nicht mehr für Direktwerbung.`,

  consentIntro: t`Soweit wir Ihre Daten mit Ihrer Einwilligung bearbeiten, können Sie die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen. Die Bearbeitung bis zum Widerruf bleibt davon unberührt; danach würde eine Bearbeitung entgegen Ihrer ausdrücklichen Willenserklärung Ihre Persönlichkeit verletzen (Art. 30 Abs. 2 Bst. b DSG).`,

  complaintIntro: t`Sind Sie der Ansicht, dass wir Ihre Personendaten entgegen den Datenschutzvorschriften bearbeiten, können Sie dies dem Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) anzeigen. Bestehen genügend Anzeichen für einen Verstoss, eröffnet der EDÖB eine Untersuchung und informiert Sie über die gestützt auf Ihre Anzeige unternommenen Schritte und das Ergebnis (Art. 49 DSG). Partei der Untersuchung sind Sie nicht; Ihre eigenen Ansprüche, etwa auf Löschung Ihrer Daten, können Sie vor den Zivilgerichten geltend machen (Art. 32 DSG).`,
  complaintAuthority: t`Der EDÖB:`,
  complaintFind: (link) => t`Die Website des EDÖB: ${link}`,
  authoritiesUrl: "https://www.edoeb.admin.ch/",

  automatedNone: t`Wir treffen keine Entscheidungen, die ausschliesslich auf einer automatisierten Bearbeitung beruhen und für Sie mit einer Rechtsfolge verbunden sind oder Sie erheblich beeinträchtigen (Art. 21 DSG).`,
  automatedException: {
    contract: t`Diese Entscheidung treffen wir beim Abschluss oder bei der Abwicklung eines Vertrags mit Ihnen.`,
    law: t`Diese Entscheidung treffen wir automatisiert, weil das Gesetz es vorsieht.`,
    "explicit-consent": t`Diese Entscheidung treffen wir nur mit Ihrer ausdrücklichen Einwilligung automatisiert.`,
  },
  automatedReview: t`Sie können Ihren Standpunkt darlegen und verlangen, dass eine natürliche Person die Entscheidung überprüft (Art. 21 Abs. 2 DSG).`,

  deviceLaw: { ...deChLegal.deviceLaw, fmg: t`Art. 45c des Fernmeldegesetzes (FMG)` },
  deviceIntro: (law) =>
    t`Einige Funktionen speichern Informationen auf Ihrem Endgerät oder lesen dort gespeicherte Informationen aus, etwa in Cookies oder im lokalen Speicher Ihres Browsers. Ausser für den Fernmeldedienst selbst erlaubt ${law} das nur, wenn Sie über die Bearbeitung und ihren Zweck informiert und darauf hingewiesen werden, dass Sie sie ablehnen können, wie es dieser Abschnitt tut. Ablehnen können Sie in den Einstellungen Ihres Browsers und, wo wir um Ihre Einwilligung bitten, indem Sie sie nicht erteilen.`,
  deviceAfterwards: t`Was danach mit den Daten geschieht, erläutern wir beim jeweiligen Dienst.`,

  changesIntro: t`Wir passen diese Datenschutzerklärung an, wenn sich unsere Bearbeitung ändert. Bevor wir Ihre Daten für einen neuen Zweck bearbeiten, informieren wir Sie darüber.`,

  index: {
    ...deChLegal.index,
    labels: { ...deChLegal.index.labels, transfers: "Bekanntgaben ins Ausland", safeguard: "Grundlage" },
    dataIntro: t`Für jede Art von Daten, die die Dienste bearbeiten: welche Dienste sie bearbeiten, zu welchen Zwecken und wo.`,
    transfersIntro: t`Für jedes Land ausserhalb der Schweiz, in das Daten gehen: die Grundlagen, auf die sich die Bekanntgaben stützen, und für jeden Dienst, wer die Daten dort erhält.`,
    transfersNone: t`Die Erklärung nennt keine Bekanntgaben in Länder ausserhalb der Schweiz.`,
  },
};
