import { t } from "../inline.js";
import { formatList } from "../format.js";
import type { Messages } from "./messages.js";

// Nederlands: de begrippen van de AVG zoals de Nederlandse tekst van Verordening (EU) 2016/679 ze
// gebruikt (verwerkingsverantwoordelijke, verwerker, gerechtvaardigd belang, toezichthoudende
// autoriteit, recht van bezwaar; zie glossary/nl.json), korte zinnen, de lezer met „u”
// aangesproken. Verwezen wordt zoals in de Nederlandse wetgeving en rechtspraak: „artikel 6, eerste
// lid, onder f, van de AVG”. Een naam uit de verklaring (een bedrijf, een product) wordt in het
// Nederlands niet verbogen en krijgt geen lidwoord: hij staat zoals hij is gegeven.

const titles = {
  overview: "Overzicht",
  controller: "Verwerkingsverantwoordelijke",
  representative: "Onze vertegenwoordiger in de Unie",
  jointControllers: "Gezamenlijke verwerkingsverantwoordelijken",
  dpo: "Functionaris voor gegevensbescherming",
  summary: "Onze diensten in één oogopslag",
  services: "De diensten in detail",
  recipients: "Ontvangers van uw gegevens",
  transfers: "Doorgifte aan derde landen",
  retention: "Hoe lang wij uw gegevens bewaren",
  rights: "Uw rechten",
  objection: "Uw recht van bezwaar",
  consent: "Intrekking van uw toestemming",
  complaint: "Recht om een klacht in te dienen bij een toezichthoudende autoriteit",
  automatedDecisions: "Geautomatiseerde besluiten en profilering",
  deviceAccess: "Cookies en vergelijkbare technieken",
  changes: "Wijzigingen in deze privacyverklaring",
  contact: "Contact opnemen",
} as const;

/**
 * De Nederlandse naam van een adequaatheidsbesluit: handelingen van vóór het Verdrag van Lissabon
 * (nummer „/EG”) heten „Beschikking”, latere „Besluit”, uitvoeringshandelingen „Uitvoeringsbesluit”,
 * zoals het Publicatieblad ze noemt.
 */
function adequacyDecisionName(decision: string, reference: string): string {
  const number = reference.replace(/\/EC$/, "/EG");
  if (decision.startsWith("Commission Implementing Decision")) {
    return `Uitvoeringsbesluit ${decision.includes("(EU)") ? "(EU) " : ""}${number} van de Commissie`;
  }
  return `${number.endsWith("/EG") ? "Beschikking" : "Besluit"} ${number} van de Commissie`;
}

export const nl: Messages = {
  documentTitle: "Privacyverklaring",
  titles,
  see: (title) => t`(zie „${title}”)`,
  untranslated: {
    en: "(alleen in het Engels)",
    de: "(alleen in het Duits)",
    fr: "(alleen in het Frans)",
    it: "(alleen in het Italiaans)",
    es: "(alleen in het Spaans)",
    nl: "(alleen in het Nederlands)",
    pl: "(alleen in het Pools)",
  },

  email: "E-mailadres",
  phone: "Telefoon",
  website: "Website",

  overviewIntro: (controller) =>
    t`In deze privacyverklaring leest u hoe ${controller.name} uw persoonsgegevens verwerkt: welke diensten wij gebruiken, welke gegevens daarbij worden verwerkt, voor welke doeleinden en op welke rechtsgrond, hoe lang en waar de gegevens worden bewaard en welke rechten u hebt.`,
  overviewNationalAct: {
    bdsg: t`Naast de Algemene verordening gegevensbescherming (AVG) geldt de Duitse federale wet inzake gegevensbescherming (Bundesdatenschutzgesetz, BDSG), voor zover die de AVG aanvult.`,
    "dsg-at": t`Naast de Algemene verordening gegevensbescherming (AVG) geldt de Oostenrijkse wet inzake gegevensbescherming (Datenschutzgesetz, DSG), voor zover die de AVG aanvult.`,
    "dpa-2018": t`Naast de Britse Algemene verordening gegevensbescherming (UK GDPR) geldt de Data Protection Act 2018, voor zover die de UK GDPR aanvult.`,
    "loi-78-17": t`Naast de Algemene verordening gegevensbescherming (AVG) geldt de Franse wet inzake gegevensbescherming (loi n° 78-17 du 6 janvier 1978, „Informatique et Libertés”), voor zover die de AVG aanvult.`,
    "codice-privacy": t`Naast de Algemene verordening gegevensbescherming (AVG) geldt de Italiaanse code inzake de bescherming van persoonsgegevens (Codice in materia di protezione dei dati personali, wetsbesluit 196/2003), voor zover die de AVG aanvult.`,
    lopdgdd: t`Naast de Algemene verordening gegevensbescherming (AVG) geldt de Spaanse organieke wet inzake gegevensbescherming (Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales, LOPDGDD), voor zover die de AVG aanvult.`,
    uavg: t`Naast de Algemene verordening gegevensbescherming (AVG) geldt de Uitvoeringswet Algemene verordening gegevensbescherming (UAVG), voor zover die de AVG aanvult.`,
    "ustawa-odo-2018": t`Naast de Algemene verordening gegevensbescherming (AVG) geldt de Poolse wet inzake de bescherming van persoonsgegevens (ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych), voor zover die de AVG aanvult.`,
  },
  overviewVersion: (version, effective) => t`Versie ${version}, geldig vanaf ${effective}.`,
  overviewUpdated: (updated) => t`Laatst gewijzigd op ${updated}.`,
  overviewObjection: (see) => t`Let op: u hebt het recht om bezwaar te maken tegen een deel van deze verwerking ${see}.`,
  controllerIntro: t`De verwerkingsverantwoordelijke voor uw persoonsgegevens in de zin van de Algemene verordening gegevensbescherming (AVG) is:`,
  representativeIntro: t`Omdat wij niet in de Europese Unie zijn gevestigd, hebben wij een vertegenwoordiger in de Unie aangewezen (artikel 27 van de AVG). Met al uw vragen over de verwerking van uw persoonsgegevens kunt u zich tot onze vertegenwoordiger wenden:`,
  jointControllersIntro: t`Voor een deel van de verwerking bepalen wij samen met andere organisaties waarvoor en hoe uw gegevens worden verwerkt. Wij zijn dan gezamenlijke verwerkingsverantwoordelijken (artikel 26 van de AVG). Dit zijn die organisaties, met de wezenlijke inhoud van elke regeling:`,
  jointControllersEssence: (essence) => t`${essence}`,
  jointControllersRights: t`U kunt uw rechten uitoefenen bij ons en bij elk van de andere verwerkingsverantwoordelijken (artikel 26, derde lid, van de AVG).`,
  dpoIntro: t`Onze functionaris voor gegevensbescherming is bereikbaar via:`,
  summaryIntro: t`In deze tabel staan alle diensten waarbij uw persoonsgegevens worden verwerkt. Verderop lichten wij elke dienst afzonderlijk toe.`,
  summaryCaption: "De diensten, waarvoor ze dienen, hun rechtsgrond, de gegevens, hoe lang die worden bewaard en waar",
  summaryHeader: {
    service: "Dienst",
    purposes: "Doel",
    legalBasis: "Rechtsgrond",
    data: "Gegevens",
    retention: "Bewaartermijn",
    countries: "Plaats van verwerking",
  },
  purposeBasis: (purpose, citation) => t`${purpose}: ${citation}`,

  servicesIntro: t`Voor elke dienst leggen wij hier uit wat het is, waarvoor wij de dienst gebruiken, welke gegevens ermee worden verwerkt, hoe lang en waar de gegevens worden bewaard, hoe u ze kunt laten wissen of bezwaar kunt maken, en op welke rechtsgrond de verwerking berust.`,
  serviceTitles: {
    about: (subject) => t`Wat is ${subject}?`,
    purposes: (subject) => t`Waarvoor gebruiken wij ${subject}?`,
    data: (subject) => t`Welke gegevens verwerkt ${subject}?`,
    storage: "Hoe lang en waar worden de gegevens bewaard?",
    deletion: "Hoe kan ik mijn gegevens laten wissen of bezwaar maken?",
    legalBasis: "Rechtsgrond",
  },
  inHouseTitles: {
    about: t`Waar gaat het om?`,
    purposes: t`Waarvoor verwerken wij de gegevens?`,
    data: t`Welke gegevens worden verwerkt?`,
  },

  inHouse: t`Deze verwerking voeren wij zelf uit.`,
  selfHosted: (software, maker) =>
    maker === undefined
      ? t`Wij hosten ${software} zelf, als onderdeel van onze website. Wat daarbij wordt verwerkt, verlaat onze website niet.`
      : t`Wij hosten ${software} zelf, als onderdeel van onze website. Wat daarbij wordt verwerkt, verlaat onze website niet: de maker, ${maker.name}, ontvangt daar niets van.`,
  providerIntro: t`De aanbieder is:`,
  providerIntroUnconfirmed: t`Uit de documenten van de aanbieder blijkt niet duidelijk met welke van zijn vennootschappen wij de overeenkomst hebben. Voor zover wij weten, is dat:`,
  roleProcessor: (entity) =>
    t`${entity.name} verwerkt de gegevens als onze verwerker, dus uitsluitend in onze opdracht en volgens onze instructies (artikel 28 van de AVG).`,
  roleJointController: (entity) =>
    t`Wij en ${entity.name} bepalen samen waarvoor en hoe de gegevens worden verwerkt; wij zijn daarom gezamenlijke verwerkingsverantwoordelijken (artikel 26 van de AVG). U kunt uw rechten uitoefenen bij ons of bij ${entity.name}.`,
  roleController: (entity) =>
    t`${entity.name} bepaalt zelf wat er met de ontvangen gegevens gebeurt en is daarvoor zelf verwerkingsverantwoordelijke.`,
  rolesIntro: (entity) => t`${entity.name} treedt in meer dan één rol op:`,
  // The scope comes last, as in German: a scope that ends in a clause then needs no closing comma.
  roleForProcessor: (scope, entity) =>
    t`${entity.name} is onze verwerker en handelt uitsluitend in onze opdracht en volgens onze instructies (artikel 28 van de AVG), en wel voor ${scope}.`,
  roleForController: (scope, entity) =>
    t`${entity.name} is zelfstandig verwerkingsverantwoordelijke en bepaalt zelf wat er met de gegevens gebeurt, en wel voor ${scope}.`,
  roleForJointController: (scope, entity) =>
    t`Wij en ${entity.name} zijn gezamenlijke verwerkingsverantwoordelijken (artikel 26 van de AVG), en wel voor ${scope}.`,
  jointArrangement: (arrangement) => t`Wat wij hebben afgesproken: ${arrangement}`,
  jointArrangementAt: (link) => t`De regeling: ${link}`,
  jointRights: (entity) => t`U kunt uw rechten uitoefenen bij ons of bij ${entity.name}.`,
  providerRepresentative: t`De vertegenwoordiger van de aanbieder in de Unie (artikel 27 van de AVG) is:`,
  parentReceives: (parent) => t`De gegevens gaan ook naar: ${parent}.`,
  providerPrivacyPolicy: (link) => t`Privacyverklaring van de aanbieder: ${link}`,
  otherRecipients: t`Andere ontvangers van de gegevens:`,

  purposesIntro: t`Wij verwerken de gegevens voor de volgende doeleinden:`,

  dataIntro: t`De volgende persoonsgegevens worden verwerkt:`,
  dataGroups: {
    provided: "Gegevens die u verstrekt",
    received: "Gegevens die wij van anderen ontvangen",
    automatic: "Automatisch verzamelde gegevens",
    usage: "Gebruiksgegevens en metadata",
    content: "Inhoud die u maakt of deelt",
  },
  dataSource: (source) => t`bron: ${source}`,
  receivedFrom: (sources) => t`Van wie wij deze gegevens ontvangen: ${sources}.`,
  specialCategory: t`een bijzondere categorie van persoonsgegevens (artikel 9, eerste lid, van de AVG)`,
  dataSubjects: (subjects) => t`Betrokkenen: ${subjects}.`,
  sourcesIntro: t`Herkomst van de gegevens:`,
  sourceDataSubject: t`Van u`,
  sourceThirdParty: t`Van derden`,
  sourcePublic: t`Uit openbare bronnen`,
  provisionTitle: "Bent u verplicht de gegevens te verstrekken?",
  provision: {
    statutory: t`Ja, op grond van de wet: de verstrekking is een wettelijke verplichting.`,
    contractual: t`Ja, op grond van onze overeenkomst met u: de verstrekking is een contractuele verplichting, geen wettelijke.`,
    precontractual: t`Wij hebben de gegevens nodig om een overeenkomst met u te sluiten. U bent niet verplicht ze te verstrekken.`,
    voluntary: t`Nee, de verstrekking is vrijwillig.`,
  },
  provisionWithout: {
    statutory: t`Zonder de gegevens kunnen wij niet verder, omdat de wet ze hiervoor vereist.`,
    contractual: t`Zonder de gegevens kunnen wij de overeenkomst niet uitvoeren.`,
    precontractual: t`Zonder de gegevens kunnen wij geen overeenkomst met u sluiten.`,
  },

  retentionFor: (duration) => t`Wij bewaren de gegevens gedurende ${duration}.`,
  retentionUntil: (until) => t`Wij bewaren de gegevens totdat ${until}.`,
  retentionAfter: (duration, until) => t`Wij verwijderen de gegevens ${duration} nadat ${until}.`,
  retentionNone: t`Wij bewaren de gegevens niet langer dan nodig is voor de beschreven doeleinden.`,
  retentionExceptionsIntro: t`Voor een deel van de gegevens geldt een andere bewaartermijn:`,
  retentionShortUntil: (until) => t`totdat ${until}`,
  retentionShortAfter: (duration, until) => t`${duration} nadat ${until}`,
  retentionShortNone: t`zolang nodig voor de doeleinden`,
  countries: (countries) => t`Landen waar de gegevens worden verwerkt: ${countries}.`,
  transfersIntro: t`De gegevens worden doorgegeven aan landen buiten de Europese Unie (EU) en de Europese Economische Ruimte (EER):`,
  noTransfers: t`De gegevens worden niet doorgegeven aan landen buiten de Europese Unie (EU) en de Europese Economische Ruimte (EER).`,
  transfersUnknown: t`Uit de documenten van de aanbieder blijkt niet duidelijk of de gegevens ook in andere landen worden verwerkt.`,
  transfersIncomplete: t`Uit de documenten van de aanbieder blijkt niet duidelijk of de gegevens ook naar andere dan de genoemde landen gaan.`,

  transferRecipient: (recipient) => t`ontvanger: ${recipient}`,
  adequacyDecisionName,
  adequacyDecision: (decision) => t`Vastgesteld bij ${decision}.`,
  adequacyScope: (scope) => t`Het besluit geldt alleen voor ${scope}.`,
  adequacyNone: t`Voor dit land bestaat geen adequaatheidsbesluit van de Europese Commissie.`,
  adequacyAlso: (decision) => t`Voor dit land bestaat ook een adequaatheidsbesluit van de Europese Commissie (${decision}).`,
  adequacyLimited: (scope) =>
    t`Het adequaatheidsbesluit van de Europese Commissie voor dit land geldt alleen voor ${scope}; deze doorgifte berust in plaats daarvan op de hierboven genoemde grond.`,
  transferUnconfirmedShort: "niet bevestigd door de documenten van de aanbieder",
  transferGroundUnconfirmedShort: "de documenten van de aanbieder bevestigen de grond niet",
  transfersSee: (title, { several, copy }) =>
    t`${several ? "Wat deze gronden voor doorgifte inhouden" : "Wat deze grond voor doorgifte inhoudt"}${copy ? " en hoe u een kopie van de waarborgen krijgt" : ""}: zie „${title}”.`,
  dpfExplained: t`Voor organisaties die zijn gecertificeerd onder het EU-VS-kader inzake gegevensbescherming (EU-U.S. Data Privacy Framework), heeft de Europese Commissie vastgesteld dat de Verenigde Staten een passend beschermingsniveau waarborgen. Deze ontvangers zijn gecertificeerd:`,
  adequacyExplained: t`De Europese Commissie heeft vastgesteld dat deze landen een passend beschermingsniveau waarborgen:`,
  transfersUnconfirmedTitle: "Doorgiften die de documenten van de aanbieders niet bevestigen",
  transfersUnconfirmedIntro: (see) =>
    t`Bij deze doorgiften bevestigen de documenten van de aanbieder de doorgifte of de grond ervan niet duidelijk. Vraag het ons gerust; wij vertellen u wat wij erover weten ${see}.`,
  derogation: t`Er gelden geen passende waarborgen als bedoeld in artikel 46 van de AVG: de doorgifte is alleen toegestaan als afwijking voor een specifieke situatie.`,
  copyAt: (clauses, link) =>
    clauses ? t`De standaardbepalingen inzake gegevensbescherming kunt u hier inzien: ${link}` : t`De waarborgen kunt u hier inzien: ${link}`,
  copyOnRequest: (clauses, see) =>
    clauses
      ? t`Een kopie van de standaardbepalingen inzake gegevensbescherming kunt u bij ons opvragen ${see}.`
      : t`Een kopie van de waarborgen kunt u bij ons opvragen ${see}.`,

  deletionOptOut: (link) => t`Afmeldmogelijkheid (opt-out) bij de aanbieder: ${link}`,
  deletionYouCan: (actions) => t`U kunt ${actions}.`,
  deletionSeeRights: (title) => t`Voor het wissen van uw gegevens en voor uw andere rechten, zie „${title}”.`,
  deletionActions: {
    object: (see) => t`bezwaar maken tegen deze verwerking ${see}`,
    objectTo: (purposes, see) =>
      t`bezwaar maken tegen de verwerking ${purposes.length === 1 ? "voor het doel" : "voor de doeleinden"} ${formatList(
        purposes.map((label) => `„${label}”`),
        "nl",
      )} ${see}`,
    withdraw: (see) => t`uw toestemming op elk moment intrekken ${see}`,
    withdrawAt: (link) => t`uw toestemming op elk moment intrekken in onze toestemmingsinstellingen (${link})`,
  },

  legalBasisIntro: t`De verwerking berust op de volgende rechtsgronden:`,
  legalBasisItem: (citation, label) => t`${citation} (${label})`,
  legitimateInterest: (interest) => t`Ons gerechtvaardigd belang: ${interest}`,
  specialCondition: (citation, label) => t`Voor de bijzondere categorieën van persoonsgegevens baseren wij ons daarnaast op ${citation} (${label}).`,
  parentalConsent: (age, how) =>
    age === undefined
      ? t`Kinderen onder de wettelijke leeftijdsgrens kunnen deze toestemming niet zelf geven: volgens artikel 8, eerste lid, van de AVG ligt die grens bij 16 jaar, tenzij het nationale recht een lagere leeftijd vaststelt, die niet lager mag zijn dan 13 jaar. ${how}`
      : t`Kinderen jonger dan ${String(age.age)} jaar kunnen deze toestemming niet zelf geven (${age.citation}): een ouder of een andere persoon die de ouderlijke verantwoordelijkheid draagt, geeft de toestemming namens het kind of machtigt het kind om die zelf te geven. ${how}`,

  recipientsIntro: t`De volgende ontvangers krijgen persoonsgegevens van ons:`,
  recipientsNone: t`Wij verwerken uw persoonsgegevens zelf en verstrekken ze aan niemand anders, tenzij de wet ons daartoe verplicht.`,
  recipientsProcessors: t`Verwerkers verwerken de gegevens uitsluitend in onze opdracht en volgens onze instructies (artikel 28 van de AVG).`,
  recipientRoles: {
    processor: (services) => t`Verwerker voor: ${services}.`,
    "joint-controller": (services) => t`Gezamenlijke verwerkingsverantwoordelijke met ons voor: ${services}.`,
    controller: (services) => t`Zelfstandige verwerkingsverantwoordelijke voor: ${services}.`,
    parent: (services) => t`Ontvangt ook gegevens voor: ${services}.`,
    recipient: (services) => t`Gegevens uit: ${services}.`,
  },
  recipientJointController: (see) => t`Gezamenlijke verwerkingsverantwoordelijke met ons ${see}.`,
  recipientLegalBasis: (bases) => t`Rechtsgrond voor de verstrekking: ${bases}.`,

  transfersSectionIntro: t`Sommige diensten geven persoonsgegevens door aan landen buiten de Europese Unie (EU) en de Europese Economische Ruimte (EER), zogeheten derde landen. Elke doorgifte berust op een van de gronden die de AVG daarvoor kent (artikelen 44 tot en met 49 van de AVG):`,

  retentionIntro: t`Wij bewaren persoonsgegevens niet langer dan nodig is voor de doeleinden die in deze privacyverklaring zijn beschreven. Is de bewaartermijn verstreken, dan verwijderen wij de gegevens. De bewaartermijn per dienst:`,

  rightsIntro: t`Op grond van de AVG hebt u de volgende rechten met betrekking tot uw persoonsgegevens. Welke daarvan gelden, hangt af van de rechtsgrond van de verwerking; geldt een recht alleen voor bepaalde diensten, dan noemen wij die.`,
  rights: {
    A15: {
      name: "Inzage",
      text: t`U kunt van ons vernemen of wij persoonsgegevens over u verwerken en, zo ja, een kopie van die gegevens en informatie over de verwerking krijgen.`,
    },
    A16: {
      name: "Rectificatie",
      text: t`U kunt ons vragen onjuiste gegevens over u te rectificeren en onvolledige gegevens aan te vullen.`,
    },
    A17: {
      name: "Gegevenswissing",
      text: t`U kunt ons vragen uw gegevens te wissen, bijvoorbeeld wanneer wij ze voor het doel niet meer nodig hebben. Daarop bestaan uitzonderingen, zoals een wettelijke plicht om de gegevens te bewaren.`,
    },
    A18: {
      name: "Beperking van de verwerking",
      text: t`U kunt ons vragen de verwerking te beperken, bijvoorbeeld zolang wij nagaan of uw gegevens juist zijn. Wij bewaren de gegevens dan alleen nog en gebruiken ze alleen voor zover de wet dat toestaat.`,
    },
    A19: {
      name: "Kennisgeving aan ontvangers",
      text: t`Als wij uw gegevens rectificeren of wissen of de verwerking ervan beperken, melden wij dat aan elke ontvanger aan wie wij ze hebben verstrekt, tenzij dat onmogelijk blijkt of onevenredig veel inspanning vergt. Op verzoek vertellen wij u wie die ontvangers zijn.`,
    },
    A20: {
      name: "Overdraagbaarheid van gegevens",
      text: t`U kunt de gegevens die u ons hebt verstrekt, ontvangen in een gestructureerde, gangbare en machineleesbare vorm, of ons vragen ze rechtstreeks door te zenden aan een andere verwerkingsverantwoordelijke, voor zover dat technisch mogelijk is.`,
    },
    A22: {
      name: "Geautomatiseerde besluiten",
      text: t`U hebt het recht niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit waaraan voor u rechtsgevolgen zijn verbonden of dat u anderszins in aanmerkelijke mate treft.`,
    },
  },
  rightAppliesTo: (services) => t`Dit recht geldt voor: ${services}.`,
  rightsKeptByProvider: (services, several) =>
    several
      ? t`Bij ${services} bewaren wij zelf geen gegevens: de aanbieders ontvangen ze rechtstreeks en bewaren ze onder hun eigen verantwoordelijkheid. Voor inzage in die gegevens, of om ze te laten rectificeren of wissen, wendt u zich tot de betrokken aanbieder, zoals diens privacyverklaring beschrijft.`
      : t`Bij ${services} bewaren wij zelf geen gegevens: de aanbieder ontvangt ze rechtstreeks en bewaart ze onder zijn eigen verantwoordelijkheid. Voor inzage in die gegevens, of om ze te laten rectificeren of wissen, wendt u zich tot de aanbieder, zoals zijn privacyverklaring beschrijft.`,
  keptByProvider: t`Deze gegevens bewaren wij niet zelf: de aanbieder ontvangt ze rechtstreeks en bewaart ze onder zijn eigen verantwoordelijkheid.`,
  keptByProviderShort: "niet door ons bewaard",
  rightsAlso: (rights) => t`Daarnaast hebt u het recht ${rights}.`,
  rightsSeeObjection: (see) => t`om bezwaar te maken tegen een verwerking ${see}`,
  rightsSeeConsent: (see) => t`om uw toestemming in te trekken ${see}`,
  rightsSeeComplaint: (see) => t`om een klacht in te dienen bij een toezichthoudende autoriteit ${see}`,
  rightsHow: (contact) => t`Om uw rechten uit te oefenen, volstaat een bericht aan ${contact}.`,
  rightsDeadline: t`Wij antwoorden onverwijld en in ieder geval binnen een maand. Is een verzoek complex, dan kunnen wij die termijn met nog twee maanden verlengen; dat laten wij u dan binnen de eerste maand weten, met de redenen (artikel 12, derde lid, van de AVG). Het uitoefenen van uw rechten is in beginsel kosteloos.`,
  rightsIdentity: t`Hebben wij redelijke twijfel over uw identiteit, dan kunnen wij u om informatie vragen om die te bevestigen.`,

  objectionBasis: {
    "A6-1-e": t`voor de vervulling van een taak van algemeen belang of in het kader van de uitoefening van het openbaar gezag (artikel 6, eerste lid, onder e, van de AVG)`,
    "A6-1-ea": t`voor een erkend gerechtvaardigd belang (artikel 6, eerste lid, onder ea, van de UK GDPR)`,
    "A6-1-f": t`op grond van onze gerechtvaardigde belangen (artikel 6, eerste lid, onder f, van de AVG)`,
  },
  objectionGeneral: (bases) =>
    t`Verwerken wij uw persoonsgegevens ${bases}, dan hebt u het recht om op elk moment, om redenen die verband houden met uw specifieke situatie, bezwaar te maken tegen deze verwerking. Dat geldt ook voor profilering op basis van die bepalingen. Na uw bezwaar verwerken wij uw gegevens niet meer voor deze doeleinden, tenzij wij dwingende gerechtvaardigde gronden voor de verwerking aanvoeren die zwaarder wegen dan uw belangen, rechten en vrijheden, of wij de gegevens nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering.`,
  objectionDirectMarketing: t`Verwerken wij uw persoonsgegevens voor direct marketing, dan kunt u daartegen op elk moment bezwaar maken, zonder opgaaf van redenen. Dat geldt ook voor profilering die verband houdt met direct marketing. Na uw bezwaar verwerken wij uw gegevens niet meer voor direct marketing.`,
  objectionConcerns: (services) => t`Dit betreft: ${services}.`,
  objectionHow: (contact) => t`Voor een bezwaar volstaat een bericht aan ${contact}.`,

  consentIntro: t`Verwerken wij uw gegevens op basis van uw toestemming, dan kunt u die toestemming op elk moment intrekken, met werking voor de toekomst (artikel 7, derde lid, van de AVG). Het intrekken van uw toestemming is even eenvoudig als het geven ervan. De intrekking laat de rechtmatigheid van de verwerking vóór de intrekking onverlet.`,
  consentConcerns: (services) => t`Dit betreft: ${services}.`,
  consentDevices: (see) => t`Dit geldt ook voor cookies en vergelijkbare technieken waarvoor uw toestemming nodig is ${see}.`,
  consentSettings: (link) => t`In onze toestemmingsinstellingen kunt u uw toestemming wijzigen of intrekken: ${link}`,
  consentContact: (contact) => t`U kunt uw toestemming ook intrekken met een bericht aan ${contact}.`,

  complaintToController: null,
  complaintIntro: t`Bent u van mening dat de verwerking van uw persoonsgegevens inbreuk maakt op de AVG, dan hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit (artikel 77 van de AVG), met name in de EU-lidstaat waar u woont of werkt of waar de beweerde inbreuk is begaan. Dit laat andere mogelijkheden van administratief beroep of een voorziening in rechte onverlet.`,
  complaintAuthority: t`De voor ons bevoegde toezichthoudende autoriteit is:`,
  complaintFind: (link) =>
    t`Het Europees Comité voor gegevensbescherming houdt een lijst bij van de toezichthoudende autoriteiten van alle lidstaten: ${link}`,
  authoritiesUrl: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_nl",

  swiss: {
    overview: t`Voor personen in Zwitserland geldt daarnaast de Zwitserse federale wet inzake gegevensbescherming (Datenschutzgesetz, DSG). Waar die wet informatie verlangt die de AVG niet verlangt, geeft deze verklaring die: over de bekendmaking in het buitenland, over uw rechten en over het melden bij de Zwitserse Federale Commissaris voor gegevensbescherming en openbaarheid (EDÖB).`,
    transfersTitle: "Voor personen in Zwitserland: bekendmaking in het buitenland volgens de DSG",
    transfersIntro: t`Volgens de DSG worden gegevens die Zwitserland verlaten, in het buitenland bekendgemaakt, ook in de EU. Elke bekendmaking berust op een van de gronden van de artikelen 16 en 17 van de DSG:`,
    noGround: "de documenten van de aanbieder bevestigen geen grond naar Zwitsers recht",
    rights: t`Personen in Zwitserland hebben de rechten van de DSG: op inlichtingen, kosteloos en in de regel binnen 30 dagen (artikel 25 van de DSG, artikelen 18 en 19 van de DSV); op afgifte of overdracht van de gegevens die zij ons hebben verstrekt (artikel 28 van de DSG); op rectificatie van onjuiste gegevens (artikel 32, eerste lid, van de DSG); en, wanneer een verwerking hun persoonlijkheid schendt, erop dat die verwerking wordt gestaakt, dat een bekendmaking aan derden wordt verboden of dat hun gegevens worden gewist, zo nodig via de burgerlijke rechter (artikel 32, tweede lid, van de DSG).`,
    complaint: (link) =>
      t`In Zwitserland kunt u een schending van de regels inzake gegevensbescherming melden bij de Federale Commissaris voor gegevensbescherming en openbaarheid (EDÖB). Zijn er voldoende aanwijzingen voor een schending, dan opent de EDÖB een onderzoek en laat hij u weten welke stappen hij heeft gezet en wat de uitkomst is (artikel 49 van de DSG): ${link}`,
  },

  automatedNone: t`Wij nemen geen besluiten die uitsluitend op geautomatiseerde verwerking, waaronder profilering, zijn gebaseerd en waaraan voor u rechtsgevolgen zijn verbonden of die u anderszins in aanmerkelijke mate treffen (artikel 22 van de AVG).`,
  automatedIntro: t`De volgende besluiten nemen wij geautomatiseerd. Zo komen ze tot stand, en dit betekenen ze voor u:`,
  automatedProfiling: "met profilering",
  automatedLogic: (logic) => t`Hoe het besluit tot stand komt: ${logic}`,
  automatedSignificance: (significance) => t`Wat het voor u betekent: ${significance}`,
  automatedConsequences: (consequences) => t`Mogelijke gevolgen voor u: ${consequences}`,
  automatedException: {
    contract: t`Dit geautomatiseerde besluit is toegestaan omdat het noodzakelijk is voor de totstandkoming of de uitvoering van een overeenkomst met u (artikel 22, tweede lid, onder a, van de AVG).`,
    law: t`Dit geautomatiseerde besluit is toegestaan omdat het Unierecht of het recht van een lidstaat het toestaat (artikel 22, tweede lid, onder b, van de AVG).`,
    "explicit-consent": t`Dit besluit nemen wij alleen geautomatiseerd met uw uitdrukkelijke toestemming (artikel 22, tweede lid, onder c, van de AVG).`,
  },
  automatedReview: t`U hebt het recht om het besluit door een mens aan onze kant te laten beoordelen, uw standpunt kenbaar te maken en het besluit aan te vechten (artikel 22, derde lid, van de AVG).`,

  deviceLaw: {
    tdddg: t`§ 25 van de Duitse wet inzake gegevensbescherming bij telecommunicatie en digitale diensten (Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz, TDDDG)`,
    "tkg-at": t`§ 165, derde lid, van de Oostenrijkse telecommunicatiewet 2021 (Telekommunikationsgesetz 2021, TKG 2021)`,
    "tw-nl": t`Artikel 11.7a van de Telecommunicatiewet`,
    "loi-fr": t`Artikel 82 van de Franse wet inzake gegevensbescherming (loi n° 78-17 du 6 janvier 1978, „Informatique et Libertés”)`,
    "codice-it": t`Artikel 122, eerste lid, van de Italiaanse code inzake de bescherming van persoonsgegevens (Codice in materia di protezione dei dati personali, wetsbesluit 196/2003)`,
    "lssi-es": t`Artikel 22, tweede lid, van de Spaanse wet op de diensten van de informatiemaatschappij (Ley 34/2002, LSSI)`,
    "pke-pl": t`Artikel 399 van de Poolse wet op de elektronische communicatie (Prawo komunikacji elektronicznej, PKE)`,
    eprivacy: t`Het EU-recht (artikel 5, derde lid, van Richtlijn 2002/58/EG, de e-privacyrichtlijn, zoals elke lidstaat die heeft omgezet)`,
    fmg: t`Artikel 45c van de Zwitserse telecommunicatiewet (Fernmeldegesetz, FMG)`,
    pecr: t`Regulation 6 van de Britse Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR)`,
  },
  deviceIntro: (law) =>
    t`Sommige functies slaan informatie op uw apparaat op of lezen daar opgeslagen informatie uit, bijvoorbeeld in cookies of in de lokale opslag van uw browser. ${law} staat dat alleen toe met uw toestemming, tenzij het strikt noodzakelijk is om een dienst te leveren waar u uitdrukkelijk om hebt gevraagd, of uitsluitend dient om een bericht over een communicatienetwerk over te brengen.`,
  deviceAfterwards: t`Wat daarna met de gegevens gebeurt, en op welke rechtsgrond volgens de AVG, lichten wij bij elke dienst toe.`,
  deviceParties: t`„Eerste partij” betekent dat de informatie onder het domein van onze website wordt opgeslagen, ook als een script van een andere aanbieder op onze pagina’s haar plaatst (de tabel vermeldt wie haar plaatst); „derde partij” betekent dat zij onder het domein van een andere aanbieder wordt opgeslagen.`,
  deviceCaption: "Cookies en vergelijkbare technieken: wie ze plaatst, waarvoor, hoe lang en op welke rechtsgrond",
  deviceHeader: {
    name: "Naam",
    type: "Soort",
    setBy: "Geplaatst door",
    purpose: "Doel",
    duration: "Bewaartermijn",
    ground: "Rechtsgrond",
  },
  deviceTechnology: {
    cookie: "Cookie",
    "local-storage": "Lokale opslag",
    "session-storage": "Sessieopslag",
    "indexed-db": "IndexedDB",
    pixel: "Trackingpixel",
    sdk: "SDK",
    fingerprinting: "Fingerprinting",
  },
  deviceParty: { first: "eerste partij", third: "derde partij" },
  deviceSession: "tot het einde van de browsersessie",
  devicePersistent: "totdat u de gegevens in uw browser verwijdert",
  deviceUnconfirmed: "niet bevestigd door de aanbieder",
  deviceGround: {
    tdddg: {
      consent: "Toestemming (§ 25, eerste lid, van de TDDDG)",
      "strictly-necessary": "Strikt noodzakelijk (§ 25, tweede lid, onder 2, van de TDDDG)",
      transmission: "Verzending van een communicatie (§ 25, tweede lid, onder 1, van de TDDDG)",
    },
    "tkg-at": {
      consent: "Toestemming (§ 165, derde lid, van de TKG 2021)",
      "strictly-necessary": "Strikt noodzakelijk (§ 165, derde lid, van de TKG 2021)",
      transmission: "Verzending van een communicatie (§ 165, derde lid, van de TKG 2021)",
    },
    "tw-nl": {
      consent: "Toestemming (artikel 11.7a, eerste lid, van de Telecommunicatiewet)",
      "strictly-necessary": "Strikt noodzakelijk (artikel 11.7a, derde lid, onder b, van de Telecommunicatiewet)",
      transmission: "Verzending van een communicatie (artikel 11.7a, derde lid, onder a, van de Telecommunicatiewet)",
    },
    "loi-fr": {
      consent: "Toestemming (artikel 82 van de Loi 78-17)",
      "strictly-necessary": "Strikt noodzakelijk (artikel 82 van de Loi 78-17)",
      transmission: "Verzending van een communicatie (artikel 82 van de Loi 78-17)",
    },
    "codice-it": {
      consent: "Toestemming (artikel 122, eerste lid, van de Codice)",
      "strictly-necessary": "Strikt noodzakelijk (artikel 122, eerste lid, van de Codice)",
      transmission: "Verzending van een communicatie (artikel 122, eerste lid, van de Codice)",
    },
    "lssi-es": {
      consent: "Toestemming (artikel 22, tweede lid, van de LSSI)",
      "strictly-necessary": "Strikt noodzakelijk (artikel 22, tweede lid, van de LSSI)",
      transmission: "Verzending van een communicatie (artikel 22, tweede lid, van de LSSI)",
    },
    "pke-pl": {
      consent: "Toestemming (artikel 399 van de PKE)",
      "strictly-necessary": "Strikt noodzakelijk (artikel 399 van de PKE)",
      transmission: "Verzending van een communicatie (artikel 399 van de PKE)",
    },
    eprivacy: {
      consent: "Toestemming (artikel 5, derde lid, van de e-privacyrichtlijn)",
      "strictly-necessary": "Strikt noodzakelijk (artikel 5, derde lid, van de e-privacyrichtlijn)",
      transmission: "Verzending van een communicatie (artikel 5, derde lid, van de e-privacyrichtlijn)",
    },
    fmg: {
      consent: "Toestemming (artikel 45c, onder b, van de FMG)",
      "strictly-necessary": "Informatie en recht van weigering (artikel 45c, onder b, van de FMG)",
      transmission: "Telecommunicatiedienst (artikel 45c, onder a, van de FMG)",
    },
    pecr: {
      consent: "Toestemming (bijlage A1, punt 2, van de PECR)",
      "strictly-necessary": "Strikt noodzakelijk (bijlage A1, punt 4, van de PECR)",
      transmission: "Verzending van een communicatie (bijlage A1 van de PECR)",
    },
  },
  deviceStatistics: {
    pecr: "Statistieken, bezwaar mogelijk (bijlage A1 van de PECR)",
    fmg: "Informatie en recht van weigering (artikel 45c, onder b, van de FMG)",
    "tw-nl":
      "Kwaliteit of effectiviteit van onze dienst, met geen of geringe gevolgen voor uw persoonlijke levenssfeer (artikel 11.7a, derde lid, onder b, van de Telecommunicatiewet)",
  },
  deviceQualityException: t`Zonder toestemming is dat daarnaast toegestaan om informatie te verkrijgen over de kwaliteit of effectiviteit van onze dienst, mits dat geen of geringe gevolgen heeft voor uw persoonlijke levenssfeer.`,
  deviceObject: (see) => t`Tegen het opslaan en uitlezen van informatie voor statistieken kunt u op elk moment bezwaar maken ${see}.`,
  deviceWithdraw: (see) => t`U kunt uw toestemming op elk moment intrekken ${see}.`,

  changesIntro: t`Wij passen deze privacyverklaring aan wanneer onze verwerking verandert. Voordat wij uw gegevens voor een nieuw doel verwerken, informeren wij u over dat doel en geven wij u alle andere relevante informatie (artikel 13, derde lid, van de AVG).`,
  changesVersion: (version, effective) => t`Dit is versie ${version}, geldig vanaf ${effective}.`,
  changesUpdated: (updated) => t`De laatste wijziging dateert van ${updated}.`,
  changesHistory: t`Overzicht van de wijzigingen:`,
  changeDate: (date) => date,

  contactIntro: t`Hebt u vragen over gegevensbescherming of wilt u uw rechten uitoefenen, neem dan contact met ons op:`,
  contactRights: t`Verzoeken om uw rechten uit te oefenen kunt u richten aan:`,
  contactDpo: t`U kunt ook contact opnemen met onze functionaris voor gegevensbescherming:`,

  index: {
    dataTitle: "Welke diensten verwerken deze gegevens?",
    dataIntro: t`Voor elke soort gegevens die de diensten verwerken: welke diensten ze verwerken, voor welke doeleinden, op welke rechtsgrond en waar.`,
    dataNone: t`Geen enkele dienst verwerkt persoonsgegevens.`,
    dataCategory: (description, key) => t`${description} (${key})`,
    processedBy: (count) => (count === 1 ? t`Verwerkt door 1 dienst:` : t`Verwerkt door ${String(count)} diensten:`),
    listedAs: (category, key) => t`vermeld als ${category} (${key})`,
    inHouse: "intern, geen ander bedrijf",
    labels: {
      provider: "Aanbieder",
      purpose: "Doel",
      legalBasis: "Rechtsgrond",
      countries: "Plaats van verwerking",
      transfers: "Doorgiften",
      recipient: "Ontvanger",
      safeguard: "Waarborg",
      details: "Bijzonderheden",
    },
    transfersTitle: "Waar gaan de gegevens naartoe?",
    transfersIntro: t`Voor elk land buiten de EU/EER waar gegevens naartoe gaan: de waarborgen waarop de doorgiften berusten, en per dienst wie de gegevens daar ontvangt.`,
    transfersNone: t`De privacyverklaring vermeldt geen doorgiften aan landen buiten de EU/EER.`,
    servicesOn: (safeguard, count) => (count === 1 ? t`${safeguard}: 1 dienst` : t`${safeguard}: ${String(count)} diensten`),
    unconfirmed: "niet bevestigd in de documenten van de aanbieder",
  },
};
