import { inline, spelledTag, t as plainTag, type Inline, type Tag } from "../inline.js";
import { swissLegalGerman, swissSpelling } from "../spelling.js";
import type { PartyName } from "../party-name.js";
import { formatList } from "../format.js";
import type { Messages } from "./messages.js";

// Deutsch: die Begriffe der DSGVO (Verantwortlicher, Auftragsverarbeiter, Drittland,
// Aufsichtsbehörde, Widerspruchsrecht), kurze Sätze, Anrede mit „Sie“. Zitiert wird wie in der
// Taxonomie („Art. 6 Abs. 1 lit. f DSGVO“). Ländernamen stehen nie im Satz, wo sie einen Artikel
// bräuchten („in die USA“), sondern nach einem Doppelpunkt oder als Überschrift.

const germanTitles = {
  overview: "Überblick",
  controller: "Verantwortlicher",
  representative: "Vertreter in der Union",
  jointControllers: "Gemeinsam Verantwortliche",
  dpo: "Datenschutzbeauftragter",
  summary: "Unsere Dienste im Überblick",
  services: "Die Dienste im Einzelnen",
  recipients: "Empfänger Ihrer Daten",
  transfers: "Übermittlung in Drittländer",
  retention: "Speicherdauer",
  rights: "Ihre Rechte",
  objection: "Widerspruchsrecht",
  consent: "Widerruf Ihrer Einwilligung",
  complaint: "Beschwerderecht bei einer Aufsichtsbehörde",
  automatedDecisions: "Automatisierte Entscheidungen und Profiling",
  deviceAccess: "Cookies und ähnliche Technologien",
  changes: "Änderungen dieser Datenschutzerklärung",
  contact: "Kontakt",
} as const;

/**
 * Die deutsche Bezeichnung eines Angemessenheitsbeschlusses: Rechtsakte vor dem Vertrag von
 * Lissabon (Aktenzeichen „/EG“) heißen „Entscheidung“, spätere „Beschluss“, Durchführungsrechtsakte
 * „Durchführungsbeschluss“.
 */
function adequacyDecisionName(decision: string, reference: string): string {
  const number = reference.replace(/\/EC$/, "/EG");
  if (decision.startsWith("Commission Implementing Decision")) {
    return `Durchführungsbeschluss ${decision.includes("(EU)") ? "(EU) " : ""}${number} der Kommission`;
  }
  return `${number.endsWith("/EG") ? "Entscheidung" : "Beschluss"} ${number} der Kommission`;
}

/** Ein Name im Nominativ, mit seinem Artikel („die Muster GmbH“); `nominativeAtStart` am Satzanfang („Die Muster GmbH“). */
export function nominative(party: PartyName): Inline {
  return party.article === "none" ? party.name : inline(`${party.article} `, party.name);
}

export function nominativeAtStart(party: PartyName): Inline {
  return party.article === "none" ? party.name : inline(`${party.article.charAt(0).toUpperCase()}${party.article.slice(1)} `, party.name);
}

/** Ein Name im Dativ („bei der Muster GmbH“, „bei dem Muster e.V.“). */
export function dative(party: PartyName): Inline {
  const article = { der: "dem", die: "der", das: "dem", none: "" }[party.article];
  return article === "" ? party.name : inline(`${article} `, party.name);
}

/**
 * The German messages, written with the tag `t`: the standard spelling, or Switzerland's, where
 * "ss" stands for "ß" (every literal part of a message, and every plain string, is ours).
 */
function germanMessages(t: Tag, spell: (text: string) => string): Messages {
  const titles = spelledStrings(germanTitles, spell);
  return spelledStrings<Messages>(
    {
      documentTitle: "Datenschutzerklärung",
      titles,
      see: (title) => t`(siehe „${title}“)`,
      untranslated: {
        en: "(nur auf Englisch)",
        de: "(nur auf Deutsch)",
        fr: "(nur auf Französisch)",
        it: "(nur auf Italienisch)",
        es: "(nur auf Spanisch)",
        nl: "(nur auf Niederländisch)",
        pl: "(nur auf Polnisch)",
      },

      email: "E-Mail",
      phone: "Telefon",
      website: "Website",

      overviewIntro: (controller) =>
        t`Diese Datenschutzerklärung erläutert, wie ${nominative(controller)} Ihre personenbezogenen Daten verarbeitet: welche Dienste wir nutzen, welche Daten dabei verarbeitet werden, zu welchen Zwecken und auf welcher Rechtsgrundlage, wie lange und wo die Daten gespeichert werden und welche Rechte Sie haben.`,
      overviewNationalAct: {
        bdsg: t`Neben der Datenschutz-Grundverordnung (DSGVO) gilt das Bundesdatenschutzgesetz (BDSG), soweit es sie ergänzt.`,
        "dsg-at": t`Neben der Datenschutz-Grundverordnung (DSGVO) gilt das österreichische Datenschutzgesetz (DSG), soweit es sie ergänzt.`,
        "dpa-2018": t`Neben der britischen Datenschutz-Grundverordnung (UK GDPR) gilt der Data Protection Act 2018, soweit er sie ergänzt.`,
        "loi-78-17": t`Neben der Datenschutz-Grundverordnung (DSGVO) gilt das französische Datenschutzgesetz (loi n° 78-17 du 6 janvier 1978, „Informatique et Libertés“), soweit es sie ergänzt.`,
        "codice-privacy": t`Neben der Datenschutz-Grundverordnung (DSGVO) gilt der italienische Datenschutzkodex (Codice in materia di protezione dei dati personali, Decreto legislativo 196/2003), soweit er sie ergänzt.`,
        lopdgdd: t`Neben der Datenschutz-Grundverordnung (DSGVO) gilt das spanische Datenschutzgesetz (Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales, LOPDGDD), soweit es sie ergänzt.`,
        uavg: t`Neben der Datenschutz-Grundverordnung (DSGVO) gilt das niederländische Ausführungsgesetz zur DSGVO (Uitvoeringswet Algemene verordening gegevensbescherming, UAVG), soweit es sie ergänzt.`,
        "ustawa-odo-2018": t`Neben der Datenschutz-Grundverordnung (DSGVO) gilt das polnische Gesetz über den Schutz personenbezogener Daten (ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych), soweit es sie ergänzt.`,
      },
      overviewVersion: (version, effective) => t`Version ${version}, gültig ab ${effective}.`,
      overviewUpdated: (updated) => t`Zuletzt geändert am ${updated}.`,
      overviewObjection: (see) => t`Bitte beachten Sie: Sie haben das Recht, einem Teil dieser Verarbeitung zu widersprechen ${see}.`,
      controllerIntro: t`Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten im Sinne der Datenschutz-Grundverordnung (DSGVO) ist:`,
      representativeIntro: t`Da wir keine Niederlassung in der Europäischen Union haben, haben wir einen Vertreter in der Union benannt (Art. 27 DSGVO). An ihn können Sie sich mit allen Fragen zur Verarbeitung Ihrer personenbezogenen Daten wenden:`,
      jointControllersIntro: t`Bei einem Teil der Verarbeitung legen wir gemeinsam mit anderen Stellen fest, wozu und wie Ihre Daten verarbeitet werden. Wir sind dann gemeinsam Verantwortliche (Art. 26 DSGVO). Dies sind die anderen Stellen und das Wesentliche der jeweiligen Vereinbarung:`,
      jointControllersEssence: (essence) => t`${essence}`,
      jointControllersRights: t`Ihre Rechte können Sie bei uns und bei jedem der anderen Verantwortlichen geltend machen (Art. 26 Abs. 3 DSGVO).`,
      dpoIntro: t`Unseren Datenschutzbeauftragten erreichen Sie unter:`,
      summaryIntro: t`Die Tabelle nennt alle Dienste, bei denen Ihre personenbezogenen Daten verarbeitet werden. Weiter unten erläutern wir jeden Dienst im Einzelnen.`,
      summaryCaption: "Die Dienste, wofür sie dienen, ihre Rechtsgrundlage, die Daten, wie lange sie gespeichert werden und wo",
      summaryHeader: {
        service: "Dienst",
        purposes: "Zweck",
        legalBasis: "Rechtsgrundlage",
        data: "Daten",
        retention: "Speicherdauer",
        countries: "Verarbeitungsort",
      },
      purposeBasis: (purpose, citation) => t`${purpose}: ${citation}`,

      servicesIntro: t`Für jeden Dienst erläutern wir hier, was er ist, wozu wir ihn nutzen, welche Daten er verarbeitet, wie lange und wo die Daten gespeichert werden, wie Sie sie löschen lassen oder widersprechen können und auf welcher Rechtsgrundlage die Verarbeitung beruht.`,
      serviceTitles: {
        about: (subject) => t`Was ist ${subject}?`,
        purposes: (subject) => t`Wozu nutzen wir ${subject}?`,
        data: (subject) => t`Welche Daten verarbeitet ${subject}?`,
        storage: "Wie lange und wo werden die Daten gespeichert?",
        deletion: "Wie kann ich meine Daten löschen lassen oder widersprechen?",
        legalBasis: "Rechtsgrundlage",
      },
      inHouseTitles: {
        about: t`Worum geht es?`,
        purposes: t`Wozu verarbeiten wir die Daten?`,
        data: t`Welche Daten werden verarbeitet?`,
      },

      inHouse: t`Diese Verarbeitung führen wir selbst durch.`,
      selfHosted: (software, maker) =>
        maker === undefined
          ? t`${software} betreiben wir selbst, als Teil unserer Website. Was dabei verarbeitet wird, verlässt unsere Website nicht.`
          : t`${software} betreiben wir selbst, als Teil unserer Website. Was dabei verarbeitet wird, verlässt unsere Website nicht: Der Hersteller, ${nominative(maker)}, erhält nichts davon.`,
      providerIntro: t`Anbieter ist:`,
      providerIntroUnconfirmed: t`Aus den Unterlagen des Anbieters geht nicht eindeutig hervor, mit welcher seiner Gesellschaften wir den Vertrag haben. Nach unserem Kenntnisstand ist es:`,
      roleProcessor: (entity) =>
        t`${nominativeAtStart(entity)} verarbeitet die Daten als unser Auftragsverarbeiter, also nur in unserem Auftrag und nach unseren Weisungen (Art. 28 DSGVO).`,
      roleJointController: (entity) =>
        t`Wir und ${nominative(entity)} legen gemeinsam fest, wozu und wie die Daten verarbeitet werden; wir sind daher gemeinsam Verantwortliche (Art. 26 DSGVO). Ihre Rechte können Sie bei uns oder bei ${dative(entity)} geltend machen.`,
      roleController: (entity) =>
        t`${nominativeAtStart(entity)} entscheidet selbst, was mit den erhaltenen Daten geschieht, und ist dafür eigenständig verantwortlich.`,
      rolesIntro: (entity) => t`${nominativeAtStart(entity)} ist in mehr als einer Rolle tätig:`,
      // The scope comes last: a scope that ends in a clause then needs no closing comma.
      roleForProcessor: (scope, entity) =>
        t`${nominativeAtStart(entity)} ist unser Auftragsverarbeiter und handelt nur in unserem Auftrag und nach unseren Weisungen (Art. 28 DSGVO), und zwar für ${scope}.`,
      roleForController: (scope, entity) =>
        t`${nominativeAtStart(entity)} ist eigenständig verantwortlich und entscheidet selbst, was mit den Daten geschieht, und zwar für ${scope}.`,
      roleForJointController: (scope, entity) =>
        t`Wir und ${nominative(entity)} sind gemeinsam Verantwortliche (Art. 26 DSGVO), und zwar für ${scope}.`,
      jointArrangement: (arrangement) => t`Das haben wir vereinbart: ${arrangement}`,
      jointArrangementAt: (link) => t`Die Vereinbarung: ${link}`,
      jointRights: (entity) => t`Ihre Rechte können Sie bei uns oder bei ${dative(entity)} geltend machen.`,
      providerRepresentative: t`Vertreter des Anbieters in der EU (Art. 27 DSGVO) ist:`,
      parentReceives: (parent) => t`Die Daten erhält außerdem: ${parent}.`,
      providerPrivacyPolicy: (link) => t`Datenschutzerklärung des Anbieters: ${link}`,
      otherRecipients: t`Weitere Empfänger der Daten:`,

      purposesIntro: t`Wir verarbeiten die Daten zu folgenden Zwecken:`,

      dataIntro: t`Folgende personenbezogene Daten werden verarbeitet:`,
      dataGroups: {
        provided: "Daten, die Sie angeben",
        received: "Daten, die wir von anderen erhalten",
        automatic: "Automatisch erfasste Daten",
        usage: "Nutzungs- und Metadaten",
        content: "Inhalte, die Sie erstellen oder teilen",
      },
      dataSource: (source) => t`Quelle: ${source}`,
      receivedFrom: (sources) => t`Woher wir diese Daten erhalten: ${sources}.`,
      specialCategory: t`eine besondere Kategorie personenbezogener Daten (Art. 9 Abs. 1 DSGVO)`,
      dataSubjects: (subjects) => t`Betroffene Personen: ${subjects}.`,
      sourcesIntro: t`Herkunft der Daten:`,
      sourceDataSubject: t`Von Ihnen`,
      sourceThirdParty: t`Von Dritten`,
      sourcePublic: t`Aus öffentlich zugänglichen Quellen`,
      provisionTitle: "Müssen Sie die Daten angeben?",
      provision: {
        statutory: t`Ja, von Gesetzes wegen: Die Angabe ist gesetzlich vorgeschrieben.`,
        contractual: t`Ja, nach unserem Vertrag mit Ihnen: Die Angabe ist eine vertragliche Pflicht, keine gesetzliche.`,
        precontractual: t`Wir benötigen die Daten, um einen Vertrag mit Ihnen zu schließen. Sie sind nicht verpflichtet, sie anzugeben.`,
        voluntary: t`Nein, die Angabe ist freiwillig.`,
      },
      provisionWithout: {
        statutory: t`Ohne die Daten können wir nicht fortfahren, weil das Gesetz sie dafür verlangt.`,
        contractual: t`Ohne die Daten können wir den Vertrag nicht erfüllen.`,
        precontractual: t`Ohne die Daten können wir keinen Vertrag mit Ihnen schließen.`,
      },

      retentionFor: (duration) => t`Wir speichern die Daten ${duration} lang.`,
      retentionUntil: (until) => t`Wir speichern die Daten, bis ${until}.`,
      retentionAfter: (duration, until) => t`Wir löschen die Daten ${duration}, nachdem ${until}.`,
      retentionNone: t`Wir speichern die Daten nur so lange, wie wir sie für die beschriebenen Zwecke benötigen.`,
      retentionExceptionsIntro: t`Für einen Teil der Daten gilt eine andere Speicherdauer:`,
      retentionShortUntil: (until) => t`bis ${until}`,
      retentionShortAfter: (duration, until) => t`${duration}, nachdem ${until}`,
      retentionShortNone: t`solange für die Zwecke erforderlich`,
      countries: (countries) => t`Länder, in denen die Daten verarbeitet werden: ${countries}.`,
      transfersIntro: t`Die Daten werden in Länder außerhalb der Europäischen Union (EU) und des Europäischen Wirtschaftsraums (EWR) übermittelt:`,
      noTransfers: t`Die Daten werden nicht in Länder außerhalb der Europäischen Union (EU) und des Europäischen Wirtschaftsraums (EWR) übermittelt.`,
      transfersUnknown: t`Aus den Unterlagen des Anbieters geht nicht eindeutig hervor, ob die Daten auch in anderen Ländern verarbeitet werden.`,
      transfersIncomplete: t`Aus den Unterlagen des Anbieters geht nicht eindeutig hervor, ob die Daten auch in andere als die genannten Länder gelangen.`,

      transferRecipient: (recipient) => t`Empfänger: ${recipient}`,
      adequacyDecisionName,
      adequacyDecision: (decision) => t`Beschlossen mit ${decision}.`,
      adequacyScope: (scope) => t`Der Beschluss gilt nur für ${scope}.`,
      adequacyNone: t`Für dieses Land gibt es keinen Angemessenheitsbeschluss der Europäischen Kommission.`,
      adequacyAlso: (decision) => t`Für dieses Land gibt es außerdem einen Angemessenheitsbeschluss der Europäischen Kommission (${decision}).`,
      adequacyLimited: (scope) =>
        t`Der Angemessenheitsbeschluss der Europäischen Kommission für dieses Land gilt nur für ${scope}; diese Übermittlung stützt sich stattdessen auf die oben genannte Grundlage.`,
      transferUnconfirmedShort: "von den Unterlagen des Anbieters nicht bestätigt",
      transferGroundUnconfirmedShort: "die Unterlagen des Anbieters bestätigen die Grundlage nicht",
      transfersSee: (title, { several, copy }) =>
        t`${several ? "Was die Grundlagen bedeuten" : "Was die Grundlage bedeutet"}${copy ? " und wie Sie eine Kopie der Garantien erhalten" : ""}: siehe „${title}“.`,
      dpfExplained: t`Für Organisationen, die nach dem EU-US-Datenschutzrahmen zertifiziert sind, hat die Europäische Kommission festgestellt, dass in den USA ein angemessenes Datenschutzniveau besteht. Diese Empfänger sind zertifiziert:`,
      adequacyExplained: t`Die Europäische Kommission hat festgestellt, dass diese Länder ein angemessenes Datenschutzniveau bieten:`,
      transfersUnconfirmedTitle: "Übermittlungen, die die Unterlagen der Anbieter nicht bestätigen",
      transfersUnconfirmedIntro: (see) =>
        t`Bei diesen Übermittlungen bestätigen die Unterlagen des Anbieters die Übermittlung oder ihre Grundlage nicht eindeutig. Fragen Sie uns gern, wir sagen Ihnen, was wir darüber wissen ${see}.`,
      derogation: t`Geeignete Garantien nach Art. 46 DSGVO bestehen nicht: Die Übermittlung ist nur als Ausnahme für einen bestimmten Fall zulässig.`,
      copyAt: (clauses, link) =>
        clauses ? t`Die Standardvertragsklauseln können Sie hier einsehen: ${link}` : t`Die Garantien können Sie hier einsehen: ${link}`,
      copyOnRequest: (clauses, see) =>
        clauses
          ? t`Eine Kopie der Standardvertragsklauseln erhalten Sie auf Anfrage bei uns ${see}.`
          : t`Eine Kopie der Garantien erhalten Sie auf Anfrage bei uns ${see}.`,

      deletionOptOut: (link) => t`Widerspruchsmöglichkeit (Opt-out) beim Anbieter: ${link}`,
      deletionYouCan: (actions) => t`Sie können ${actions}.`,
      deletionSeeRights: (title) => t`Zur Löschung Ihrer Daten und zu Ihren anderen Rechten siehe „${title}“.`,
      deletionActions: {
        object: (see) => t`dieser Verarbeitung widersprechen ${see}`,
        objectTo: (purposes, see) =>
          t`der Verarbeitung ${purposes.length === 1 ? "zum Zweck" : "zu den Zwecken"} ${formatList(
            purposes.map((label) => `„${label}“`),
            "de",
          )} widersprechen ${see}`,
        withdraw: (see) => t`Ihre Einwilligung jederzeit widerrufen ${see}`,
        withdrawAt: (link) => t`Ihre Einwilligung jederzeit in unseren Einwilligungseinstellungen widerrufen (${link})`,
      },

      legalBasisIntro: t`Die Verarbeitung beruht auf folgenden Rechtsgrundlagen:`,
      legalBasisItem: (citation, label) => t`${citation} (${label})`,
      legitimateInterest: (interest) => t`Unser berechtigtes Interesse: ${interest}`,
      specialCondition: (citation, label) =>
        t`Für die besonderen Kategorien personenbezogener Daten stützen wir uns zusätzlich auf ${citation} (${label}).`,
      parentalConsent: (age, how) =>
        age === undefined
          ? t`Kinder unter der gesetzlichen Altersgrenze können diese Einwilligung nicht allein erteilen: Nach Art. 8 Abs. 1 DSGVO liegt sie bei 16 Jahren, sofern das nationale Recht keine niedrigere festlegt, die nicht unter 13 Jahren liegen darf. ${how}`
          : t`Kinder unter ${String(age.age)} Jahren können diese Einwilligung nicht allein erteilen (${age.citation}): Für sie willigt ein Elternteil oder eine andere Person mit elterlicher Verantwortung ein oder stimmt der Einwilligung des Kindes zu. ${how}`,

      recipientsIntro: t`Folgende Empfänger erhalten personenbezogene Daten von uns:`,
      recipientsNone: t`Wir verarbeiten Ihre personenbezogenen Daten selbst und geben sie nicht weiter, es sei denn, wir sind gesetzlich dazu verpflichtet.`,
      recipientsProcessors: t`Auftragsverarbeiter verarbeiten die Daten nur in unserem Auftrag und nach unseren Weisungen (Art. 28 DSGVO).`,
      recipientRoles: {
        processor: (services) => t`Auftragsverarbeiter für: ${services}.`,
        "joint-controller": (services) => t`Mit uns gemeinsam Verantwortlicher für: ${services}.`,
        controller: (services) => t`Eigenständig Verantwortlicher für: ${services}.`,
        parent: (services) => t`Erhält ebenfalls Daten für: ${services}.`,
        recipient: (services) => t`Daten aus: ${services}.`,
      },
      recipientJointController: (see) => t`Mit uns gemeinsam Verantwortlicher ${see}.`,
      recipientLegalBasis: (bases) => t`Rechtsgrundlage der Weitergabe: ${bases}.`,

      transfersSectionIntro: t`Einige Dienste übermitteln personenbezogene Daten in Länder außerhalb der Europäischen Union (EU) und des Europäischen Wirtschaftsraums (EWR), sogenannte Drittländer. Jede Übermittlung stützt sich auf eine der Grundlagen, die die DSGVO dafür vorsieht (Art. 44 bis 49 DSGVO):`,

      retentionIntro: t`Wir speichern personenbezogene Daten nicht länger, als wir sie für die in dieser Datenschutzerklärung beschriebenen Zwecke benötigen. Ist die Speicherdauer abgelaufen, löschen wir die Daten. Die Speicherdauer der einzelnen Dienste:`,

      rightsIntro: t`Nach der DSGVO haben Sie folgende Rechte in Bezug auf Ihre personenbezogenen Daten. Welche davon gelten, hängt von der Rechtsgrundlage der Verarbeitung ab; gilt ein Recht nur für einzelne Dienste, nennen wir diese.`,
      rights: {
        A15: {
          name: "Auskunft",
          text: t`Sie können von uns erfahren, ob wir personenbezogene Daten über Sie verarbeiten, und, wenn ja, eine Kopie dieser Daten und Informationen über die Verarbeitung erhalten.`,
        },
        A16: {
          name: "Berichtigung",
          text: t`Sie können verlangen, dass wir unrichtige Daten über Sie berichtigen und unvollständige Daten vervollständigen.`,
        },
        A17: {
          name: "Löschung",
          text: t`Sie können verlangen, dass wir Ihre Daten löschen, etwa wenn wir sie für ihren Zweck nicht mehr benötigen. Es gibt Ausnahmen, etwa eine gesetzliche Pflicht, die Daten aufzubewahren.`,
        },
        A18: {
          name: "Einschränkung der Verarbeitung",
          text: t`Sie können verlangen, dass wir die Verarbeitung einschränken, etwa solange wir prüfen, ob Ihre Daten richtig sind. Wir speichern die Daten dann nur noch und verwenden sie nur, soweit das Gesetz es erlaubt.`,
        },
        A19: {
          name: "Mitteilung an Empfänger",
          text: t`Berichtigen oder löschen wir Ihre Daten oder schränken wir ihre Verarbeitung ein, teilen wir das allen Empfängern mit, denen wir die Daten offengelegt haben, es sei denn, das ist unmöglich oder mit unverhältnismäßigem Aufwand verbunden. Auf Wunsch nennen wir Ihnen diese Empfänger.`,
        },
        A20: {
          name: "Datenübertragbarkeit",
          text: t`Sie können die Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder verlangen, dass wir sie direkt an einen anderen Verantwortlichen übermitteln, soweit das technisch machbar ist.`,
        },
        A22: {
          name: "Automatisierte Entscheidungen",
          text: t`Sie haben das Recht, keiner ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.`,
        },
      },
      rightAppliesTo: (services) => t`Dieses Recht gilt für: ${services}.`,
      rightsKeptByProvider: (services, several) =>
        several
          ? t`Bei ${services} speichern wir selbst keine Daten: Die Anbieter erhalten sie direkt und speichern sie in eigener Verantwortung. Für Auskunft über diese Daten, ihre Berichtigung oder Löschung wenden Sie sich an den jeweiligen Anbieter, wie es dessen Datenschutzerklärung beschreibt.`
          : t`Bei ${services} speichern wir selbst keine Daten: Der Anbieter erhält sie direkt und speichert sie in eigener Verantwortung. Für Auskunft über diese Daten, ihre Berichtigung oder Löschung wenden Sie sich an den Anbieter, wie es seine Datenschutzerklärung beschreibt.`,
      keptByProvider: t`Diese Daten speichern wir nicht selbst: Der Anbieter erhält sie direkt und speichert sie in eigener Verantwortung.`,
      keptByProviderShort: "nicht bei uns gespeichert",
      rightsAlso: (rights) => t`Außerdem haben Sie das Recht, ${rights}.`,
      rightsSeeObjection: (see) => t`einer Verarbeitung zu widersprechen ${see}`,
      rightsSeeConsent: (see) => t`Ihre Einwilligung zu widerrufen ${see}`,
      rightsSeeComplaint: (see) => t`sich bei einer Aufsichtsbehörde zu beschweren ${see}`,
      rightsHow: (contact) => t`Um Ihre Rechte auszuüben, genügt eine Nachricht an ${contact}.`,
      rightsDeadline: t`Wir antworten unverzüglich, spätestens innerhalb eines Monats. Ist eine Anfrage komplex, können wir diese Frist um zwei weitere Monate verlängern; das teilen wir Ihnen innerhalb des ersten Monats mit, zusammen mit den Gründen (Art. 12 Abs. 3 DSGVO). Die Ausübung Ihrer Rechte ist grundsätzlich kostenlos.`,
      rightsIdentity: t`Haben wir begründete Zweifel an Ihrer Identität, können wir Sie um Informationen bitten, die sie bestätigen.`,

      objectionBasis: {
        "A6-1-e": t`zur Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt (Art. 6 Abs. 1 lit. e DSGVO)`,
        "A6-1-ea": t`für ein anerkanntes berechtigtes Interesse (Art. 6 Abs. 1 lit. ea UK GDPR)`,
        "A6-1-f": t`auf Grundlage unserer berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO)`,
      },
      objectionGeneral: (bases) =>
        t`Verarbeiten wir Ihre personenbezogenen Daten ${bases}, haben Sie das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit gegen diese Verarbeitung Widerspruch einzulegen. Das gilt auch für ein auf diese Bestimmungen gestütztes Profiling. Nach einem Widerspruch verarbeiten wir Ihre Daten für diese Zwecke nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder wir benötigen die Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.`,
      objectionDirectMarketing: t`Verarbeiten wir Ihre personenbezogenen Daten, um Direktwerbung zu betreiben, können Sie dem jederzeit ohne Angabe von Gründen widersprechen. Das gilt auch für ein Profiling, soweit es mit solcher Direktwerbung in Verbindung steht. Nach einem Widerspruch verarbeiten wir Ihre Daten nicht mehr für Direktwerbung.`,
      objectionConcerns: (services) => t`Das betrifft: ${services}.`,
      objectionHow: (contact) => t`Für einen Widerspruch genügt eine Nachricht an ${contact}.`,

      consentIntro: t`Soweit wir Ihre Daten auf Grundlage Ihrer Einwilligung verarbeiten, können Sie die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO). Der Widerruf ist so einfach wie die Erteilung der Einwilligung. Die Rechtmäßigkeit der Verarbeitung bis zum Widerruf bleibt davon unberührt.`,
      consentConcerns: (services) => t`Das betrifft: ${services}.`,
      consentDevices: (see) => t`Das gilt auch für Cookies und ähnliche Technologien, die Ihre Einwilligung erfordern ${see}.`,
      consentSettings: (link) => t`In unseren Einwilligungseinstellungen können Sie Ihre Einwilligung ändern oder widerrufen: ${link}`,
      consentContact: (contact) => t`Sie können Ihre Einwilligung auch mit einer Nachricht an ${contact} widerrufen.`,

      complaintToController: null,
      complaintIntro: t`Wenn Sie der Ansicht sind, dass die Verarbeitung Ihrer personenbezogenen Daten gegen die DSGVO verstößt, haben Sie das Recht, sich bei einer Aufsichtsbehörde zu beschweren (Art. 77 DSGVO), insbesondere in dem EU-Mitgliedstaat, in dem Sie wohnen oder arbeiten oder in dem der mutmaßliche Verstoß stattgefunden hat. Andere verwaltungsrechtliche oder gerichtliche Rechtsbehelfe bleiben davon unberührt.`,
      complaintAuthority: t`Die für uns zuständige Aufsichtsbehörde ist:`,
      complaintFind: (link) => t`Eine Liste der Aufsichtsbehörden aller Mitgliedstaaten führt der Europäische Datenschutzausschuss: ${link}`,
      authoritiesUrl: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_de",

      swiss: {
        overview: t`Für Personen in der Schweiz gilt außerdem das schweizerische Datenschutzgesetz (DSG). Wo es Angaben verlangt, die die DSGVO nicht verlangt, macht diese Erklärung sie: zur Bekanntgabe ins Ausland, zu Ihren Rechten und zur Anzeige beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB).`,
        transfersTitle: "Für Personen in der Schweiz: Bekanntgabe ins Ausland nach dem DSG",
        transfersIntro: t`Nach dem DSG werden Daten, die die Schweiz verlassen, ins Ausland bekanntgegeben, auch in die EU. Jede Bekanntgabe stützt sich auf eine der Grundlagen von Art. 16 und 17 DSG:`,
        noGround: "die Unterlagen des Anbieters bestätigen keine Grundlage nach Schweizer Recht",
        rights: t`Personen in der Schweiz haben die Rechte des DSG: auf Auskunft, kostenlos und in der Regel innerhalb von 30 Tagen (Art. 25 DSG, Art. 18 und 19 DSV); auf Herausgabe oder Übertragung der Daten, die sie uns bekanntgegeben haben (Art. 28 DSG); auf Berichtigung unrichtiger Daten (Art. 32 Abs. 1 DSG); und, wenn eine Bearbeitung ihre Persönlichkeit verletzt, darauf, dass sie unterbleibt, dass eine Bekanntgabe an Dritte untersagt wird oder dass ihre Daten gelöscht werden, nötigenfalls durch ein Zivilgericht (Art. 32 Abs. 2 DSG).`,
        complaint: (link) =>
          t`In der Schweiz können Sie einen Verstoß gegen Datenschutzvorschriften dem Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) anzeigen. Bestehen genügend Anzeichen für einen Verstoß, eröffnet er eine Untersuchung und informiert Sie über die unternommenen Schritte und das Ergebnis (Art. 49 DSG): ${link}`,
      },

      automatedNone: t`Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (Art. 22 DSGVO).`,
      automatedIntro: t`Folgende Entscheidungen treffen wir automatisiert. So kommen sie zustande, und das bedeuten sie für Sie:`,
      automatedProfiling: "mit Profiling",
      automatedLogic: (logic) => t`Wie die Entscheidung zustande kommt: ${logic}`,
      automatedSignificance: (significance) => t`Was sie für Sie bedeutet: ${significance}`,
      automatedConsequences: (consequences) => t`Mögliche Folgen für Sie: ${consequences}`,
      automatedException: {
        contract: t`Diese automatisierte Entscheidung ist zulässig, weil sie für den Abschluss oder die Erfüllung eines Vertrags mit Ihnen erforderlich ist (Art. 22 Abs. 2 lit. a DSGVO).`,
        law: t`Diese automatisierte Entscheidung ist zulässig, weil eine Rechtsvorschrift der EU oder eines Mitgliedstaats sie erlaubt (Art. 22 Abs. 2 lit. b DSGVO).`,
        "explicit-consent": t`Diese Entscheidung treffen wir nur mit Ihrer ausdrücklichen Einwilligung automatisiert (Art. 22 Abs. 2 lit. c DSGVO).`,
      },
      automatedReview: t`Sie haben das Recht, die Entscheidung von einem Menschen auf unserer Seite überprüfen zu lassen, Ihren Standpunkt darzulegen und die Entscheidung anzufechten (Art. 22 Abs. 3 DSGVO).`,

      deviceLaw: {
        tdddg: t`§ 25 des Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes (TDDDG)`,
        "tkg-at": t`§ 165 Abs. 3 des österreichischen Telekommunikationsgesetzes 2021 (TKG 2021)`,
        "tw-nl": t`Art. 11.7a des niederländischen Telekommunikationsgesetzes (Telecommunicatiewet)`,
        "loi-fr": t`Art. 82 des französischen Datenschutzgesetzes (loi n° 78-17 du 6 janvier 1978, „Informatique et Libertés“)`,
        "codice-it": t`Art. 122 Abs. 1 des italienischen Datenschutzkodex (Codice in materia di protezione dei dati personali, Decreto legislativo 196/2003)`,
        "lssi-es": t`Art. 22 Abs. 2 des spanischen Gesetzes über die Dienste der Informationsgesellschaft (Ley 34/2002, LSSI)`,
        "pke-pl": t`Art. 399 des polnischen Gesetzes über elektronische Kommunikation (Prawo komunikacji elektronicznej, PKE)`,
        eprivacy: t`Das EU-Recht (Art. 5 Abs. 3 der ePrivacy-Richtlinie 2002/58/EG in ihrer Umsetzung in den Mitgliedstaaten)`,
        fmg: t`Art. 45c des schweizerischen Fernmeldegesetzes (FMG)`,
        pecr: t`Regulation 6 der britischen Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR)`,
      },
      deviceIntro: (law) =>
        t`Einige Funktionen speichern Informationen auf Ihrem Endgerät oder lesen dort gespeicherte Informationen aus, etwa in Cookies oder im lokalen Speicher Ihres Browsers. ${law} erlaubt das nur mit Ihrer Einwilligung, es sei denn, es ist unbedingt erforderlich, um einen von Ihnen ausdrücklich gewünschten Dienst bereitzustellen, oder dient allein der Übertragung einer Nachricht.`,
      deviceAfterwards: t`Was danach mit den Daten geschieht und auf welcher Rechtsgrundlage nach der DSGVO, erläutern wir beim jeweiligen Dienst.`,
      deviceParties: t`„Erstanbieter“ bedeutet, dass die Information unter der Domain unserer Website gespeichert wird, auch wenn das Skript eines anderen Anbieters auf unseren Seiten sie setzt (die Tabelle nennt, wer sie setzt); „Drittanbieter“, dass sie unter der Domain eines anderen Anbieters gespeichert wird.`,
      deviceCaption: "Cookies und ähnliche Techniken: wer sie setzt, wozu, wie lange und auf welcher Rechtsgrundlage",
      deviceHeader: { name: "Name", type: "Art", setBy: "Gesetzt von", purpose: "Zweck", duration: "Speicherdauer", ground: "Rechtsgrundlage" },
      deviceTechnology: {
        cookie: "Cookie",
        "local-storage": "Lokaler Speicher",
        "session-storage": "Sitzungsspeicher",
        "indexed-db": "IndexedDB",
        pixel: "Zählpixel",
        sdk: "SDK",
        fingerprinting: "Fingerprinting",
      },
      deviceParty: { first: "Erstanbieter", third: "Drittanbieter" },
      deviceSession: "bis zum Ende der Browsersitzung",
      devicePersistent: "bis Sie die Daten im Browser löschen",
      deviceUnconfirmed: "vom Anbieter nicht bestätigt",
      deviceGround: {
        tdddg: {
          consent: "Einwilligung (§ 25 Abs. 1 TDDDG)",
          "strictly-necessary": "Unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG)",
          transmission: "Übertragung einer Nachricht (§ 25 Abs. 2 Nr. 1 TDDDG)",
        },
        "tkg-at": {
          consent: "Einwilligung (§ 165 Abs. 3 TKG 2021)",
          "strictly-necessary": "Unbedingt erforderlich (§ 165 Abs. 3 TKG 2021)",
          transmission: "Übertragung einer Nachricht (§ 165 Abs. 3 TKG 2021)",
        },
        "tw-nl": {
          consent: "Einwilligung (Art. 11.7a Abs. 1 Telecommunicatiewet)",
          "strictly-necessary": "Unbedingt erforderlich (Art. 11.7a Abs. 3 Buchst. b Telecommunicatiewet)",
          transmission: "Übertragung einer Nachricht (Art. 11.7a Abs. 3 Buchst. a Telecommunicatiewet)",
        },
        "loi-fr": {
          consent: "Einwilligung (Art. 82 Loi 78-17)",
          "strictly-necessary": "Unbedingt erforderlich (Art. 82 Loi 78-17)",
          transmission: "Übertragung einer Nachricht (Art. 82 Loi 78-17)",
        },
        "codice-it": {
          consent: "Einwilligung (Art. 122 Abs. 1 Codice)",
          "strictly-necessary": "Unbedingt erforderlich (Art. 122 Abs. 1 Codice)",
          transmission: "Übertragung einer Nachricht (Art. 122 Abs. 1 Codice)",
        },
        "lssi-es": {
          consent: "Einwilligung (Art. 22 Abs. 2 LSSI)",
          "strictly-necessary": "Unbedingt erforderlich (Art. 22 Abs. 2 LSSI)",
          transmission: "Übertragung einer Nachricht (Art. 22 Abs. 2 LSSI)",
        },
        "pke-pl": {
          consent: "Einwilligung (Art. 399 PKE)",
          "strictly-necessary": "Unbedingt erforderlich (Art. 399 PKE)",
          transmission: "Übertragung einer Nachricht (Art. 399 PKE)",
        },
        eprivacy: {
          consent: "Einwilligung (Art. 5 Abs. 3 ePrivacy-Richtlinie)",
          "strictly-necessary": "Unbedingt erforderlich (Art. 5 Abs. 3 ePrivacy-Richtlinie)",
          transmission: "Übertragung einer Nachricht (Art. 5 Abs. 3 ePrivacy-Richtlinie)",
        },
        fmg: {
          consent: "Einwilligung (Art. 45c Bst. b FMG)",
          "strictly-necessary": "Information und Ablehnungsrecht (Art. 45c Bst. b FMG)",
          transmission: "Fernmeldedienst (Art. 45c Bst. a FMG)",
        },
        pecr: {
          consent: "Einwilligung (PECR, Schedule A1, Paragraph 2)",
          "strictly-necessary": "Unbedingt erforderlich (PECR, Schedule A1, Paragraph 4)",
          transmission: "Übertragung einer Nachricht (PECR, Schedule A1)",
        },
      },
      deviceStatistics: {
        pecr: "Statistik, Widerspruch möglich (PECR, Schedule A1)",
        fmg: "Information und Ablehnungsrecht (Art. 45c Bst. b FMG)",
        "tw-nl":
          "Qualität oder Wirksamkeit unseres Dienstes, mit keinen oder geringen Folgen für Ihre Privatsphäre (Art. 11.7a Abs. 3 Buchst. b Telecommunicatiewet)",
      },
      deviceQualityException: t`Ohne Einwilligung erlaubt es das außerdem, um Informationen über die Qualität oder Wirksamkeit unseres Dienstes zu erhalten, wenn das keine oder nur geringe Folgen für Ihre Privatsphäre hat.`,
      deviceObject: (see) => t`Dem Speichern und Auslesen von Informationen für Statistiken können Sie jederzeit widersprechen ${see}.`,
      deviceWithdraw: (see) => t`Ihre Einwilligung können Sie jederzeit widerrufen ${see}.`,

      changesIntro: t`Wir passen diese Datenschutzerklärung an, wenn sich unsere Verarbeitung ändert. Bevor wir Ihre Daten für einen neuen Zweck verarbeiten, informieren wir Sie über diesen Zweck und geben Ihnen alle weiteren maßgeblichen Informationen (Art. 13 Abs. 3 DSGVO).`,
      changesVersion: (version, effective) => t`Dies ist Version ${version}, gültig ab ${effective}.`,
      changesUpdated: (updated) => t`Zuletzt geändert wurde sie am ${updated}.`,
      changesHistory: t`Änderungsverlauf:`,
      changeDate: (date) => date,

      contactIntro: t`Bei Fragen zum Datenschutz oder wenn Sie Ihre Rechte ausüben möchten, wenden Sie sich bitte an uns:`,
      contactRights: t`Anfragen zur Ausübung Ihrer Rechte richten Sie bitte an:`,
      contactDpo: t`Sie können sich auch an unseren Datenschutzbeauftragten wenden:`,

      index: {
        dataTitle: "Welche Dienste verarbeiten diese Daten?",
        dataIntro: t`Für jede Art von Daten, die die Dienste verarbeiten: welche Dienste sie verarbeiten, zu welchen Zwecken, auf welcher Rechtsgrundlage und wo.`,
        dataNone: t`Kein Dienst verarbeitet personenbezogene Daten.`,
        dataCategory: (description, key) => t`${description} (${key})`,
        processedBy: (count) => (count === 1 ? t`Verarbeitet von 1 Dienst:` : t`Verarbeitet von ${String(count)} Diensten:`),
        listedAs: (category, key) => t`angegeben als ${category} (${key})`,
        inHouse: "intern, kein anderes Unternehmen",
        labels: {
          provider: "Anbieter",
          purpose: "Zweck",
          legalBasis: "Rechtsgrundlage",
          countries: "Verarbeitungsort",
          transfers: "Übermittlungen",
          recipient: "Empfänger",
          safeguard: "Garantie",
          details: "Einzelheiten",
        },
        transfersTitle: "Wohin gehen die Daten?",
        transfersIntro: t`Für jedes Land außerhalb der EU/des EWR, in das Daten gehen: die Garantien, auf die sich die Übermittlungen stützen, und für jeden Dienst, wer die Daten dort erhält.`,
        transfersNone: t`Die Erklärung nennt keine Übermittlungen in Länder außerhalb der EU/des EWR.`,
        servicesOn: (safeguard, count) => (count === 1 ? t`${safeguard}: 1 Dienst` : t`${safeguard}: ${String(count)} Dienste`),
        unconfirmed: "in den Unterlagen des Anbieters nicht bestätigt",
      },
    },
    spell,
  );
}

/** An object with each of its plain strings, nested ones too, spelled; functions stay as they are. */
function spelledStrings<T>(value: T, spell: (text: string) => string): T {
  if (typeof value === "string") return spell(value) as T;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value as T;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spelledStrings(inner, spell)])) as T;
}

export const de: Messages = germanMessages(plainTag, (text) => text);

/** German as written in Switzerland: "ss" for "ß" (for a controller established there). */
export const deCh: Messages = germanMessages(spelledTag(swissSpelling), swissSpelling);

/** German as Swiss data protection law writes it: Swiss spelling, and the DSG's terms (the base of `deFadp`). */
export const deChLegal: Messages = germanMessages(spelledTag(swissLegalGerman), swissLegalGerman);
