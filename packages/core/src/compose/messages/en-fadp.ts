import { t } from "../inline.js";
import { en } from "./en.js";
import type { Messages } from "./messages.js";

// English for a text under Switzerland's Federal Act on Data Protection (FADP), in the terms of
// the Confederation's English version: personal data, processing, controller, processor,
// disclosure abroad, the FDPIC. The FADP asks for no legal basis, so the text names none; it
// lists the information Art. 19 and 25 FADP call for, the disclosures abroad with the Federal
// Council's list or the guarantee (Art. 16, 17), the rights of Art. 25, 28 and 32, and reporting
// to the FDPIC (Art. 49). Withdrawing consent has no article of its own: the text rests it on
// Art. 30 para. 2 let. b (processing against a person's express wishes).

export const enFadp: Messages = {
  ...en,
  titles: {
    ...en.titles,
    representative: "Our representative in Switzerland",
    transfers: "Disclosure abroad",
    objection: "Objecting to processing",
    complaint: "Reporting to the FDPIC",
    dpo: "Data protection advisor",
  },
  dpoIntro: t`You can reach our data protection advisor at:`,
  contactDpo: t`You can also contact our data protection advisor:`,
  deviceHeader: { ...en.deviceHeader, ground: "Ground" },

  overviewIntro: (controller) =>
    t`With this privacy policy, we inform you as Art. 19 FADP requires: how ${controller.name} processes your personal data, which services we use, which data they process and for what purposes, how long and where the data is kept, to whom it is disclosed, and what rights you have.`,
  controllerIntro: t`The controller responsible for processing your personal data under the Swiss Federal Act on Data Protection (FADP) is:`,
  representativeIntro: t`As we are not established in Switzerland, we have appointed a representative in Switzerland (Art. 14 FADP). It is the contact point for you and for the Federal Data Protection and Information Commissioner (FDPIC):`,
  jointControllersIntro: t`For some processing, we decide together with other organisations about its purpose and means (Art. 5 let. j FADP). These are the organisations, and the essence of each arrangement:`,
  jointControllersRights: t`You can contact us or any of the other controllers about your rights.`,
  summaryCaption: "The services, what they are for, the data, how long it is kept and where",
  servicesIntro: t`For each service, this part explains what it is, why we use it, which data it processes, how long and where the data is kept, and how you can have it deleted or object.`,

  roleProcessor: (entity) =>
    t`${entity.name} processes the data as our processor: on our behalf, and only as we ourselves would be permitted to (Art. 9 FADP).`,
  roleJointController: (entity) =>
    t`We and ${entity.name} decide together about the purpose and the means of the processing, so we are joint controllers. You can contact us or ${entity.name} about your rights.`,
  roleForProcessor: (scope, entity) =>
    t`For ${scope}, ${entity.name} is our processor and processes the data on our behalf, only as we ourselves would be permitted to (Art. 9 FADP).`,
  roleForJointController: (scope, entity) =>
    t`For ${scope}, we and ${entity.name} decide together about the purpose and the means of the processing.`,
  jointRights: (entity) => t`You can contact us or ${entity.name} about your rights.`,

  specialCategory: t`sensitive personal data (Art. 5 let. c FADP)`,

  transfersIntro: t`The data is disclosed to countries outside Switzerland:`,
  noTransfers: t`The data is not disclosed to countries outside Switzerland.`,
  adequacyDecision: (instrument) => t`Listed in ${instrument}.`,
  adequacyScope: (scope) => t`The listing covers only ${scope}.`,
  adequacyNone: t`The Federal Council has not recognised this country as providing adequate data protection.`,
  adequacyAlso: (instrument) => t`The Federal Council also recognises adequate data protection in this country (${instrument}).`,
  adequacyLimited: (scope) =>
    t`The Federal Council recognises adequate data protection in this country only for ${scope}; this disclosure rests on the ground above instead.`,
  transferGroundUnconfirmedShort: "the provider’s documents do not confirm a ground under Swiss law",
  transfersSee: (title, { several, copy }) =>
    t`${several ? "What the grounds mean" : "What the ground means"}${copy ? ", and how to get a copy of the guarantees" : ""}: see “${title}”.`,
  dpfExplained: t`For US organisations certified under the Swiss-US Privacy Framework, the Federal Council has recognised adequate data protection (Annex 1 to the Data Protection Ordinance). These recipients are certified:`,
  adequacyExplained: t`The Federal Council has decided that these countries provide adequate data protection:`,
  transfersUnconfirmedTitle: "Disclosures the providers’ documents do not confirm",
  transfersUnconfirmedIntro: (see) =>
    t`For these disclosures, the provider’s documents do not clearly confirm the disclosure or the ground it rests on under Swiss law. Ask us and we will tell you what we know ${see}.`,
  derogation: t`No guarantee under Art. 16 para. 2 FADP applies: the disclosure is allowed only as an exception for a specific case (Art. 17 FADP).`,
  copyAt: (clauses, link) => (clauses ? t`You can read the data protection clauses here: ${link}` : t`You can read the guarantees here: ${link}`),
  copyOnRequest: (clauses, see) =>
    clauses ? t`You can ask us for a copy of the data protection clauses ${see}.` : t`You can ask us for a copy of the guarantees ${see}.`,
  transfersSectionIntro: t`Some services disclose personal data to countries outside Switzerland. Each disclosure rests on one of the grounds the FADP allows (Art. 16 and 17 FADP):`,

  recipientsProcessors: t`Processors handle the data only on our behalf, and only as we ourselves would be permitted to (Art. 9 FADP).`,
  retentionIntro: t`We keep personal data no longer than we need it for the purposes described in this policy; then we delete or anonymise it (Art. 6 para. 4 FADP). The storage period of each service:`,

  rightsIntro: t`Under the FADP, you have the following rights regarding your personal data:`,
  rights: {
    ...en.rights,
    A15: {
      name: "Information",
      text: t`You can ask us whether we process personal data about you. If we do, we tell you which data it is, what we use it for, how long we keep it, where it comes from if not from you, to whom we disclose it and to which countries, and whether we take automated individual decisions about you and on what logic.`,
    },
    A16: {
      name: "Rectification",
      text: t`You can ask us to correct inaccurate personal data about you, unless a statutory provision prohibits the change.`,
    },
    A17: {
      name: "Prohibition and erasure",
      text: t`Where processing breaches your personality rights, you can ask that a particular processing or a disclosure to third parties be stopped, or that your data be deleted or destroyed; if need be, a civil court decides.`,
    },
    A20: {
      name: "Data portability",
      text: t`You can ask us to hand over the personal data you have given us in a common electronic format, or to transfer it to another controller where this does not take disproportionate effort.`,
    },
    A22: {
      name: "Automated individual decisions",
      text: t`Where we take a decision about you based exclusively on automated processing that has a legal consequence for you or considerably affects you, you can state your point of view and ask that a natural person review the decision.`,
    },
  },
  rightsSeeComplaint: (see) => t`to report a breach of data protection law to the FDPIC ${see}`,
  rightsDeadline: t`We answer within 30 days of receiving your request; where we cannot, we tell you within that time by when we will (Art. 18 DPO). The information is free of charge. Only where answering takes disproportionate effort may we ask you to contribute to the cost, at most CHF 300: we tell you the amount beforehand, and your request lapses without cost unless you confirm it within ten days (Art. 19 DPO).`,
  rightsIdentity: t`We take appropriate measures to identify you, and ask you to help us with this (Art. 16 para. 5 DPO).`,

  objectionGeneral: () =>
    t`You can tell us at any time that you do not want us to process your personal data for these purposes. Processing contrary to your express wishes breaches your personality rights unless your consent, an overriding private or public interest or the law justifies it (Art. 30 para. 2 let. b and Art. 31 FADP). If you object, we stop the processing unless such a justification applies.`,
  objectionDirectMarketing: t`You can object at any time, without giving reasons, to the use of your personal data for direct marketing. If you object, we no longer use your data for direct marketing.`,

  consentIntro: t`Where we process your data with your consent, you can withdraw it at any time, with effect for the future. Processing before the withdrawal is not affected; processing afterwards against your express wishes would breach your personality rights (Art. 30 para. 2 let. b FADP).`,

  complaintIntro: t`If you believe that we process your personal data in breach of data protection law, you can report it to the Federal Data Protection and Information Commissioner (FDPIC). Where there are sufficient indications of a breach, the FDPIC opens an investigation, and tells you what it has done in response to your report and the outcome (Art. 49 FADP). You are not a party to the investigation; to assert your own claims, for example to have your data deleted, you can go to the civil courts (Art. 32 FADP).`,
  complaintAuthority: t`The FDPIC:`,
  complaintFind: (link) => t`The FDPIC’s website: ${link}`,
  authoritiesUrl: "https://www.edoeb.admin.ch/",

  automatedNone: t`We do not take decisions based exclusively on automated processing that have a legal consequence for you or considerably affect you (Art. 21 FADP).`,
  automatedException: {
    contract: t`We take this decision in concluding or performing a contract with you.`,
    law: t`We take this decision by automated means because the law provides for it.`,
    "explicit-consent": t`We take this decision by automated means only with your explicit consent.`,
  },
  automatedReview: t`You can state your point of view and ask that a natural person review the decision (Art. 21 para. 2 FADP).`,

  deviceIntro: (law) =>
    t`Some functions store information on your device or read information from it, for example in cookies or in your browser’s local storage. Apart from what the telecommunications service itself needs, ${law} allows this only where you are told about it and its purpose, and that you can refuse it, as this section does. You can refuse in your browser’s settings, and, where we ask for your consent, by not giving it.`,
  deviceAfterwards: t`What happens with the data afterwards is explained with each service.`,

  changesIntro: t`We update this privacy policy when our processing changes. Before we process your data for a new purpose, we tell you.`,

  index: {
    ...en.index,
    labels: { ...en.index.labels, transfers: "Disclosures abroad", safeguard: "Ground" },
    dataIntro: t`For each kind of data the services process: which services process it, for what purposes, and where.`,
    transfersIntro: t`For each country outside Switzerland that data goes to: the grounds the disclosures rest on, and for each service who receives the data there.`,
    transfersNone: t`The policy lists no disclosures to countries outside Switzerland.`,
  },
};
