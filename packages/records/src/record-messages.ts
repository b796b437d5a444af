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

const nl: RecordMessages = {
  title: "Register van de verwerkingsactiviteiten",
  about: "Over dit register",
  intro:
    "Dit register bevat onze verwerkingsactiviteiten, zoals artikel 30, eerste lid, van de AVG van een verwerkingsverantwoordelijke verlangt: voor elke activiteit de doeleinden, de betrokkenen en de gegevens, de ontvangers, doorgiften aan derde landen, de termijnen waarbinnen de gegevens worden gewist, en de beveiligingsmaatregelen. Het wordt bijgehouden voor de toezichthoudende autoriteit en niet gepubliceerd.",
  controller: "Gegevens van de verwerkingsverantwoordelijke",
  controllerFields: {
    controller: "Verwerkingsverantwoordelijke",
    representative: "Vertegenwoordiger in de Unie",
    jointControllers: "Gezamenlijke verwerkingsverantwoordelijken",
    dpo: "Functionaris voor gegevensbescherming",
    none: "geen",
    notNamed: "niet aangewezen",
  },
  activity: "Verwerkingsactiviteit",
  fields: {
    purposes: "Verwerkingsdoeleinden, met hun rechtsgrond",
    subjects: "Categorieën van betrokkenen",
    data: "Categorieën van persoonsgegevens",
    recipients: "Categorieën van ontvangers",
    transfers: "Doorgiften aan een derde land of een internationale organisatie, met de passende waarborgen",
    erasure: "Termijnen waarbinnen de gegevens worden gewist",
    measures: "Technische en organisatorische beveiligingsmaatregelen (artikel 32, eerste lid, van de AVG)",
  },
  noTransfers: "geen",
  transfersUnknown: "niet bekend: de documenten van de aanbieder vermelden niet of de gegevens naar andere landen gaan",
  noMeasures: "geen vastgelegd",
  seeGeneral: "de algemene maatregelen hieronder",
  measuresTitle: "Technische en organisatorische maatregelen",
  measuresIntro: "Deze maatregelen gelden voor alle verwerkingsactiviteiten (artikel 32, eerste lid, van de AVG):",
  csv: { activity: "Verwerkingsactiviteit", controller: "Verwerkingsverantwoordelijke" },
};
const pl: RecordMessages = {
  title: "Rejestr czynności przetwarzania",
  about: "O niniejszym rejestrze",
  intro:
    "Niniejszy rejestr wymienia nasze czynności przetwarzania w sposób, jakiego art. 30 ust. 1 RODO wymaga od administratora: dla każdej z nich cele, kategorie osób i danych, odbiorców, przekazania do państw trzecich, terminy usunięcia danych oraz środki bezpieczeństwa. Jest prowadzony na potrzeby organu nadzorczego i nie jest publikowany.",
  controller: "Dane administratora",
  controllerFields: {
    controller: "Administrator",
    representative: "Przedstawiciel w Unii",
    jointControllers: "Współadministratorzy",
    dpo: "Inspektor ochrony danych",
    none: "brak",
    notNamed: "nie wyznaczono",
  },
  activity: "Czynność przetwarzania",
  fields: {
    purposes: "Cele przetwarzania wraz z podstawą prawną",
    subjects: "Kategorie osób, których dane dotyczą",
    data: "Kategorie danych osobowych",
    recipients: "Kategorie odbiorców",
    transfers: "Przekazania danych osobowych do państwa trzeciego lub organizacji międzynarodowej wraz z zabezpieczeniami",
    erasure: "Planowane terminy usunięcia danych",
    measures: "Techniczne i organizacyjne środki bezpieczeństwa (art. 32 ust. 1 RODO)",
  },
  noTransfers: "brak",
  transfersUnknown: "nieznane: dokumenty dostawcy nie wskazują, czy dane trafiają do innych państw",
  noMeasures: "nie odnotowano",
  seeGeneral: "środki ogólne wymienione poniżej",
  measuresTitle: "Techniczne i organizacyjne środki bezpieczeństwa",
  measuresIntro: "Te środki mają zastosowanie do wszystkich czynności przetwarzania (art. 32 ust. 1 RODO):",
  csv: { activity: "Czynność przetwarzania", controller: "Administrator" },
};
const fr: RecordMessages = {
  title: "Registre des activités de traitement",
  about: "À propos du présent registre",
  intro:
    "Le présent registre recense nos activités de traitement comme l'article 30, paragraphe 1, du RGPD le demande à un responsable du traitement : pour chacune, ses finalités, les personnes et les données concernées, les destinataires, les transferts vers des pays tiers, les délais d'effacement des données et les mesures de sécurité. Il est tenu à la disposition de l'autorité de contrôle et n'est pas publié.",
  controller: "Responsable du traitement",
  controllerFields: {
    controller: "Responsable du traitement",
    representative: "Représentant dans l'Union",
    jointControllers: "Responsables conjoints du traitement",
    dpo: "Délégué à la protection des données",
    none: "aucun",
    notNamed: "aucun désigné",
  },
  activity: "Activité de traitement",
  fields: {
    purposes: "Finalités du traitement, avec leur base juridique",
    subjects: "Catégories de personnes concernées",
    data: "Catégories de données à caractère personnel",
    recipients: "Catégories de destinataires",
    transfers: "Transferts vers un pays tiers ou à une organisation internationale, avec leurs garanties",
    erasure: "Délais prévus pour l'effacement",
    measures: "Mesures de sécurité techniques et organisationnelles (article 32, paragraphe 1, du RGPD)",
  },
  noTransfers: "aucun",
  transfersUnknown: "inconnu : les documents du prestataire n'indiquent pas si les données sont transférées vers d'autres pays",
  noMeasures: "aucune mesure enregistrée",
  seeGeneral: "les mesures générales ci-dessous",
  measuresTitle: "Mesures de sécurité techniques et organisationnelles",
  measuresIntro: "Ces mesures s'appliquent à toutes les activités de traitement (article 32, paragraphe 1, du RGPD) :",
  csv: { activity: "Activité de traitement", controller: "Responsable du traitement" },
};
const it: RecordMessages = {
  title: "Registro delle attività di trattamento",
  about: "Informazioni su questo registro",
  intro:
    "Questo registro elenca le nostre attività di trattamento come l'art. 30, par. 1, del RGPD richiede al titolare del trattamento: per ciascuna, le finalità, gli interessati e i dati coinvolti, i destinatari, i trasferimenti verso paesi terzi, i termini per la cancellazione dei dati e le misure di sicurezza. È tenuto a disposizione dell'autorità di controllo e non è pubblicato.",
  controller: "Dati del titolare del trattamento",
  controllerFields: {
    controller: "Titolare del trattamento",
    representative: "Rappresentante nell'UE",
    jointControllers: "Contitolari del trattamento",
    dpo: "Responsabile della protezione dei dati",
    none: "nessuno",
    notNamed: "non designato",
  },
  activity: "Attività di trattamento",
  fields: {
    purposes: "Finalità del trattamento, con la relativa base giuridica",
    subjects: "Categorie di interessati",
    data: "Categorie di dati personali",
    recipients: "Categorie di destinatari",
    transfers: "Trasferimenti verso un paese terzo o un'organizzazione internazionale, con le relative garanzie",
    erasure: "Termini ultimi previsti per la cancellazione",
    measures: "Misure di sicurezza tecniche e organizzative (art. 32, par. 1, del RGPD)",
  },
  noTransfers: "nessuno",
  transfersUnknown: "non noti: la documentazione del fornitore non dice se i dati giungono in altri paesi",
  noMeasures: "nessuna registrata",
  seeGeneral: "le misure generali indicate sotto",
  measuresTitle: "Misure di sicurezza tecniche e organizzative",
  measuresIntro: "Queste misure si applicano a tutte le attività di trattamento (art. 32, par. 1, del RGPD):",
  csv: { activity: "Attività di trattamento", controller: "Titolare del trattamento" },
};

export const recordMessages: Readonly<Record<Locale, RecordMessages>> = { en, de, es, nl, pl, fr, it };
