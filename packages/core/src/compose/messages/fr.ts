import { inline, plain, spelledTag, type InlineArg } from "../inline.js";
import type { Messages } from "./messages.js";

// Français : les termes du texte officiel du RGPD (responsable du traitement, sous-traitant,
// intérêts légitimes, clauses types de protection des données, autorité de contrôle, droit
// d'opposition ; voir glossary/fr.json), des phrases courtes, le vouvoiement. Les références
// suivent le style de la législation française et de la CNIL : « article 6, paragraphe 1,
// point f), du RGPD ». Un nom tiré de la politique (une société, un produit) ne se décline pas et
// ne doit pas provoquer d'élision fautive (« de Apple ») : il se place en sujet, après « avec »,
// « pour » ou « par », ou après un deux-points. Les textes de la politique insérés après « après
// que » ou « jusqu'au moment où » (`until`) sont des propositions à l'indicatif.
//
// Typographie : espace insécable avant « : ; ? ! » et à l'intérieur des guillemets, posée par la
// balise `t` sur les seules parties littérales (jamais sur les valeurs de la politique).

/** French spacing: a no-break space before a high punctuation mark and inside guillemets. */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;?!»])/g, "\u00a0$1").replace(/« /g, "«\u00a0");
}

const t = spelledTag(frenchSpacing);

/** "que" before a word, elided before a vowel: "qu'Instagram", "que Zoom". */
function que(next: InlineArg): string {
  const start = plain(inline(next));
  return /^[aeiouàâäéèêëîïôöùûüœæ]/iu.test(start.trim()) ? "qu'" : "que ";
}

/** A list joined as French joins it: "a, b et c". */
function frenchList(items: readonly string[]): string {
  return new Intl.ListFormat("fr-FR", { type: "conjunction" }).format(items);
}

/**
 * The French name of an adequacy decision: acts before the Treaty of Lisbon ("/EC") are
 * « décision … /CE de la Commission », implementing acts « décision d'exécution … de la Commission ».
 */
function adequacyDecisionName(decision: string, reference: string): string {
  const number = reference.replace(/\/EC$/, "/CE").replace(/\/EU$/, "/UE");
  const union = decision.includes("(EU)") ? "(UE) " : "";
  const kind = decision.startsWith("Commission Implementing Decision") ? "décision d'exécution" : "décision";
  return `${kind} ${union}${number} de la Commission`;
}

const titles = {
  overview: "Vue d'ensemble",
  controller: "Responsable du traitement",
  representative: "Représentant dans l'Union",
  jointControllers: "Responsables conjoints du traitement",
  dpo: "Délégué à la protection des données",
  summary: "Nos services en bref",
  services: "Les services en détail",
  recipients: "Destinataires de vos données",
  transfers: "Transferts vers des pays tiers",
  retention: "Durée de conservation",
  rights: "Vos droits",
  objection: "Droit d'opposition",
  consent: "Retrait de votre consentement",
  complaint: "Droit d'introduire une réclamation auprès d'une autorité de contrôle",
  automatedDecisions: "Décisions automatisées et profilage",
  deviceAccess: "Cookies et autres traceurs",
  changes: "Modifications de la présente politique de confidentialité",
  contact: "Nous contacter",
} as const;

/** An object with each of its plain strings, nested ones too, spaced the French way; functions stay as they are. */
function spaced<T>(value: T): T {
  if (typeof value === "string") return frenchSpacing(value) as T;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spaced(inner)])) as T;
}

export const fr: Messages = spaced<Messages>({
  documentTitle: "Politique de confidentialité",
  titles,
  see: (title) => t`(voir « ${title} »)`,
  untranslated: {
    en: "(uniquement en anglais)",
    de: "(uniquement en allemand)",
    fr: "(uniquement en français)",
    it: "(uniquement en italien)",
    es: "(uniquement en espagnol)",
    nl: "(uniquement en néerlandais)",
    pl: "(uniquement en polonais)",
  },

  email: "Courriel",
  phone: "Téléphone",
  website: "Site web",

  overviewIntro: (controller) =>
    t`La présente politique de confidentialité explique comment ${controller.name} traite vos données à caractère personnel : quels services nous utilisons, quelles données ils traitent, à quelles fins et sur quelle base juridique, combien de temps et où les données sont conservées, et de quels droits vous disposez.`,
  overviewNationalAct: {
    bdsg: t`Outre le règlement général sur la protection des données (RGPD), la loi fédérale allemande sur la protection des données (Bundesdatenschutzgesetz, BDSG) s'applique dans la mesure où elle le complète.`,
    "dsg-at": t`Outre le règlement général sur la protection des données (RGPD), la loi autrichienne sur la protection des données (Datenschutzgesetz, DSG) s'applique dans la mesure où elle le complète.`,
    "dpa-2018": t`Outre le règlement général britannique sur la protection des données (UK GDPR), le Data Protection Act 2018 s'applique dans la mesure où il le complète.`,
    "loi-78-17": t`Outre le règlement général sur la protection des données (RGPD), la loi n\u00b0\u00a078-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés (loi « Informatique et Libertés ») s'applique dans la mesure où elle le complète.`,
    "codice-privacy": t`Outre le règlement général sur la protection des données (RGPD), le code italien en matière de protection des données à caractère personnel (Codice in materia di protezione dei dati personali, décret législatif n\u00b0\u00a0196/2003) s'applique dans la mesure où il le complète.`,
    lopdgdd: t`Outre le règlement général sur la protection des données (RGPD), la loi organique espagnole sur la protection des données (Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales, LOPDGDD) s'applique dans la mesure où elle le complète.`,
    uavg: t`Outre le règlement général sur la protection des données (RGPD), la loi néerlandaise d'exécution du RGPD (Uitvoeringswet Algemene verordening gegevensbescherming, UAVG) s'applique dans la mesure où elle le complète.`,
    "ustawa-odo-2018": t`Outre le règlement général sur la protection des données (RGPD), la loi polonaise sur la protection des données à caractère personnel (ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych) s'applique dans la mesure où elle le complète.`,
  },
  overviewVersion: (version, effective) => t`Version ${version}, en vigueur à compter du ${effective}.`,
  overviewUpdated: (updated) => t`Dernière mise à jour : ${updated}.`,
  overviewObjection: (see) => t`Veuillez noter que vous avez le droit de vous opposer à certains de ces traitements ${see}.`,
  controllerIntro: t`Le responsable du traitement de vos données à caractère personnel au sens du règlement général sur la protection des données (RGPD) est :`,
  representativeIntro: t`Comme nous ne sommes pas établis dans l'Union européenne, nous avons désigné un représentant dans l'Union (article 27 du RGPD). Vous pouvez vous adresser à lui pour toute question relative au traitement de vos données à caractère personnel :`,
  jointControllersIntro: t`Pour certains traitements, nous déterminons avec d'autres organismes les finalités et les moyens du traitement de vos données. Nous sommes alors responsables conjoints du traitement (article 26 du RGPD). Voici ces organismes et les grandes lignes de chaque accord :`,
  jointControllersEssence: (essence) => t`${essence}`,
  jointControllersRights: t`Vous pouvez exercer vos droits auprès de nous et auprès de chacun des autres responsables du traitement (article 26, paragraphe 3, du RGPD).`,
  dpoIntro: t`Vous pouvez contacter notre délégué à la protection des données :`,
  summaryIntro: t`Le tableau ci-dessous recense tous les services qui traitent vos données à caractère personnel. Chacun d'eux est présenté en détail plus bas.`,
  summaryCaption: "Les services, leurs finalités, leur base juridique, les données, leur durée de conservation et le lieu du traitement",
  summaryHeader: {
    service: "Service utilisé",
    purposes: "Finalité",
    legalBasis: "Base juridique",
    data: "Données",
    retention: "Durée de conservation",
    countries: "Lieu du traitement",
  },
  purposeBasis: (purpose, citation) => t`${purpose} : ${citation}`,

  servicesIntro: t`Pour chaque service, cette partie explique de quoi il s'agit, pourquoi nous l'utilisons, quelles données il traite, combien de temps et où elles sont conservées, comment vous pouvez les faire effacer ou vous opposer au traitement, et sur quelle base juridique repose le traitement.`,
  serviceTitles: {
    about: (subject) => t`Qu'est-ce ${que(subject)}${subject} ?`,
    purposes: (subject) => t`Pourquoi utilisons-nous ${subject} ?`,
    data: (subject) => t`Quelles données sont traitées par ${subject} ?`,
    storage: "Combien de temps et où les données sont-elles conservées ?",
    deletion: "Comment faire effacer mes données ou m'opposer au traitement ?",
    legalBasis: "Base juridique",
  },
  inHouseTitles: {
    about: t`De quoi s'agit-il ?`,
    purposes: t`Pourquoi traitons-nous ces données ?`,
    data: t`Quelles données sont traitées ?`,
  },

  inHouse: t`Nous effectuons ce traitement nous-mêmes.`,
  selfHosted: (software, maker) =>
    maker === undefined
      ? t`Nous hébergeons nous-mêmes ${software}, dans le cadre de notre site web. Les données traitées ne quittent pas notre site web.`
      : t`Nous hébergeons nous-mêmes ${software}, dans le cadre de notre site web. Les données traitées ne quittent pas notre site web : l'éditeur du logiciel, ${maker.name}, n'en reçoit aucune.`,
  providerIntro: t`Le prestataire est :`,
  providerIntroUnconfirmed: t`Les documents du prestataire n'indiquent pas clairement avec laquelle de ses sociétés nous avons conclu le contrat. D'après les informations dont nous disposons, il s'agit de :`,
  roleProcessor: (entity) =>
    t`${entity.name} traite les données en qualité de sous-traitant, c'est-à-dire uniquement pour notre compte et sur nos instructions (article 28 du RGPD).`,
  roleJointController: (entity) =>
    t`Nous déterminons avec ${entity.name} les finalités et les moyens du traitement ; nous sommes donc responsables conjoints du traitement (article 26 du RGPD). Vous pouvez exercer vos droits auprès de l'un comme de l'autre.`,
  roleController: (entity) =>
    t`${entity.name} détermine de manière autonome l'usage des données qui lui sont transmises et en répond en qualité de responsable du traitement à part entière.`,
  rolesIntro: (entity) => t`${entity.name} intervient à plusieurs titres :`,
  roleForProcessor: (scope, entity) =>
    t`Pour ${scope}, ${entity.name} est notre sous-traitant et n'agit que pour notre compte et sur nos instructions (article 28 du RGPD).`,
  roleForController: (scope, entity) =>
    t`Pour ${scope}, ${entity.name} est responsable du traitement à part entière : l'usage des données relève de sa seule décision et de sa responsabilité.`,
  roleForJointController: (scope, entity) =>
    t`Pour ${scope}, nous sommes, avec ${entity.name}, responsables conjoints du traitement (article 26 du RGPD).`,
  jointArrangement: (arrangement) => t`Les grandes lignes de notre accord : ${arrangement}`,
  jointArrangementAt: (link) => t`L'accord : ${link}`,
  jointRights: (entity) => t`Vous pouvez exercer vos droits auprès de nous ou auprès de l'autre responsable conjoint du traitement, ${entity.name}.`,
  providerRepresentative: t`Le représentant du prestataire dans l'Union (article 27 du RGPD) est :`,
  parentReceives: (parent) => t`Les données parviennent également à l'entité suivante : ${parent}.`,
  providerPrivacyPolicy: (link) => t`Politique de confidentialité du prestataire : ${link}`,
  otherRecipients: t`Autres destinataires des données :`,

  purposesIntro: t`Nous traitons les données pour les finalités suivantes :`,

  dataIntro: t`Les données à caractère personnel suivantes sont traitées :`,
  dataGroups: {
    provided: "Données que vous fournissez",
    received: "Données que nous recevons de tiers",
    automatic: "Données collectées automatiquement",
    usage: "Données d'utilisation et métadonnées",
    content: "Contenus que vous créez ou partagez",
  },
  dataSource: (source) => t`source : ${source}`,
  receivedFrom: (sources) => t`Provenance de ces données : ${sources}.`,
  specialCategory: t`une catégorie particulière de données à caractère personnel (article 9, paragraphe 1, du RGPD)`,
  dataSubjects: (subjects) => t`Personnes concernées : ${subjects}.`,
  sourcesIntro: t`Origine des données :`,
  sourceDataSubject: t`Auprès de vous`,
  sourceThirdParty: t`Auprès de tiers`,
  sourcePublic: t`De sources accessibles au public`,
  provisionTitle: "Devez-vous fournir ces données ?",
  provision: {
    statutory: t`Oui, la loi l'exige : la fourniture des données a un caractère réglementaire.`,
    contractual: t`Oui, en vertu de notre contrat avec vous : la fourniture des données a un caractère contractuel, et non réglementaire.`,
    precontractual: t`Nous en avons besoin pour conclure un contrat avec vous. Vous n'avez aucune obligation de les fournir.`,
    voluntary: t`Non, la fourniture des données est facultative.`,
  },
  provisionWithout: {
    statutory: t`Sans ces données, nous ne pouvons pas donner suite, car la loi les exige.`,
    contractual: t`Sans ces données, nous ne pouvons pas exécuter le contrat.`,
    precontractual: t`Sans ces données, nous ne pouvons pas conclure de contrat avec vous.`,
  },

  retentionFor: (duration) => t`Nous conservons les données pendant ${duration}.`,
  retentionUntil: (until) => t`Nous conservons les données jusqu'au moment où ${until}.`,
  retentionAfter: (duration, until) => t`Nous effaçons les données ${duration} après ${que(until)}${until}.`,
  retentionNone: t`Nous ne conservons les données que le temps nécessaire aux finalités décrites.`,
  retentionExceptionsIntro: t`Une partie des données est conservée pendant une durée différente :`,
  retentionShortUntil: (until) => t`jusqu'au moment où ${until}`,
  retentionShortAfter: (duration, until) => t`${duration} après ${que(until)}${until}`,
  retentionShortNone: t`le temps nécessaire aux finalités`,
  countries: (countries) => t`Pays où les données sont traitées : ${countries}.`,
  transfersIntro: t`Les données sont transférées vers des pays situés hors de l'Union européenne (UE) et de l'Espace économique européen (EEE) :`,
  noTransfers: t`Les données ne sont pas transférées vers des pays situés hors de l'Union européenne (UE) et de l'Espace économique européen (EEE).`,
  transfersUnknown: t`Les documents du prestataire n'indiquent pas clairement si les données sont également traitées dans d'autres pays.`,
  transfersIncomplete: t`Les documents du prestataire n'indiquent pas clairement si les données sont également transférées vers d'autres pays que ceux mentionnés.`,

  transferRecipient: (recipient) => t`destinataire : ${recipient}`,
  adequacyDecisionName,
  // A Commission decision takes its article (« la décision … »); any other instrument follows a colon.
  adequacyDecision: (decision) =>
    decision.startsWith("décision") ? t`L'adéquation a été constatée par la ${decision}.` : t`L'adéquation a été constatée par : ${decision}.`,
  adequacyScope: (scope) => t`La décision ne couvre que ${scope}.`,
  adequacyNone: t`Il n'existe pas de décision d'adéquation de la Commission européenne pour ce pays.`,
  adequacyAlso: (decision) => t`Il existe également une décision d'adéquation de la Commission européenne pour ce pays (${decision}).`,
  adequacyLimited: (scope) =>
    t`La décision d'adéquation de la Commission européenne pour ce pays ne couvre que ${scope} ; ce transfert repose à la place sur le fondement indiqué ci-dessus.`,
  transferUnconfirmedShort: "non confirmé par les documents du prestataire",
  transferGroundUnconfirmedShort: "les documents du prestataire ne confirment pas le fondement",
  transfersSee: (title, { several, copy }) =>
    t`${several ? "Ce que signifient ces fondements" : "Ce que signifie ce fondement"}${copy ? ", et comment obtenir une copie des garanties" : ""} : voir « ${title} ».`,
  dpfExplained: t`Pour les organisations certifiées au titre du cadre de protection des données UE-États-Unis, la Commission européenne a constaté que les États-Unis assurent un niveau de protection adéquat. Ces destinataires sont certifiés :`,
  adequacyExplained: t`La Commission européenne a constaté que ces pays assurent un niveau de protection adéquat :`,
  transfersUnconfirmedTitle: "Transferts non confirmés par les documents des prestataires",
  transfersUnconfirmedIntro: (see) =>
    t`Pour ces transferts, les documents du prestataire ne confirment pas clairement le transfert ou le fondement sur lequel il repose. Sur demande, nous vous indiquons ce que nous en savons ${see}.`,
  derogation: t`Aucune garantie appropriée au sens de l'article 46 du RGPD ne s'applique : le transfert n'est autorisé qu'à titre dérogatoire, pour une situation particulière.`,
  copyAt: (clauses, link) =>
    clauses
      ? t`Vous pouvez consulter les clauses types de protection des données ici : ${link}`
      : t`Vous pouvez consulter les garanties ici : ${link}`,
  copyOnRequest: (clauses, see) =>
    clauses
      ? t`Vous pouvez nous demander une copie des clauses types de protection des données ${see}.`
      : t`Vous pouvez nous demander une copie des garanties ${see}.`,

  deletionOptOut: (link) => t`Page d'opposition (opt-out) du prestataire : ${link}`,
  deletionYouCan: (actions) => t`Vous pouvez ${actions}.`,
  deletionSeeRights: (title) => t`Pour faire effacer vos données et exercer vos autres droits, voir « ${title} ».`,
  deletionActions: {
    object: (see) => t`vous opposer à ce traitement ${see}`,
    objectTo: (purposes, see) =>
      t`vous opposer au traitement pour ${purposes.length === 1 ? "la finalité" : "les finalités"} ${frenchList(
        purposes.map((label) => `«\u00a0${label}\u00a0»`),
      )} ${see}`,
    withdraw: (see) => t`retirer votre consentement à tout moment ${see}`,
    withdrawAt: (link) => t`retirer votre consentement à tout moment dans nos paramètres de consentement (${link})`,
  },

  legalBasisIntro: t`Le traitement repose sur les bases juridiques suivantes :`,
  legalBasisItem: (citation, label) => t`${citation} (${label})`,
  legitimateInterest: (interest) => t`Notre intérêt légitime : ${interest}`,
  specialCondition: (citation, label) =>
    t`Pour les catégories particulières de données à caractère personnel, nous nous fondons en outre sur l'${citation} (${label}).`,
  parentalConsent: (age, how) =>
    age === undefined
      ? t`Les enfants n'ayant pas atteint l'âge fixé par la loi ne peuvent pas donner seuls ce consentement : en vertu de l'article 8, paragraphe 1, du RGPD, cet âge est de 16 ans, à moins que le droit national ne prévoie un âge inférieur, qui ne peut être inférieur à 13 ans. ${how}`
      : t`Les enfants de moins de ${String(age.age)} ans ne peuvent pas donner seuls ce consentement (${age.citation}) : le consentement est donné ou autorisé par le titulaire de la responsabilité parentale. ${how}`,

  recipientsIntro: t`Les destinataires suivants reçoivent de notre part des données à caractère personnel :`,
  recipientsNone: t`Nous traitons vos données à caractère personnel nous-mêmes et ne les communiquons à personne, sauf si la loi nous y oblige.`,
  recipientsProcessors: t`Les sous-traitants ne traitent les données que pour notre compte et sur nos instructions (article 28 du RGPD).`,
  recipientRoles: {
    processor: (services) => t`Sous-traitant pour : ${services}.`,
    "joint-controller": (services) => t`Responsable conjoint du traitement avec nous pour : ${services}.`,
    controller: (services) => t`Responsable du traitement à part entière pour : ${services}.`,
    parent: (services) => t`Reçoit également des données pour : ${services}.`,
    recipient: (services) => t`Données provenant de : ${services}.`,
  },
  recipientJointController: (see) => t`Responsable conjoint du traitement avec nous ${see}.`,
  recipientLegalBasis: (bases) => t`Base juridique de la communication des données : ${bases}.`,

  transfersSectionIntro: t`Certains services transfèrent des données à caractère personnel vers des pays situés hors de l'Union européenne (UE) et de l'Espace économique européen (EEE), appelés pays tiers. Chaque transfert repose sur l'un des fondements prévus par le RGPD (articles 44 à 49 du RGPD) :`,

  retentionIntro: t`Nous ne conservons pas les données à caractère personnel plus longtemps que nécessaire au regard des finalités décrites dans la présente politique. À l'expiration de la durée de conservation, nous effaçons les données. Durée de conservation pour chaque service :`,

  rightsIntro: t`En vertu du RGPD, vous disposez des droits suivants sur vos données à caractère personnel. Les droits applicables dépendent de la base juridique du traitement ; lorsqu'un droit ne s'applique qu'à certains services, nous les indiquons.`,
  rights: {
    A15: {
      name: "Droit d'accès",
      text: t`Vous pouvez nous demander si nous traitons des données à caractère personnel vous concernant et, si c'est le cas, en obtenir une copie ainsi que des informations sur le traitement.`,
    },
    A16: {
      name: "Droit de rectification",
      text: t`Vous pouvez nous demander de rectifier les données inexactes vous concernant et de compléter les données incomplètes.`,
    },
    A17: {
      name: "Droit à l'effacement",
      text: t`Vous pouvez nous demander d'effacer vos données, par exemple lorsque nous n'en avons plus besoin pour la finalité poursuivie. Il existe des exceptions, comme une obligation légale de conserver les données.`,
    },
    A18: {
      name: "Droit à la limitation du traitement",
      text: t`Vous pouvez nous demander de limiter le traitement, par exemple pendant que nous vérifions l'exactitude de vos données. Nous nous bornons alors à conserver les données et ne les utilisons que dans la mesure où la loi le permet.`,
    },
    A19: {
      name: "Notification aux destinataires",
      text: t`Si nous rectifions ou effaçons vos données ou en limitons le traitement, nous en informons chaque destinataire auquel nous les avons communiquées, à moins qu'une telle communication se révèle impossible ou exige des efforts disproportionnés. Sur demande, nous vous indiquons ces destinataires.`,
    },
    A20: {
      name: "Droit à la portabilité des données",
      text: t`Vous pouvez recevoir les données que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, ou nous demander de les transmettre directement à un autre responsable du traitement, lorsque cela est techniquement possible.`,
    },
    A22: {
      name: "Décision individuelle automatisée",
      text: t`Vous avez le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.`,
    },
  },
  rightAppliesTo: (services) => t`Ce droit s'applique aux services suivants : ${services}.`,
  rightsKeptByProvider: (services, several) =>
    several
      ? t`Nous ne conservons nous-mêmes aucune donnée pour ${services} : leurs prestataires les reçoivent directement et les conservent sous leur propre responsabilité. Pour accéder à ces données, les faire rectifier ou effacer, adressez-vous au prestataire concerné, comme l'indique sa politique de confidentialité.`
      : t`Nous ne conservons nous-mêmes aucune donnée pour ${services} : le prestataire les reçoit directement et les conserve sous sa propre responsabilité. Pour accéder à ces données, les faire rectifier ou effacer, adressez-vous au prestataire, comme l'indique sa politique de confidentialité.`,
  keptByProvider: t`Nous ne conservons pas ces données nous-mêmes : le prestataire les reçoit directement et les conserve sous sa propre responsabilité.`,
  keptByProviderShort: "non conservées par nous",
  rightsAlso: (rights) => t`Vous avez également le droit ${rights}.`,
  rightsSeeObjection: (see) => t`de vous opposer à un traitement ${see}`,
  rightsSeeConsent: (see) => t`de retirer votre consentement ${see}`,
  rightsSeeComplaint: (see) => t`d'introduire une réclamation auprès d'une autorité de contrôle ${see}`,
  rightsHow: (contact) => t`Pour exercer vos droits, il vous suffit d'envoyer un message à ${contact}.`,
  rightsDeadline: t`Nous vous répondons dans les meilleurs délais et au plus tard dans un délai d'un mois. Si la demande est complexe, ce délai peut être prolongé de deux mois ; nous vous en informons alors dans le premier mois, en indiquant les motifs de la prolongation (article 12, paragraphe 3, du RGPD). L'exercice de vos droits est en principe gratuit.`,
  rightsIdentity: t`Si nous avons des doutes raisonnables quant à votre identité, nous pouvons vous demander des informations supplémentaires pour la confirmer.`,

  objectionBasis: {
    "A6-1-e": t`pour l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique (article 6, paragraphe 1, point e), du RGPD)`,
    "A6-1-ea": t`pour un intérêt légitime reconnu (article 6, paragraphe 1, point ea), du UK GDPR)`,
    "A6-1-f": t`sur la base de nos intérêts légitimes (article 6, paragraphe 1, point f), du RGPD)`,
  },
  objectionGeneral: (bases) =>
    t`Lorsque nous traitons vos données à caractère personnel ${bases}, vous avez le droit de vous opposer à tout moment à ce traitement, pour des raisons tenant à votre situation particulière. Il en va de même pour un profilage fondé sur ces dispositions. En cas d'opposition, nous ne traitons plus vos données à ces fins, à moins que nous ne démontrions qu'il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts et vos droits et libertés, ou que les données ne soient nécessaires à la constatation, à l'exercice ou à la défense de droits en justice.`,
  objectionDirectMarketing: t`Lorsque nous traitons vos données à caractère personnel à des fins de prospection, vous pouvez vous y opposer à tout moment, sans avoir à vous justifier. Il en va de même pour un profilage lié à une telle prospection. En cas d'opposition, nous ne traitons plus vos données à des fins de prospection.`,
  objectionConcerns: (services) => t`Services concernés : ${services}.`,
  objectionHow: (contact) => t`Pour vous opposer à un traitement, il vous suffit d'envoyer un message à ${contact}.`,

  consentIntro: t`Lorsque nous traitons vos données sur la base de votre consentement, vous pouvez retirer votre consentement à tout moment, avec effet pour l'avenir (article 7, paragraphe 3, du RGPD). Il est aussi simple de retirer que de donner son consentement. Le retrait du consentement ne compromet pas la licéité du traitement fondé sur le consentement effectué avant ce retrait.`,
  consentConcerns: (services) => t`Services concernés : ${services}.`,
  consentDevices: (see) => t`Cela vaut aussi pour les cookies et autres traceurs qui nécessitent votre consentement ${see}.`,
  consentSettings: (link) => t`Vous pouvez modifier ou retirer votre consentement dans nos paramètres de consentement : ${link}`,
  consentContact: (contact) => t`Vous pouvez également retirer votre consentement en envoyant un message à ${contact}.`,

  complaintToController: null,
  complaintIntro: t`Si vous estimez que le traitement de vos données à caractère personnel constitue une violation du RGPD, vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle (article 77 du RGPD), en particulier dans l'État membre de l'UE dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise. Ce droit s'exerce sans préjudice de tout autre recours administratif ou juridictionnel.`,
  complaintAuthority: t`L'autorité de contrôle compétente à notre égard est :`,
  complaintFind: (link) =>
    t`Le comité européen de la protection des données publie la liste des autorités de contrôle de tous les États membres : ${link}`,
  authoritiesUrl: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_fr",

  swiss: {
    overview: t`Pour les personnes se trouvant en Suisse, la loi fédérale sur la protection des données (LPD) s'applique également. Lorsqu'elle exige des informations que le RGPD n'exige pas, la présente politique les fournit : sur la communication de données à l'étranger, sur vos droits et sur la dénonciation au Préposé fédéral à la protection des données et à la transparence (PFPDT).`,
    transfersTitle: "Pour les personnes en Suisse : communication de données à l'étranger selon la LPD",
    transfersIntro: t`Au sens de la LPD, les données qui quittent la Suisse sont communiquées à l'étranger, y compris vers l'UE. Chaque communication repose sur l'un des fondements des articles 16 et 17 de la LPD :`,
    noGround: "les documents du prestataire ne confirment aucun fondement au regard du droit suisse",
    rights: t`Les personnes se trouvant en Suisse disposent des droits prévus par la LPD : le droit d'accès, exercé gratuitement et en règle générale dans un délai de 30 jours (article 25 de la LPD, articles 18 et 19 de l'OPDo) ; le droit de se faire remettre ou transmettre les données qu'elles nous ont communiquées (article 28 de la LPD) ; le droit de faire rectifier des données inexactes (article 32, alinéa 1, de la LPD) ; et, lorsqu'un traitement porte atteinte à leur personnalité, le droit d'en obtenir la cessation, de faire interdire une communication à des tiers ou de faire effacer leurs données, au besoin par la voie d'une action civile (article 32, alinéa 2, de la LPD).`,
    complaint: (link) =>
      t`En Suisse, vous pouvez dénoncer une violation des prescriptions de protection des données au Préposé fédéral à la protection des données et à la transparence (PFPDT). S'il existe des indices suffisants d'une violation, il ouvre une enquête et vous informe des suites données et de son résultat (article 49 de la LPD) : ${link}`,
  },

  automatedNone: t`Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire (article 22 du RGPD).`,
  automatedIntro: t`Nous prenons les décisions suivantes de manière automatisée. Voici comment chacune est prise et ce qu'elle signifie pour vous :`,
  automatedProfiling: "y compris un profilage",
  automatedLogic: (logic) => t`Logique de la décision : ${logic}`,
  automatedSignificance: (significance) => t`Ce qu'elle signifie pour vous : ${significance}`,
  automatedConsequences: (consequences) => t`Conséquences prévues pour vous : ${consequences}`,
  automatedException: {
    contract: t`Nous pouvons prendre cette décision de manière automatisée parce qu'elle est nécessaire à la conclusion ou à l'exécution d'un contrat avec vous (article 22, paragraphe 2, point a), du RGPD).`,
    law: t`Nous pouvons prendre cette décision de manière automatisée parce que le droit de l'Union ou d'un État membre l'autorise (article 22, paragraphe 2, point b), du RGPD).`,
    "explicit-consent": t`Nous ne prenons cette décision de manière automatisée qu'avec votre consentement explicite (article 22, paragraphe 2, point c), du RGPD).`,
  },
  automatedReview: t`Vous avez le droit d'obtenir une intervention humaine de notre part, d'exprimer votre point de vue et de contester la décision (article 22, paragraphe 3, du RGPD).`,

  deviceLaw: {
    tdddg: t`L'article 25 de la loi allemande sur la protection des données dans les télécommunications et les services numériques (Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz, TDDDG)`,
    "tkg-at": t`L'article 165, paragraphe 3, de la loi autrichienne de 2021 sur les télécommunications (Telekommunikationsgesetz 2021, TKG 2021)`,
    "tw-nl": t`L'article 11.7a de la loi néerlandaise sur les télécommunications (Telecommunicatiewet)`,
    "loi-fr": t`L'article 82 de la loi n\u00b0\u00a078-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés (loi « Informatique et Libertés »)`,
    "codice-it": t`L'article 122, paragraphe 1, du code italien en matière de protection des données à caractère personnel (Codice in materia di protezione dei dati personali, décret législatif n\u00b0\u00a0196/2003)`,
    "lssi-es": t`L'article 22, paragraphe 2, de la loi espagnole sur les services de la société de l'information (Ley 34/2002, LSSI)`,
    "pke-pl": t`L'article 399 de la loi polonaise sur les communications électroniques (Prawo komunikacji elektronicznej, PKE)`,
    eprivacy: t`Le droit de l'Union (article 5, paragraphe 3, de la directive 2002/58/CE « vie privée et communications électroniques », telle que transposée dans chaque État membre)`,
    fmg: t`L'article 45c de la loi suisse sur les télécommunications (LTC)`,
    pecr: t`La regulation 6 des Privacy and Electronic Communications (EC Directive) Regulations 2003 du Royaume-Uni (PECR)`,
  },
  deviceIntro: (law) =>
    t`Certaines fonctions enregistrent des informations sur votre terminal ou lisent des informations qui y sont stockées, par exemple dans des cookies ou dans le stockage local de votre navigateur. ${law} ne le permet qu'avec votre consentement, sauf si cela est strictement nécessaire à la fourniture d'un service que vous avez expressément demandé, ou a pour seule finalité de permettre la transmission d'une communication.`,
  deviceAfterwards: t`Ce qu'il advient ensuite des données, et sur quelle base juridique au titre du RGPD, est expliqué pour chaque service.`,
  deviceParties: t`« Interne » signifie que l'information est stockée sous le domaine de notre site web, y compris lorsque c'est le script d'un autre prestataire sur nos pages qui la dépose (le tableau indique qui la dépose) ; « tiers » signifie qu'elle est stockée sous le domaine d'un autre prestataire.`,
  deviceCaption: "Cookies et autres traceurs : qui les dépose, dans quel but, pour combien de temps et sur quel fondement juridique",
  deviceHeader: {
    name: "Nom",
    type: "Technique",
    setBy: "Déposé par",
    purpose: "Finalité",
    duration: "Durée de conservation",
    ground: "Base juridique",
  },
  deviceTechnology: {
    cookie: "Cookie",
    "local-storage": "Stockage local",
    "session-storage": "Stockage de session",
    "indexed-db": "IndexedDB",
    pixel: "Pixel invisible",
    sdk: "SDK",
    fingerprinting: "Prise d'empreinte",
  },
  deviceParty: { first: "interne", third: "tiers" },
  deviceSession: "jusqu'à la fin de la session de navigation",
  devicePersistent: "jusqu'à ce que vous le supprimiez dans votre navigateur",
  deviceUnconfirmed: "non confirmé par le prestataire",
  deviceGround: {
    tdddg: {
      consent: "Consentement (article 25, paragraphe 1, de la TDDDG)",
      "strictly-necessary": "Strictement nécessaire (article 25, paragraphe 2, point 2, de la TDDDG)",
      transmission: "Transmission d'une communication (article 25, paragraphe 2, point 1, de la TDDDG)",
    },
    "tkg-at": {
      consent: "Consentement (article 165, paragraphe 3, de la TKG 2021)",
      "strictly-necessary": "Strictement nécessaire (article 165, paragraphe 3, de la TKG 2021)",
      transmission: "Transmission d'une communication (article 165, paragraphe 3, de la TKG 2021)",
    },
    "tw-nl": {
      consent: "Consentement (article 11.7a, paragraphe 1, de la Telecommunicatiewet)",
      "strictly-necessary": "Strictement nécessaire (article 11.7a, paragraphe 3, point b), de la Telecommunicatiewet)",
      transmission: "Transmission d'une communication (article 11.7a, paragraphe 3, point a), de la Telecommunicatiewet)",
    },
    "loi-fr": {
      consent: "Consentement (article 82 de la loi n\u00b0\u00a078-17)",
      "strictly-necessary": "Strictement nécessaire (article 82 de la loi n\u00b0\u00a078-17)",
      transmission: "Transmission d'une communication (article 82 de la loi n\u00b0\u00a078-17)",
    },
    "codice-it": {
      consent: "Consentement (article 122, paragraphe 1, du Codice)",
      "strictly-necessary": "Strictement nécessaire (article 122, paragraphe 1, du Codice)",
      transmission: "Transmission d'une communication (article 122, paragraphe 1, du Codice)",
    },
    "lssi-es": {
      consent: "Consentement (article 22, paragraphe 2, de la LSSI)",
      "strictly-necessary": "Strictement nécessaire (article 22, paragraphe 2, de la LSSI)",
      transmission: "Transmission d'une communication (article 22, paragraphe 2, de la LSSI)",
    },
    "pke-pl": {
      consent: "Consentement (article 399 de la PKE)",
      "strictly-necessary": "Strictement nécessaire (article 399 de la PKE)",
      transmission: "Transmission d'une communication (article 399 de la PKE)",
    },
    eprivacy: {
      consent: "Consentement (article 5, paragraphe 3, de la directive 2002/58/CE)",
      "strictly-necessary": "Strictement nécessaire (article 5, paragraphe 3, de la directive 2002/58/CE)",
      transmission: "Transmission d'une communication (article 5, paragraphe 3, de la directive 2002/58/CE)",
    },
    fmg: {
      consent: "Consentement (article 45c, lettre b, de la LTC)",
      "strictly-necessary": "Information et droit de refus (article 45c, lettre b, de la LTC)",
      transmission: "Service de télécommunication (article 45c, lettre a, de la LTC)",
    },
    pecr: {
      consent: "Consentement (PECR, annexe A1, paragraphe 2)",
      "strictly-necessary": "Strictement nécessaire (PECR, annexe A1, paragraphe 4)",
      transmission: "Transmission d'une communication (PECR, annexe A1)",
    },
  },
  deviceStatistics: {
    pecr: "Statistiques, avec droit d'opposition (PECR, annexe A1)",
    fmg: "Information et droit de refus (article 45c, lettre b, de la LTC)",
    "tw-nl":
      "Qualité ou efficacité de notre service, avec peu ou pas d'incidence sur votre vie privée (article 11.7a, paragraphe 3, point b), de la Telecommunicatiewet)",
  },
  deviceQualityException: t`Il l'autorise également sans consentement pour obtenir des informations sur la qualité ou l'efficacité de notre service, lorsque cela n'a que peu ou pas d'incidence sur votre vie privée.`,
  deviceObject: (see) => t`Vous pouvez vous opposer à tout moment à l'enregistrement et à la lecture d'informations à des fins statistiques ${see}.`,
  deviceWithdraw: (see) => t`Vous pouvez retirer votre consentement à tout moment ${see}.`,

  changesIntro: t`Nous mettons à jour la présente politique de confidentialité lorsque nos traitements évoluent. Avant de traiter vos données pour une nouvelle finalité, nous vous informons de cette finalité et vous fournissons toute autre information pertinente (article 13, paragraphe 3, du RGPD).`,
  changesVersion: (version, effective) => t`Il s'agit de la version ${version}, en vigueur à compter du ${effective}.`,
  changesUpdated: (updated) => t`Sa dernière mise à jour date du ${updated}.`,
  changesHistory: t`Historique des modifications :`,
  changeDate: (date) => date,

  contactIntro: t`Pour toute question relative à la protection des données ou pour exercer vos droits, veuillez nous contacter :`,
  contactRights: t`Veuillez adresser vos demandes d'exercice de vos droits à :`,
  contactDpo: t`Vous pouvez également contacter notre délégué à la protection des données :`,

  index: {
    dataTitle: "Quels services traitent ces données ?",
    dataIntro: t`Pour chaque type de données traité par les services : quels services le traitent, à quelles fins, sur quelle base juridique et où.`,
    dataNone: t`Aucun service ne traite de données à caractère personnel.`,
    dataCategory: (description, key) => t`${description} (${key})`,
    processedBy: (count) => (count === 1 ? t`Traité par 1 service :` : t`Traité par ${String(count)} services :`),
    listedAs: (category, key) => t`répertorié sous ${category} (${key})`,
    inHouse: "en interne, sans autre entreprise",
    labels: {
      provider: "Prestataire",
      purpose: "Finalité",
      legalBasis: "Base juridique",
      countries: "Lieu du traitement",
      transfers: "Transferts",
      recipient: "Destinataire",
      safeguard: "Garantie",
      details: "Détails",
    },
    transfersTitle: "Où vont les données ?",
    transfersIntro: t`Pour chaque pays hors de l'UE/EEE vers lequel des données sont transférées : les garanties sur lesquelles reposent les transferts et, pour chaque service, qui reçoit les données dans ce pays.`,
    transfersNone: t`La politique ne mentionne aucun transfert vers des pays hors de l'UE/EEE.`,
    servicesOn: (safeguard, count) => (count === 1 ? t`${safeguard} : 1 service` : t`${safeguard} : ${String(count)} services`),
    unconfirmed: "non confirmé par les documents du prestataire",
  },
});
