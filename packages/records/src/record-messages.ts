import type { Locale } from "@policy/core";

/**
 * The words of the record of processing activities, per language: a form per processing activity,
 * its fields the items of Art. 30(1)(a) to (g) GDPR in the Regulation's own terms ("Kategorien
 * betroffener Personen", "Fristen für die Löschung"). The headings are ours.
 */
export interface RecordMessages {
  readonly title: string;
  readonly about: string;
  readonly intro: string;
  readonly controller: string;
  readonly controllerFields: {
    readonly controller: string;
    readonly representative: string;
    readonly jointControllers: string;
    readonly dpo: string;
    readonly none: string;
    /** For a representative or a data protection officer the policy does not name. */
    readonly notNamed: string;
  };
  readonly activity: string;
  readonly fields: {
    readonly purposes: string;
    readonly subjects: string;
    readonly data: string;
    readonly recipients: string;
    readonly transfers: string;
    readonly erasure: string;
    readonly measures: string;
  };
  readonly noTransfers: string;
  /** In place of, or after, the transfers where the provider's documents do not say where the data goes. */
  readonly transfersUnknown: string;
  readonly noMeasures: string;
  readonly seeGeneral: string;
  readonly measuresTitle: string;
  readonly measuresIntro: string;
  readonly csv: {
    readonly activity: string;
    readonly controller: string;
  };
}

const en: RecordMessages = {
  title: "Record of processing activities",
  about: "About this record",
  intro:
    "This record lists our processing activities as Art. 30(1) GDPR asks a controller to: for each, its purposes, the people and data concerned, the recipients, transfers to third countries, when the data is erased, and the security measures. It is kept for the supervisory authority and is not published.",
  controller: "Controller",
  controllerFields: {
    controller: "Controller",
    representative: "Representative in the EU",
    jointControllers: "Joint controllers",
    dpo: "Data protection officer",
    none: "none",
    notNamed: "none named",
  },
  activity: "Processing activity",
  fields: {
    purposes: "Purposes of the processing, with their legal basis",
    subjects: "Categories of data subjects",
    data: "Categories of personal data",
    recipients: "Categories of recipients",
    transfers: "Transfers to third countries or international organisations, with their safeguards",
    erasure: "Time limits for erasure",
    measures: "Technical and organisational measures (Art. 32(1) GDPR)",
  },
  noTransfers: "none",
  transfersUnknown: "not known: the provider's documents do not say whether the data goes to other countries",
  noMeasures: "none recorded",
  seeGeneral: "the general measures below",
  measuresTitle: "Technical and organisational measures",
  measuresIntro: "These measures apply to every processing activity (Art. 32(1) GDPR):",
  csv: { activity: "Processing activity", controller: "Controller" },
};

const de: RecordMessages = {
  title: "Verzeichnis von Verarbeitungstätigkeiten",
  about: "Zu diesem Verzeichnis",
  intro:
    "Dieses Verzeichnis führt unsere Verarbeitungstätigkeiten auf, wie es Art. 30 Abs. 1 DSGVO von einem Verantwortlichen verlangt: für jede ihre Zwecke, die betroffenen Personen und Daten, die Empfänger, Übermittlungen in Drittländer, die Löschfristen und die Sicherheitsmaßnahmen. Es wird für die Aufsichtsbehörde geführt und nicht veröffentlicht.",
  controller: "Angaben zum Verantwortlichen",
  controllerFields: {
    controller: "Verantwortlicher",
    representative: "Vertreter in der EU",
    jointControllers: "Gemeinsam Verantwortliche",
    dpo: "Datenschutzbeauftragter",
    none: "keine",
    notNamed: "nicht benannt",
  },
  activity: "Verarbeitungstätigkeit",
  fields: {
    purposes: "Zwecke der Verarbeitung, mit ihrer Rechtsgrundlage",
    subjects: "Kategorien betroffener Personen",
    data: "Kategorien personenbezogener Daten",
    recipients: "Kategorien von Empfängern",
    transfers: "Übermittlungen an ein Drittland oder eine internationale Organisation, mit ihren Garantien",
    erasure: "Fristen für die Löschung",
    measures: "Technische und organisatorische Maßnahmen (Art. 32 Abs. 1 DSGVO)",
  },
  noTransfers: "keine",
  transfersUnknown: "nicht bekannt: Die Unterlagen des Anbieters sagen nicht, ob die Daten in andere Länder gelangen",
  noMeasures: "keine erfasst",
  seeGeneral: "die allgemeinen Maßnahmen unten",
  measuresTitle: "Technische und organisatorische Maßnahmen",
  measuresIntro: "Diese Maßnahmen gelten für alle Verarbeitungstätigkeiten (Art. 32 Abs. 1 DSGVO):",
  csv: { activity: "Verarbeitungstätigkeit", controller: "Verantwortlicher" },
};

const es: RecordMessages = {
  title: "Registro de las actividades de tratamiento",
  about: "Sobre este registro",
  intro:
    "Este registro recoge nuestras actividades de tratamiento tal como el artículo 30, apartado 1, del RGPD exige a un responsable del tratamiento: para cada una, sus fines, los interesados y los datos afectados, los destinatarios, las transferencias a terceros países, los plazos de supresión de los datos y las medidas de seguridad. Se lleva a disposición de la autoridad de control y no se publica.",
  controller: "Datos del responsable del tratamiento",
  controllerFields: {
    controller: "Responsable del tratamiento",
    representative: "Representante en la Unión",
    jointControllers: "Corresponsables del tratamiento",
    dpo: "Delegado de protección de datos",
    none: "ninguno",
    notNamed: "no designado",
  },
  activity: "Actividad de tratamiento",
  fields: {
    purposes: "Fines del tratamiento, con su base jurídica",
    subjects: "Categorías de interesados",
    data: "Categorías de datos personales",
    recipients: "Categorías de destinatarios",
    transfers: "Transferencias a un tercer país o una organización internacional, con sus garantías",
    erasure: "Plazos previstos para la supresión",
    measures: "Medidas técnicas y organizativas (artículo 32, apartado 1, del RGPD)",
  },
  noTransfers: "ninguna",
  transfersUnknown: "se desconoce: la documentación del proveedor no indica si los datos llegan a otros países",
  noMeasures: "ninguna registrada",
  seeGeneral: "las medidas generales indicadas más abajo",
  measuresTitle: "Medidas técnicas y organizativas",
  measuresIntro: "Estas medidas se aplican a todas las actividades de tratamiento (artículo 32, apartado 1, del RGPD):",
  csv: { activity: "Actividad de tratamiento", controller: "Responsable del tratamiento" },
};

export const recordMessages: Readonly<Record<Locale, RecordMessages>> = { en, de, es };
