import type { Locale } from "../../taxonomy/index.js";
import { t, type Inline, type InlineArg } from "../inline.js";

// The words of the section for California residents. English only: § 1798.130(c) asks for the
// statute's own terms, and the CCPA's notices are owed to consumers in California; a document in
// another language points to the English one (see `californiaPointer`). Plain British English as
// the rest of the text, with the statute's terms where the statute fixes them.

const civ = (section: string) => `Cal. Civ. Code ${section}`;

export const californiaEn = {
  title: "Your California privacy rights",
  intro: (updated: string): Inline =>
    t`This section is for consumers who live in California. It gives the information that the California Consumer Privacy Act, as amended by the California Privacy Rights Act (CCPA), asks us to give you, and explains your rights under it. It adds to the rest of this privacy policy. We last updated it on ${updated}, and we update it at least once every 12 months (${civ("§ 1798.130(a)(5)")}).`,

  collectedTitle: "The personal information we collect",
  collectedIntro: t`We collect the categories of personal information below, and collected them in the past 12 months. Each is named as the CCPA names it (${civ("§ 1798.140(v)(1)")}). For each, we say which of our data falls under it, which of our services collect it and for what purposes, whether we sell or share it, and how long we keep it (${civ("§§ 1798.100(a), 1798.110(c)")}).`,
  otherCategory: "Other personal information",
  otherCitation: "none of the categories of § 1798.140(v)(1)(A) to (K) describes it",
  data: "Our data in this category",
  collectedBy: "Collected by",
  purposes: "Purposes",
  soldOrShared: "Sold or shared",
  kept: "How long we keep it",
  neitherSoldNorShared: "We neither sell nor share it.",
  disclosure: (how: "sold" | "shared" | "sold-and-shared", services: InlineArg): Inline =>
    how === "sold"
      ? t`Sold to ${services}.`
      : how === "shared"
        ? t`Shared with ${services} for cross-context behavioural advertising.`
        : t`Sold to and shared for cross-context behavioural advertising with ${services}.`,

  sensitiveTitle: "Sensitive personal information",
  sensitiveIntro: t`Some of this information is sensitive personal information under the CCPA (${civ("§ 1798.140(ae)")}):`,
  sensitiveWithinLimits: t`We use and disclose sensitive personal information only for the purposes ${civ("§ 1798.121(a)")} allows, such as providing the goods and services you ask us for: its use is already limited as that section provides.`,
  sensitiveBeyondLimits: (link: InlineArg): Inline =>
    t`We also use or disclose sensitive personal information for purposes beyond those ${civ("§ 1798.121(a)")} allows. You can tell us at any time to limit its use to those purposes: ${link}.`,

  sourcesTitle: "Where the information comes from",
  sourcesIntro: t`We collect personal information from these categories of sources (${civ("§ 1798.110(c)(2)")}):`,
  sourceYou: "from you, when you give it to us",
  sourceDevice: "from your device and browser, automatically, when you use our website or services",
  sourceOthers: (names: InlineArg): Inline => t`from others: ${names}`,
  sourcePublic: "from publicly available sources",

  disclosuresTitle: "Who receives it",
  thirdPartiesIntro: t`We disclose personal information to these categories of recipients (${civ("§ 1798.110(c)(4)")}):`,
  otherRecipients: "Other providers and recipients",
  soldSharedIntro: t`In the past 12 months we sold or shared these categories of personal information (${civ("§ 1798.115(c)(1)")}):`,
  noneSoldShared: "We have not sold or shared personal information in the past 12 months.",
  businessPurposeIntro: t`In the past 12 months we disclosed these categories of personal information to providers who process it for us, for a business purpose (${civ("§ 1798.115(c)(2)")}):`,
  noneBusinessPurpose: "We have not disclosed personal information for a business purpose in the past 12 months.",
  groupItem: (category: InlineArg, services: InlineArg): Inline => t`${category}: ${services}`,

  rightsTitle: "Your rights under the CCPA",
  rightsIntro: "You have these rights:",
  rightToKnow: t`To know: you can ask us which categories of personal information we have collected about you, from which sources, for what purposes we collected, sold or shared it, to which categories of third parties we disclosed it, and for the specific pieces of personal information we hold about you (${civ("§§ 1798.100, 1798.110, 1798.115")}).`,
  rightToDelete: t`To delete: you can ask us to delete personal information about you that we have collected from you, except where the CCPA allows us to keep it (${civ("§ 1798.105")}).`,
  rightToCorrect: t`To correct: you can ask us to correct personal information about you that is inaccurate (${civ("§ 1798.106")}).`,
  rightToOptOut: t`To opt out of sale and sharing: you can tell us at any time not to sell or share your personal information (${civ("§ 1798.120")}).`,
  rightToLimit: t`To limit the use of sensitive personal information: you can tell us at any time to use it only for the purposes the CCPA allows (${civ("§ 1798.121")}).`,
  noDiscrimination: t`Not to be discriminated against: we will not deny you goods or services, charge you different prices or rates, or give you a different level or quality of goods or services because you used these rights (${civ("§ 1798.125(a)")}).`,
  noSale: "We do not sell or share your personal information, so there is nothing to opt out of.",

  incentivesTitle: "Financial incentives",
  incentivesIntro: t`We offer these financial incentives in return for personal information (${civ("§ 1798.125(b)")}):`,
  incentivesConsent: t`We enter you into a programme only with your prior opt-in consent, which clearly describes its material terms, and you can withdraw that consent at any time (${civ("§ 1798.125(b)(3)")}).`,

  requestsTitle: "How to use your rights",
  requestWays: "To make a request to know, to delete or to correct, contact us in any of these ways:",
  tollFree: (phone: InlineArg): Inline => t`by telephone, free of charge: ${phone}`,
  byEmail: (email: InlineArg): Inline => t`by e-mail: ${email}`,
  byForm: (url: InlineArg): Inline => t`with our online form: ${url}`,
  byPost: (address: InlineArg): Inline => t`by post: ${address}`,
  verification: t`Before we act on a request to know, delete or correct, we must be able to verify, by commercially reasonable means, that it comes from you or from someone you have authorised. We may ask you for information to do so (${civ("§ 1798.140(ak)")}).`,
  agents: t`Someone else can make a request for you: a person or a business registered with the California Secretary of State whom you have authorised, someone who holds your power of attorney or is your conservator; and parents can make requests for their minor children (${civ("§ 1798.140(ak)")}).`,
  answerTime: t`We answer within 45 days of receiving a request we can verify. Where we need longer, we may extend this once by a further 45 days, and we tell you so within the first 45 days (${civ("§ 1798.130(a)(2)")}).`,
  optOutLink: (link: InlineArg): Inline =>
    t`To opt out of the sale and sharing of your personal information, use ${link}. Someone you have authorised can do so for you, by an opt-out preference signal too (${civ("§ 1798.135(a), (e)")}).`,
  choicesLink: (link: InlineArg): Inline =>
    t`To opt out of the sale and sharing of your personal information, or to limit the use of your sensitive personal information, use ${link}. Someone you have authorised can do so for you, by an opt-out preference signal too (${civ("§ 1798.135(a), (e)")}).`,
  optOutPage: "Do Not Sell or Share My Personal Information",
  limitPage: "Limit the Use of My Sensitive Personal Information",
  signal: t`We treat an opt-out preference signal that your browser or device sends, such as Global Privacy Control, as a request to opt out of the sale and sharing of your personal information: for that browser or device, for any profile linked to it, and for you where we know who you are (Cal. Code Regs. tit. 11, § 7025(c)(1)).`,
  under16No: t`We do not sell or share the personal information of consumers we know to be under 16 (${civ("§ 1798.120(c)")}).`,
  under16Authorised: t`We sell or share the personal information of consumers we know to be under 16 only with their affirmative authorisation, and for those under 13, only with the affirmative authorisation of a parent or guardian (${civ("§ 1798.120(c)")}).`,
  doNotTrackHonored: "Our website honours Do Not Track signals sent by browsers.",
  doNotTrackNotHonored: "Our website does not respond to Do Not Track signals sent by browsers.",
  questions: (contact: InlineArg): Inline =>
    t`For questions about this section or how we handle personal information, contact us as described under ${contact}.`,
} as const;

/** In a document in another language, where the section for California residents is: the English version. */
export const californiaPointer: Readonly<Record<Exclude<Locale, "en">, { readonly title: string; readonly text: string }>> = {
  de: {
    title: "Informationen für Verbraucherinnen und Verbraucher in Kalifornien",
    text: "Verbraucherinnen und Verbraucher mit Wohnsitz in Kalifornien haben zusätzlich Rechte nach dem California Consumer Privacy Act (CCPA). Diese Rechte und die Angaben, die das Gesetz verlangt, stehen im Abschnitt „Your California privacy rights“ der englischen Fassung dieser Datenschutzerklärung, in den Begriffen des Gesetzes.",
  },
  es: {
    title: "Información para los consumidores residentes en California",
    text: "Los consumidores residentes en California tienen además los derechos que les reconoce la California Consumer Privacy Act (CCPA). Esos derechos y la información que exige la ley figuran, con los términos de la propia ley, en la sección «Your California privacy rights» de la versión en inglés de esta política de privacidad.",
  },
  nl: {
    title: "Informatie voor consumenten in Californië",
    text: "Consumenten die in Californië wonen, hebben daarnaast rechten op grond van de California Consumer Privacy Act (CCPA). Deze rechten en de informatie die de wet voorschrijft, staan in het onderdeel „Your California privacy rights” van de Engelse versie van deze privacyverklaring, in de termen van de wet.",
  },
  pl: {
    title: "Informacje dla konsumentów w Kalifornii",
    text: "Konsumentom mieszkającym w Kalifornii przysługują dodatkowe prawa na podstawie California Consumer Privacy Act (CCPA). Te prawa i informacje wymagane przez tę ustawę przedstawia sekcja „Your California privacy rights” angielskiej wersji niniejszej polityki prywatności, w terminologii ustawy.",
  },
  fr: {
    title: "Informations destinées aux consommateurs résidant en Californie",
    text: "Les consommateurs résidant en Californie disposent en outre de droits au titre du California Consumer Privacy Act (CCPA). Ces droits et les informations que cette loi exige figurent, dans les termes de la loi, dans la section «\u00a0Your California privacy rights\u00a0» de la version anglaise de la présente politique de confidentialité.",
  },
  it: {
    title: "Informazioni per i consumatori residenti in California",
    text: "I consumatori residenti in California hanno ulteriori diritti ai sensi del California Consumer Privacy Act (CCPA). Tali diritti e le informazioni richieste dalla legge si trovano nella sezione «Your California privacy rights» della versione inglese della presente informativa, con la terminologia della legge stessa.",
  },
};
