import { t } from "../inline.js";
import { en } from "./en.js";
import type { Messages } from "./messages.js";

// English for a text under the UK GDPR: the English messages, with the UK's law where it differs
// from the EU's: the UK GDPR's name in citations, the UK as the place data leaves for a third
// country, UK adequacy regulations instead of Commission decisions, Art. 22A-22D for automated
// decisions, complaints to the controller (s. 164A DPA 2018) and to the UK's regulator. The text
// calls the regulator "the ICO" and no more: the Information Commissioner's Office becomes the
// Information Commission on a date our sources do not confirm (see the gb-ico authority record),
// and "ICO" is what both are known as.

export const enUk: Messages = {
  ...en,
  titles: { ...en.titles, representative: "Our representative in the UK", complaint: "How to complain" },

  controllerIntro: t`The controller responsible for processing your personal data under the UK General Data Protection Regulation (UK GDPR) is:`,
  representativeIntro: t`As we are not established in the United Kingdom, we have appointed a representative in the UK (Art. 27 UK GDPR). You can contact our representative about any question on the processing of your personal data:`,
  jointControllersIntro: t`For some processing, we decide together with other organisations why and how your data is processed. We are then joint controllers (Art. 26 UK GDPR). These are the organisations, and the essence of each arrangement:`,
  jointControllersRights: t`You can exercise your rights with us and with each of the other controllers (Art. 26(3) UK GDPR).`,

  roleProcessor: (entity) => t`${entity.name} processes the data as our processor: only on our behalf and on our instructions (Art. 28 UK GDPR).`,
  roleJointController: (entity) =>
    t`We and ${entity.name} decide together why and how the data is processed, so we are joint controllers (Art. 26 UK GDPR). You can exercise your rights with us or with ${entity.name}.`,
  roleForProcessor: (scope, entity) =>
    t`For ${scope}, ${entity.name} is our processor and acts only on our behalf and on our instructions (Art. 28 UK GDPR).`,
  roleForJointController: (scope, entity) => t`For ${scope}, we and ${entity.name} are joint controllers (Art. 26 UK GDPR).`,

  specialCategory: t`a special category of personal data (Art. 9(1) UK GDPR)`,

  transfersIntro: t`The data is transferred to countries outside the United Kingdom:`,
  noTransfers: t`The data is not transferred to countries outside the United Kingdom.`,
  adequacyDecision: (instrument) => t`Recognised in ${instrument}.`,
  adequacyScope: (scope) => t`The recognition covers only ${scope}.`,
  adequacyNone: t`UK law does not recognise this country as providing an adequate level of data protection.`,
  adequacyAlso: (instrument) => t`UK law also recognises this country as providing an adequate level of data protection (${instrument}).`,
  adequacyLimited: (scope) =>
    t`UK law recognises this country as providing an adequate level of data protection only for ${scope}; this transfer rests on the ground above instead.`,
  transferGroundUnconfirmedShort: "the provider’s documents do not confirm a ground under UK law",
  dpfExplained: t`For US organisations that take part in the UK Extension to the EU-US Data Privacy Framework, UK regulations recognise an adequate level of data protection. These recipients take part:`,
  adequacyExplained: t`UK law recognises that these countries provide an adequate level of data protection:`,
  derogation: t`No appropriate safeguards under Art. 46 UK GDPR apply: the transfer is allowed only as an exception for a specific situation.`,
  transfersSectionIntro: t`Some services transfer personal data to countries outside the United Kingdom, known as third countries. Each transfer rests on one of the grounds the UK GDPR allows (Chapter V UK GDPR):`,

  rightsIntro: t`Under the UK GDPR, you have the following rights regarding your personal data. Which of them apply depends on the legal basis of the processing; where a right applies only to some services, we name them.`,
  rights: {
    ...en.rights,
    A22: {
      name: "Automated decisions",
      text: t`Where we take a significant decision about you based solely on automated processing, you can make representations about it, ask for a person on our side to intervene, and contest the decision.`,
    },
  },
  recipientsProcessors: t`Processors handle the data only on our behalf and on our instructions (Art. 28 UK GDPR).`,
  rightsSeeComplaint: (see) => t`to complain ${see}`,
  rightsDeadline: t`We answer without undue delay and at the latest within one month of receiving your request or, where we asked you for information to confirm who you are, of receiving that information. Where a request is complex, or you have made several, we can extend this by two further months; we will then tell you within the first month, and why. Exercising your rights is generally free of charge.`,

  objectionBasis: {
    "A6-1-e": t`to carry out a task in the public interest or in the exercise of official authority (Art. 6(1)(e) UK GDPR)`,
    "A6-1-ea": t`for a recognised legitimate interest (Art. 6(1)(ea) UK GDPR)`,
    "A6-1-f": t`on the basis of our legitimate interests (Art. 6(1)(f) UK GDPR)`,
  },
  consentIntro: t`Where we process your data on the basis of your consent, you can withdraw your consent at any time, with effect for the future (Art. 7(3) UK GDPR). Withdrawing consent is as easy as giving it. Withdrawal does not affect the lawfulness of the processing carried out before it.`,

  complaintToController: (see) =>
    t`If you are unhappy with how we use your personal data, you can complain to us ${see}. We confirm within 30 days that we have received your complaint, look into it without undue delay, keep you informed and tell you the outcome (section 164A of the Data Protection Act 2018).`,
  complaintIntro: t`You also have the right to complain to the UK’s data protection regulator, the ICO, if you believe that our processing of your personal data infringes data protection law (section 165 of the Data Protection Act 2018). This does not affect any other administrative or judicial remedy.`,
  complaintAuthority: t`The ICO can be reached at:`,
  complaintFind: (link) => t`How to complain to the ICO: ${link}`,
  authoritiesUrl: "https://ico.org.uk/make-a-complaint/data-protection-complaints",

  automatedNone: t`We do not take significant decisions about you based solely on automated processing, that is without meaningful human involvement (Art. 22A UK GDPR).`,
  automatedException: {
    contract: t`We take this decision by automated means because it is necessary for entering into or performing a contract with you.`,
    law: t`We take this decision by automated means because the law requires or allows it.`,
    "explicit-consent": t`We take this decision by automated means only with your explicit consent.`,
  },
  automatedReview: t`You can make representations about the decision, ask for a person on our side to intervene, and contest the decision (Art. 22C UK GDPR).`,

  deviceIntro: (law) =>
    t`Some functions store information on your device or read information from it, for example in cookies or in your browser’s local storage. ${law} allows this only with your consent, unless one of the exceptions in its Schedule A1 applies: for example, where it is strictly necessary to provide a service you have asked for, where its sole purpose is to transmit a communication, or where it only collects statistics on the use of our website to improve it.`,
  deviceAfterwards: t`What happens with the data afterwards, and on which legal basis under the UK GDPR, is explained with each service.`,
  changesIntro: t`We update this privacy policy when our processing changes. Before we process your data for a new purpose, we will inform you about that purpose and give you all other relevant information (Art. 13(3) UK GDPR).`,

  index: {
    ...en.index,
    transfersIntro: t`For each country outside the UK that data goes to: the safeguards the transfers rest on, and for each service who receives the data there.`,
    transfersNone: t`The policy lists no transfers to countries outside the UK.`,
  },
};
