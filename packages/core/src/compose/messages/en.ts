import { t } from "../inline.js";
import { formatList } from "../format.js";
import type { Messages } from "./messages.js";

// English: plain British English, short sentences, addressed to the reader ("you"). Citations as
// the taxonomy writes them ("Art. 6(1)(f) GDPR").

const titles = {
  overview: "Overview",
  controller: "Who is responsible",
  representative: "Our representative in the EU",
  jointControllers: "Joint controllers",
  dpo: "Data protection officer",
  summary: "Our services at a glance",
  services: "The services in detail",
  recipients: "Who receives your data",
  transfers: "Transfers to third countries",
  retention: "How long we keep your data",
  rights: "Your rights",
  objection: "Your right to object",
  consent: "Withdrawing your consent",
  complaint: "Your right to complain to a supervisory authority",
  automatedDecisions: "Automated decisions and profiling",
  deviceAccess: "Cookies and similar technologies",
  changes: "Changes to this privacy policy",
  contact: "Contact",
} as const;

export const en: Messages = {
  documentTitle: "Privacy policy",
  titles,
  see: (title) => t`(see “${title}”)`,
  // "Customers" → "customers", but "EU countries" and "IP address" keep their capitals.
  untranslated: {
    en: "(only in English)",
    de: "(only in German)",
    fr: "(only in French)",
    it: "(only in Italian)",
    es: "(only in Spanish)",
    nl: "(only in Dutch)",
    pl: "(only in Polish)",
  },

  email: "E-mail",
  phone: "Phone",
  website: "Website",

  overviewIntro: (controller) =>
    t`This privacy policy explains how ${controller.name} processes your personal data: which services we use, which data they process, for what purposes and on what legal basis, how long and where the data is kept, and what rights you have.`,
  overviewNationalAct: {
    bdsg: t`Besides the General Data Protection Regulation (GDPR), the German Federal Data Protection Act (Bundesdatenschutzgesetz, BDSG) applies where it supplements it.`,
    "dsg-at": t`Besides the General Data Protection Regulation (GDPR), the Austrian Data Protection Act (Datenschutzgesetz, DSG) applies where it supplements it.`,
    "dpa-2018": t`Besides the UK General Data Protection Regulation (UK GDPR), the Data Protection Act 2018 applies where it supplements it.`,
    "loi-78-17": t`Besides the General Data Protection Regulation (GDPR), the French Data Protection Act (loi n° 78-17 du 6 janvier 1978, “Informatique et Libertés”) applies where it supplements it.`,
    "codice-privacy": t`Besides the General Data Protection Regulation (GDPR), the Italian Personal Data Protection Code (Codice in materia di protezione dei dati personali, Legislative Decree 196/2003) applies where it supplements it.`,
    lopdgdd: t`Besides the General Data Protection Regulation (GDPR), the Spanish Data Protection Act (Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales, LOPDGDD) applies where it supplements it.`,
    uavg: t`Besides the General Data Protection Regulation (GDPR), the Dutch GDPR Implementation Act (Uitvoeringswet Algemene verordening gegevensbescherming, UAVG) applies where it supplements it.`,
    "ustawa-odo-2018": t`Besides the General Data Protection Regulation (GDPR), the Polish Personal Data Protection Act (ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych) applies where it supplements it.`,
  },
  overviewVersion: (version, effective) => t`Version ${version}, effective from ${effective}.`,
  overviewUpdated: (updated) => t`Last updated on ${updated}.`,
  overviewObjection: (see) => t`Please note: you have the right to object to some of this processing ${see}.`,
  controllerIntro: t`The controller responsible for processing your personal data under the General Data Protection Regulation (GDPR) is:`,
  representativeIntro: t`As we are not established in the European Union, we have appointed a representative in the EU (Art. 27 GDPR). You can contact our representative about any question on the processing of your personal data:`,
  jointControllersIntro: t`For some processing, we decide together with other organisations why and how your data is processed. We are then joint controllers (Art. 26 GDPR). These are the organisations, and the essence of each arrangement:`,
  jointControllersEssence: (essence) => t`${essence}`,
  jointControllersRights: t`You can exercise your rights with us and with each of the other controllers (Art. 26(3) GDPR).`,
  dpoIntro: t`You can reach our data protection officer at:`,
  summaryIntro: t`This table lists every service that processes your personal data. Each one is explained in detail further below.`,
  summaryCaption: "The services, what they are for, their legal basis, the data, how long it is kept and where",
  summaryHeader: {
    service: "Service",
    purposes: "Purpose",
    legalBasis: "Legal basis",
    data: "Data",
    retention: "Storage period",
    countries: "Where processed",
  },
  purposeBasis: (purpose, citation) => t`${purpose}: ${citation}`,

  servicesIntro: t`For each service, this part explains what it is, why we use it, which data it processes, how long and where the data is kept, how you can have it deleted or object, and the legal basis.`,
  serviceTitles: {
    about: (subject) => t`What is ${subject}?`,
    purposes: (subject) => t`Why do we use ${subject}?`,
    data: (subject) => t`What data does ${subject} process?`,
    storage: "How long and where is the data stored?",
    deletion: "How can I delete my data or object?",
    legalBasis: "Legal basis",
  },
  inHouseTitles: {
    about: t`What is this about?`,
    purposes: t`Why do we process the data?`,
    data: t`What data is processed?`,
  },

  inHouse: t`We carry out this processing ourselves.`,
  selfHosted: (software, maker) =>
    maker === undefined
      ? t`We host ${software} ourselves, as part of our website. What it processes does not leave our website.`
      : t`We host ${software} ourselves, as part of our website. What it processes does not leave our website: its maker, ${maker.name}, receives none of it.`,
  providerIntro: t`The provider is:`,
  providerIntroUnconfirmed: t`The provider’s documents do not clearly say which of its companies we contract with. As far as we can tell, it is:`,
  roleProcessor: (entity) => t`${entity.name} processes the data as our processor: only on our behalf and on our instructions (Art. 28 GDPR).`,
  roleJointController: (entity) =>
    t`We and ${entity.name} decide together why and how the data is processed, so we are joint controllers (Art. 26 GDPR). You can exercise your rights with us or with ${entity.name}.`,
  roleController: (entity) =>
    t`${entity.name} decides for itself what it does with the data it receives and is responsible for that as a controller in its own right.`,
  rolesIntro: (entity) => t`${entity.name} acts in more than one role:`,
  roleForProcessor: (scope, entity) =>
    t`For ${scope}, ${entity.name} is our processor and acts only on our behalf and on our instructions (Art. 28 GDPR).`,
  roleForController: (scope, entity) =>
    t`For ${scope}, ${entity.name} is a controller in its own right: it decides for itself what it does with the data and is responsible for that.`,
  roleForJointController: (scope, entity) => t`For ${scope}, we and ${entity.name} are joint controllers (Art. 26 GDPR).`,
  jointArrangement: (arrangement) => t`What we have agreed on: ${arrangement}`,
  jointArrangementAt: (link) => t`The arrangement: ${link}`,
  jointRights: (entity) => t`You can exercise your rights with us or with ${entity.name}.`,
  providerRepresentative: t`The provider’s representative in the EU (Art. 27 GDPR) is:`,
  parentReceives: (parent) => t`The data also reaches ${parent}.`,
  providerPrivacyPolicy: (link) => t`The provider’s privacy policy: ${link}`,
  otherRecipients: t`Other recipients of the data:`,

  purposesIntro: t`We process the data for these purposes:`,

  dataIntro: t`The following personal data is processed:`,
  dataGroups: {
    provided: "Data you provide",
    received: "Data we receive from others",
    automatic: "Data collected automatically",
    usage: "Usage data and metadata",
    content: "Content you create or share",
  },
  dataSource: (source) => t`source: ${source}`,
  receivedFrom: (sources) => t`Where we receive it from: ${sources}.`,
  specialCategory: t`a special category of personal data (Art. 9(1) GDPR)`,
  dataSubjects: (subjects) => t`People concerned: ${subjects}.`,
  sourcesIntro: t`Where the data comes from:`,
  sourceDataSubject: t`From you`,
  sourceThirdParty: t`From third parties`,
  sourcePublic: t`From publicly accessible sources`,
  provisionTitle: "Do you have to provide the data?",
  provision: {
    statutory: t`Yes, by law: providing it is a statutory requirement.`,
    contractual: t`Yes, under our contract with you: providing it is a contractual requirement, not a statutory one.`,
    precontractual: t`We need it to enter into a contract with you. You are not obliged to provide it.`,
    voluntary: t`No, providing it is voluntary.`,
  },
  provisionWithout: {
    statutory: t`Without it, we cannot go ahead, because the law requires the data for this.`,
    contractual: t`Without it, we cannot perform the contract.`,
    precontractual: t`Without it, we cannot enter into a contract with you.`,
  },

  retentionFor: (duration) => t`We keep the data for ${duration}.`,
  retentionUntil: (until) => t`We keep the data until ${until}.`,
  retentionAfter: (duration, until) => t`We delete the data ${duration} after ${until}.`,
  retentionNone: t`We keep the data only as long as we need it for the purposes described.`,
  retentionExceptionsIntro: t`Some of the data is kept for a different period:`,
  retentionShortUntil: (until) => t`until ${until}`,
  retentionShortAfter: (duration, until) => t`${duration} after ${until}`,
  retentionShortNone: t`as long as needed for the purposes`,
  countries: (countries) => t`Countries where the data is processed: ${countries}.`,
  transfersIntro: t`The data is transferred to countries outside the European Union (EU) and the European Economic Area (EEA):`,
  noTransfers: t`The data is not transferred to countries outside the European Union (EU) and the European Economic Area (EEA).`,
  transfersUnknown: t`The provider’s documents do not make clear whether the data is also processed in other countries.`,
  transfersIncomplete: t`The provider’s documents do not make clear whether the data also goes to countries other than those listed.`,

  transferRecipient: (recipient) => t`recipient: ${recipient}`,
  adequacyDecisionName: (decision) => decision,
  adequacyDecision: (decision) => t`Decided in ${decision}.`,
  adequacyScope: (scope) => t`The decision covers only ${scope}.`,
  adequacyNone: t`There is no adequacy decision of the European Commission for this country.`,
  adequacyAlso: (decision) => t`An adequacy decision of the European Commission also exists for this country (${decision}).`,
  adequacyLimited: (scope) =>
    t`The European Commission's adequacy decision for this country covers only ${scope}; this transfer rests on the ground above instead.`,
  transferUnconfirmedShort: "not confirmed by the provider’s documents",
  transferGroundUnconfirmedShort: "the provider’s documents do not confirm the ground",
  transfersSee: (title, { several, copy }) =>
    t`${several ? "What the grounds mean" : "What the ground means"}${copy ? ", and how to get a copy of the safeguards" : ""}: see “${title}”.`,
  dpfExplained: t`For organisations certified under the EU-US Data Privacy Framework, the European Commission has decided that the United States ensures an adequate level of data protection. These recipients are certified:`,
  adequacyExplained: t`The European Commission has decided that these countries ensure an adequate level of data protection:`,
  transfersUnconfirmedTitle: "Transfers the providers’ documents do not confirm",
  transfersUnconfirmedIntro: (see) =>
    t`For these transfers, the provider’s documents do not clearly confirm the transfer or the ground it rests on. Ask us and we will tell you what we know ${see}.`,
  derogation: t`No appropriate safeguards under Art. 46 GDPR apply: the transfer is allowed only as an exception for a specific situation.`,
  copyAt: (clauses, link) =>
    clauses ? t`You can read the standard contractual clauses here: ${link}` : t`You can read the safeguards here: ${link}`,
  copyOnRequest: (clauses, see) =>
    clauses ? t`You can ask us for a copy of the standard contractual clauses ${see}.` : t`You can ask us for a copy of the safeguards ${see}.`,

  deletionOptOut: (link) => t`The provider’s opt-out page: ${link}`,
  deletionYouCan: (actions) => t`You can ${actions}.`,
  deletionSeeRights: (title) => t`To have your data erased, and for your other rights, see “${title}”.`,
  deletionActions: {
    object: (see) => t`object to this processing ${see}`,
    objectTo: (purposes, see) =>
      t`object to the processing for ${formatList(
        purposes.map((label) => `“${label}”`),
        "en",
      )} ${see}`,
    withdraw: (see) => t`withdraw your consent at any time ${see}`,
    withdrawAt: (link) => t`withdraw your consent at any time in our consent settings (${link})`,
  },

  legalBasisIntro: t`The processing rests on these legal bases:`,
  legalBasisItem: (citation, label) => t`${citation} (${label})`,
  legitimateInterest: (interest) => t`Our legitimate interest: ${interest}`,
  specialCondition: (citation, label) => t`For the special categories of personal data, we also rely on ${citation} (${label}).`,
  parentalConsent: (age, how) =>
    age === undefined
      ? t`Children below the age the law sets cannot give this consent alone: under Art. 8(1) GDPR that age is 16, unless national law sets a lower one, which cannot be below 13. ${how}`
      : t`Children under ${String(age.age)} cannot give this consent alone (${age.citation}): a parent or other holder of parental responsibility consents for them, or authorises the child's consent. ${how}`,

  recipientsIntro: t`These recipients receive personal data from us:`,
  recipientsNone: t`We process your personal data ourselves and do not pass it on to anyone, unless the law obliges us to.`,
  recipientsProcessors: t`Processors handle the data only on our behalf and on our instructions (Art. 28 GDPR).`,
  recipientRoles: {
    processor: (services) => t`Processor for: ${services}.`,
    "joint-controller": (services) => t`Joint controller with us for: ${services}.`,
    controller: (services) => t`Independent controller for: ${services}.`,
    parent: (services) => t`Also receives data for: ${services}.`,
    recipient: (services) => t`Data from: ${services}.`,
  },
  recipientJointController: (see) => t`Joint controller with us ${see}.`,
  recipientLegalBasis: (bases) => t`Legal basis for passing the data on: ${bases}.`,

  transfersSectionIntro: t`Some services transfer personal data to countries outside the European Union (EU) and the European Economic Area (EEA), known as third countries. Each transfer rests on one of the grounds the GDPR allows (Art. 44 to 49 GDPR):`,

  retentionIntro: t`We keep personal data no longer than we need it for the purposes described in this policy. When the storage period ends, we delete the data. The storage period of each service:`,

  rightsIntro: t`Under the GDPR, you have the following rights regarding your personal data. Which of them apply depends on the legal basis of the processing; where a right applies only to some services, we name them.`,
  rights: {
    A15: {
      name: "Access",
      text: t`You can ask us whether we process personal data about you and, if we do, receive a copy of it together with information about the processing.`,
    },
    A16: { name: "Rectification", text: t`You can ask us to correct inaccurate data about you and to complete incomplete data.` },
    A17: {
      name: "Erasure",
      text: t`You can ask us to erase your data, for example when we no longer need it for its purpose. There are exceptions, such as a legal obligation to keep the data.`,
    },
    A18: {
      name: "Restriction of processing",
      text: t`You can ask us to restrict the processing, for example while we check whether your data is accurate. We then only store the data and use it only where the law allows.`,
    },
    A19: {
      name: "Notification of recipients",
      text: t`If we correct or erase your data or restrict its processing, we tell every recipient we disclosed it to, unless this proves impossible or involves disproportionate effort. On request, we tell you who these recipients are.`,
    },
    A20: {
      name: "Data portability",
      text: t`You can receive the data you provided to us in a structured, commonly used and machine-readable format, or ask us to send it directly to another controller where this is technically feasible.`,
    },
    A22: {
      name: "Automated decisions",
      text: t`You have the right not to be subject to a decision based solely on automated processing, including profiling, that has legal effects on you or similarly significantly affects you.`,
    },
  },
  rightAppliesTo: (services) => t`This right applies to: ${services}.`,
  rightsKeptByProvider: (services, several) =>
    several
      ? t`We keep no data of our own from ${services}: their providers receive it directly and keep it under their own responsibility. For access to that data, or to have it corrected or erased, contact the provider concerned, as its privacy policy describes.`
      : t`We keep no data of our own from ${services}: the provider receives it directly and keeps it under its own responsibility. For access to that data, or to have it corrected or erased, contact the provider, as its privacy policy describes.`,
  keptByProvider: t`We do not keep this data ourselves: the provider receives it directly and keeps it under its own responsibility.`,
  keptByProviderShort: "not kept by us",
  rightsAlso: (rights) => t`You also have the right ${rights}.`,
  rightsSeeObjection: (see) => t`to object to processing ${see}`,
  rightsSeeConsent: (see) => t`to withdraw your consent ${see}`,
  rightsSeeComplaint: (see) => t`to complain to a supervisory authority ${see}`,
  rightsHow: (contact) => t`To exercise your rights, send a message to ${contact}.`,
  rightsDeadline: t`We answer without undue delay and at the latest within one month. Where a request is complex, we can extend this by two further months; we will then tell you within the first month, and why (Art. 12(3) GDPR). Exercising your rights is generally free of charge.`,
  rightsIdentity: t`If we have reasonable doubts about who you are, we may ask you for information to confirm your identity.`,

  objectionBasis: {
    "A6-1-e": t`to carry out a task in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR)`,
    "A6-1-ea": t`for a recognised legitimate interest (Art. 6(1)(ea) UK GDPR)`,
    "A6-1-f": t`on the basis of our legitimate interests (Art. 6(1)(f) GDPR)`,
  },
  objectionGeneral: (bases) =>
    t`Where we process your personal data ${bases}, you have the right to object to this processing at any time, on grounds relating to your particular situation. This also applies to profiling based on these provisions. If you object, we will no longer process your data for these purposes, unless we can demonstrate compelling legitimate grounds that override your interests, rights and freedoms, or we need the data to establish, exercise or defend legal claims.`,
  objectionDirectMarketing: t`Where we process your personal data for direct marketing, you can object to this at any time, without giving reasons. This also applies to profiling related to direct marketing. If you object, we will no longer process your data for direct marketing.`,
  objectionConcerns: (services) => t`This concerns: ${services}.`,
  objectionHow: (contact) => t`To object, a message to ${contact} is enough.`,

  consentIntro: t`Where we process your data on the basis of your consent, you can withdraw your consent at any time, with effect for the future (Art. 7(3) GDPR). Withdrawing consent is as easy as giving it. Withdrawal does not affect the lawfulness of the processing carried out before it.`,
  consentConcerns: (services) => t`This concerns: ${services}.`,
  consentDevices: (see) => t`It also concerns the cookies and similar technologies that need your consent ${see}.`,
  consentSettings: (link) => t`You can change or withdraw your consent in our consent settings: ${link}`,
  consentContact: (contact) => t`You can also withdraw your consent by sending a message to ${contact}.`,

  complaintToController: null,
  complaintIntro: t`If you believe that our processing of your personal data infringes the GDPR, you have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR), in particular in the EU member state where you live or work or where the alleged infringement took place. This does not affect any other administrative or judicial remedy.`,
  complaintAuthority: t`The supervisory authority responsible for us is:`,
  complaintFind: (link) => t`The European Data Protection Board lists the supervisory authorities of all member states: ${link}`,
  authoritiesUrl: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",

  swiss: {
    overview: t`For people in Switzerland, the Swiss Federal Act on Data Protection (FADP) applies as well. Where it calls for information the GDPR does not, this policy gives it: on disclosure abroad, on your rights and on reporting to the Swiss Federal Data Protection and Information Commissioner (FDPIC).`,
    transfersTitle: "For people in Switzerland: disclosure abroad under the FADP",
    transfersIntro: t`Under the FADP, data leaving Switzerland is disclosed abroad, to the EU too. Each disclosure rests on one of the grounds of Art. 16 and 17 FADP:`,
    noGround: "the provider’s documents do not confirm a ground under Swiss law",
    rights: t`People in Switzerland have the rights of the FADP: to information, given free of charge and as a rule within 30 days (Art. 25 FADP, Art. 18 and 19 DPO); to have the data they gave us handed over or transferred (Art. 28 FADP); to have inaccurate data corrected (Art. 32 para. 1 FADP); and, where processing breaches their personality rights, to have it stopped, to prohibit a disclosure to third parties, or to have their data deleted, if need be through a civil court (Art. 32 para. 2 FADP).`,
    complaint: (link) =>
      t`In Switzerland, you can report a breach of data protection law to the Federal Data Protection and Information Commissioner (FDPIC). Where there are sufficient indications of a breach, it opens an investigation and tells you what it has done and the outcome (Art. 49 FADP): ${link}`,
  },

  automatedNone: t`We do not make decisions based solely on automated processing, including profiling, that have legal effects on you or similarly significantly affect you (Art. 22 GDPR).`,
  automatedIntro: t`We make the following decisions by automated means. Here is how each works and what it means for you:`,
  automatedProfiling: "includes profiling",
  automatedLogic: (logic) => t`How the decision is made: ${logic}`,
  automatedSignificance: (significance) => t`What it means for you: ${significance}`,
  automatedConsequences: (consequences) => t`Consequences you can expect: ${consequences}`,
  automatedException: {
    contract: t`We may make this decision by automated means because it is necessary for entering into or performing a contract with you (Art. 22(2)(a) GDPR).`,
    law: t`We may make this decision by automated means because the law of the EU or of a member state allows it (Art. 22(2)(b) GDPR).`,
    "explicit-consent": t`We make this decision by automated means only with your explicit consent (Art. 22(2)(c) GDPR).`,
  },
  automatedReview: t`You have the right to have a person on our side review the decision, to state your point of view and to contest the decision (Art. 22(3) GDPR).`,

  deviceLaw: {
    tdddg: t`Section 25 of the German Telecommunications Digital Services Data Protection Act (TDDDG)`,
    "tkg-at": t`Section 165(3) of the Austrian Telecommunications Act 2021 (TKG 2021)`,
    "tw-nl": t`Article 11.7a of the Dutch Telecommunications Act (Telecommunicatiewet)`,
    "loi-fr": t`Article 82 of the French Data Protection Act (loi n° 78-17 du 6 janvier 1978, “Informatique et Libertés”)`,
    "codice-it": t`Article 122(1) of the Italian Personal Data Protection Code (Codice in materia di protezione dei dati personali, Legislative Decree 196/2003)`,
    "lssi-es": t`Article 22(2) of the Spanish Information Society Services Act (Ley 34/2002, LSSI)`,
    "pke-pl": t`Article 399 of the Polish Electronic Communications Law (Prawo komunikacji elektronicznej, PKE)`,
    eprivacy: t`EU law (Art. 5(3) of the ePrivacy Directive 2002/58/EC, as implemented in each member state)`,
    fmg: t`Art. 45c of the Swiss Telecommunications Act (Fernmeldegesetz, FMG)`,
    pecr: t`Regulation 6 of the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR)`,
  },
  deviceIntro: (law) =>
    t`Some functions store information on your device or read information from it, for example in cookies or in your browser’s local storage. ${law} allows this only with your consent, unless it is strictly necessary to provide a service you have expressly asked for, or its sole purpose is to transmit a communication.`,
  deviceAfterwards: t`What happens with the data afterwards, and on which legal basis under the GDPR, is explained with each service.`,
  deviceParties: t`“First party” means the information is stored under our website’s domain, also where another provider’s script on our pages sets it (the table says who sets it); “third party” means it is stored under another provider’s domain.`,
  deviceCaption: "Cookies and similar technologies, who sets them, why, for how long and on what legal ground",
  deviceHeader: { name: "Name", type: "Type", setBy: "Set by", purpose: "Purpose", duration: "Storage period", ground: "Legal ground" },
  deviceTechnology: {
    cookie: "Cookie",
    "local-storage": "Local storage",
    "session-storage": "Session storage",
    "indexed-db": "IndexedDB",
    pixel: "Pixel",
    sdk: "SDK",
    fingerprinting: "Fingerprinting",
  },
  deviceParty: { first: "first party", third: "third party" },
  deviceSession: "until the end of the browser session",
  devicePersistent: "until you delete it in your browser",
  deviceUnconfirmed: "not confirmed by the provider",
  deviceGround: {
    tdddg: {
      consent: "Consent (Section 25(1) TDDDG)",
      "strictly-necessary": "Strictly necessary (Section 25(2) no. 2 TDDDG)",
      transmission: "Transmission of a communication (Section 25(2) no. 1 TDDDG)",
    },
    "tkg-at": {
      consent: "Consent (Section 165(3) TKG 2021)",
      "strictly-necessary": "Strictly necessary (Section 165(3) TKG 2021)",
      transmission: "Transmission of a communication (Section 165(3) TKG 2021)",
    },
    "tw-nl": {
      consent: "Consent (Art. 11.7a(1) Telecommunicatiewet)",
      "strictly-necessary": "Strictly necessary (Art. 11.7a(3)(b) Telecommunicatiewet)",
      transmission: "Transmission of a communication (Art. 11.7a(3)(a) Telecommunicatiewet)",
    },
    "loi-fr": {
      consent: "Consent (Art. 82 Loi 78-17)",
      "strictly-necessary": "Strictly necessary (Art. 82 Loi 78-17)",
      transmission: "Transmission of a communication (Art. 82 Loi 78-17)",
    },
    "codice-it": {
      consent: "Consent (Art. 122(1) Codice)",
      "strictly-necessary": "Strictly necessary (Art. 122(1) Codice)",
      transmission: "Transmission of a communication (Art. 122(1) Codice)",
    },
    "lssi-es": {
      consent: "Consent (Art. 22(2) LSSI)",
      "strictly-necessary": "Strictly necessary (Art. 22(2) LSSI)",
      transmission: "Transmission of a communication (Art. 22(2) LSSI)",
    },
    "pke-pl": {
      consent: "Consent (Art. 399 PKE)",
      "strictly-necessary": "Strictly necessary (Art. 399 PKE)",
      transmission: "Transmission of a communication (Art. 399 PKE)",
    },
    eprivacy: {
      consent: "Consent (Art. 5(3) ePrivacy Directive)",
      "strictly-necessary": "Strictly necessary (Art. 5(3) ePrivacy Directive)",
      transmission: "Transmission of a communication (Art. 5(3) ePrivacy Directive)",
    },
    fmg: {
      consent: "Consent (Art. 45c let. b FMG)",
      "strictly-necessary": "Information and right to refuse (Art. 45c let. b FMG)",
      transmission: "Telecommunications service (Art. 45c let. a FMG)",
    },
    pecr: {
      consent: "Consent (PECR, Schedule A1, para. 2)",
      "strictly-necessary": "Strictly necessary (PECR, Schedule A1, para. 4)",
      transmission: "Transmission of a communication (PECR, Schedule A1)",
    },
  },
  deviceStatistics: {
    pecr: "Statistics, you can object (PECR, Schedule A1)",
    fmg: "Information and right to refuse (Art. 45c let. b FMG)",
    "tw-nl": "Quality or effectiveness of our service, with little or no effect on your privacy (Art. 11.7a(3)(b) Telecommunicatiewet)",
  },
  deviceQualityException: t`It also allows this without consent to learn about the quality or effectiveness of our service, where that has little or no effect on your privacy.`,
  deviceObject: (see) => t`You can object at any time to the storing and reading of information for statistics ${see}.`,
  deviceWithdraw: (see) => t`You can withdraw your consent at any time ${see}.`,

  changesIntro: t`We update this privacy policy when our processing changes. Before we process your data for a new purpose, we will inform you about that purpose and give you all other relevant information (Art. 13(3) GDPR).`,
  changesVersion: (version, effective) => t`This is version ${version}, effective from ${effective}.`,
  changesUpdated: (updated) => t`It was last updated on ${updated}.`,
  changesHistory: t`History of changes:`,
  changeDate: (date) => date,

  contactIntro: t`If you have questions about data protection or want to exercise your rights, please contact us:`,
  contactRights: t`Please send requests to exercise your rights to:`,
  contactDpo: t`You can also contact our data protection officer:`,

  index: {
    dataTitle: "Which services process this data?",
    dataIntro: t`For each kind of data the services process: which services process it, for what purposes, on which legal basis, and where.`,
    dataNone: t`No service processes personal data.`,
    dataCategory: (description, key) => t`${description} (${key})`,
    processedBy: (count) => (count === 1 ? t`Processed by 1 service:` : t`Processed by ${String(count)} services:`),
    listedAs: (category, key) => t`listed as ${category} (${key})`,
    inHouse: "in-house, no other company",
    labels: {
      provider: "Provider",
      purpose: "Purpose",
      legalBasis: "Legal basis",
      countries: "Where processed",
      transfers: "Transfers",
      recipient: "Recipient",
      safeguard: "Safeguard",
      details: "Details",
    },
    transfersTitle: "Where does the data go?",
    transfersIntro: t`For each country outside the EU/EEA that data goes to: the safeguards the transfers rest on, and for each service who receives the data there.`,
    transfersNone: t`The policy lists no transfers to countries outside the EU/EEA.`,
    servicesOn: (safeguard, count) => (count === 1 ? t`${safeguard}: 1 service` : t`${safeguard}: ${String(count)} services`),
    unconfirmed: "not confirmed by the provider’s documents",
  },
};
