import { t, type Inline } from "../inline.js";
import { formatList } from "../format.js";
import type { PartyName } from "../party-name.js";
import type { Messages } from "./messages.js";

// Polski: terminy RODO w brzmieniu polskiej wersji rozporządzenia 2016/679 (administrator, podmiot
// przetwarzający, prawnie uzasadniony interes, organ nadzorczy, państwo trzecie, prawo do sprzeciwu),
// zwroty do czytelnika w formie grzecznościowej („Państwo”, „Państwa dane”), administrator mówi
// o sobie „my”. Cytowanie jak w taksonomii: „art. 6 ust. 1 lit. f RODO”. Nazwy (firmy, produktu)
// nie odmieniają się: stoją w mianowniku (jako podmiot zdania, po „którym jest”), po dwukropku
// albo jako dopowiedzenie po odmienionym rzeczowniku („wobec podmiotu X”, „oprogramowanie X”).

const titles = {
  overview: "Informacje ogólne",
  controller: "Administrator",
  representative: "Przedstawiciel w Unii",
  jointControllers: "Współadministratorzy",
  dpo: "Inspektor ochrony danych",
  summary: "Nasze usługi w skrócie",
  services: "Usługi w szczegółach",
  recipients: "Odbiorcy Państwa danych",
  transfers: "Przekazywanie danych do państw trzecich",
  retention: "Okres przechowywania danych",
  rights: "Państwa prawa",
  objection: "Prawo do sprzeciwu",
  consent: "Wycofanie zgody",
  complaint: "Prawo do wniesienia skargi do organu nadzorczego",
  automatedDecisions: "Zautomatyzowane podejmowanie decyzji i profilowanie",
  deviceAccess: "Pliki cookie i podobne technologie",
  changes: "Zmiany niniejszej polityki prywatności",
  contact: "Kontakt",
} as const;

/** Polish plural forms of a noun after a number: one (1), few (2–4, 22–24, …), many (5–21, 25–31, …). */
const pluralRules = new Intl.PluralRules("pl-PL");
function counted(count: number, forms: { readonly one: string; readonly few: string; readonly many: string }): string {
  const rule = pluralRules.select(count);
  return `${count} ${rule === "one" ? forms.one : rule === "few" ? forms.few : forms.many}`;
}

/**
 * A duration in the accusative, for "przez …" and "… po tym": Intl writes the nominative, which is
 * the accusative for every unit but the feminine ones in the singular ("1 godzina" → "1 godzinę").
 */
function accusative(duration: string): string {
  return duration.replace(/\b1 (godzina|minuta|sekunda)\b/gu, (_, unit: string) => `1 ${unit.slice(0, -1)}ę`);
}

/**
 * The Polish name of an adequacy decision, as the Official Journal writes it: acts before the
 * Treaty of Lisbon ("/EC") are "decyzja … /WE", later ones "decyzja (UE) …", implementing acts
 * "decyzja wykonawcza Komisji (UE) …".
 */
function adequacyDecisionName(decision: string, reference: string): string {
  const number = reference.replace(/\/EC$/u, "/WE").replace(/\/EU$/u, "/UE");
  if (decision.startsWith("Commission Implementing Decision")) {
    return `decyzja wykonawcza Komisji ${decision.includes("(EU)") ? "(UE) " : ""}${number}`;
  }
  return `decyzja Komisji ${decision.includes("(EU)") ? "(UE) " : ""}${number}`;
}

/** A name in apposition to a declined noun, so the name itself stays as written: "podmiotu Zoom Communications, Inc.". */
function entity(noun: string, party: PartyName): Inline {
  return t`${noun} ${party.name}`;
}

export const pl: Messages = {
  documentTitle: "Polityka prywatności",
  titles,
  see: (title) => t`(zob. „${title}”)`,
  untranslated: {
    en: "(tylko w języku angielskim)",
    de: "(tylko w języku niemieckim)",
    fr: "(tylko w języku francuskim)",
    it: "(tylko w języku włoskim)",
    es: "(tylko w języku hiszpańskim)",
    nl: "(tylko w języku niderlandzkim)",
    pl: "(tylko w języku polskim)",
  },

  email: "Adres e-mail",
  phone: "Telefon",
  website: "Strona internetowa",

  overviewIntro: (controller) =>
    t`Niniejsza polityka prywatności wyjaśnia, w jaki sposób ${controller.name} przetwarza Państwa dane osobowe: z jakich usług korzystamy, jakie dane są przy tym przetwarzane, w jakich celach i na jakiej podstawie prawnej, jak długo i gdzie dane są przechowywane oraz jakie prawa Państwu przysługują.`,
  overviewNationalAct: {
    bdsg: t`Oprócz ogólnego rozporządzenia o ochronie danych (RODO) stosuje się niemiecką federalną ustawę o ochronie danych (Bundesdatenschutzgesetz, BDSG) w zakresie, w jakim je uzupełnia.`,
    "dsg-at": t`Oprócz ogólnego rozporządzenia o ochronie danych (RODO) stosuje się austriacką ustawę o ochronie danych (Datenschutzgesetz, DSG) w zakresie, w jakim je uzupełnia.`,
    "dpa-2018": t`Oprócz brytyjskiego ogólnego rozporządzenia o ochronie danych (UK GDPR) stosuje się ustawę Data Protection Act 2018 w zakresie, w jakim je uzupełnia.`,
    "loi-78-17": t`Oprócz ogólnego rozporządzenia o ochronie danych (RODO) stosuje się francuską ustawę o ochronie danych (loi n° 78-17 du 6 janvier 1978, „Informatique et Libertés”) w zakresie, w jakim je uzupełnia.`,
    "codice-privacy": t`Oprócz ogólnego rozporządzenia o ochronie danych (RODO) stosuje się włoski kodeks ochrony danych osobowych (Codice in materia di protezione dei dati personali, dekret ustawodawczy nr 196/2003) w zakresie, w jakim je uzupełnia.`,
    lopdgdd: t`Oprócz ogólnego rozporządzenia o ochronie danych (RODO) stosuje się hiszpańską ustawę organiczną o ochronie danych (Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales, LOPDGDD) w zakresie, w jakim je uzupełnia.`,
    uavg: t`Oprócz ogólnego rozporządzenia o ochronie danych (RODO) stosuje się niderlandzką ustawę wykonawczą do RODO (Uitvoeringswet Algemene verordening gegevensbescherming, UAVG) w zakresie, w jakim je uzupełnia.`,
    "ustawa-odo-2018": t`Oprócz ogólnego rozporządzenia o ochronie danych (RODO) stosuje się ustawę z dnia 10 maja 2018 r. o ochronie danych osobowych w zakresie, w jakim je uzupełnia.`,
  },
  overviewVersion: (version, effective) => t`Wersja ${version}, obowiązuje od ${effective} r.`,
  overviewUpdated: (updated) => t`Ostatnia aktualizacja: ${updated} r.`,
  overviewObjection: (see) => t`Prosimy pamiętać, że mają Państwo prawo wnieść sprzeciw wobec części tego przetwarzania ${see}.`,
  controllerIntro: t`Administratorem Państwa danych osobowych w rozumieniu ogólnego rozporządzenia o ochronie danych (RODO) jest:`,
  representativeIntro: t`Ponieważ nie mamy jednostki organizacyjnej w Unii Europejskiej, wyznaczyliśmy przedstawiciela w Unii (art. 27 RODO). Mogą się Państwo do niego zwracać we wszystkich sprawach dotyczących przetwarzania Państwa danych osobowych:`,
  jointControllersIntro: t`W przypadku części przetwarzania wspólnie z innymi podmiotami ustalamy cele i sposoby przetwarzania Państwa danych. Jesteśmy wtedy współadministratorami (art. 26 RODO). Oto te podmioty i zasadnicza treść uzgodnień z każdym z nich:`,
  jointControllersEssence: (essence) => t`${essence}`,
  jointControllersRights: t`Swoje prawa mogą Państwo wykonywać wobec nas i wobec każdego z pozostałych administratorów (art. 26 ust. 3 RODO).`,
  dpoIntro: t`Z naszym inspektorem ochrony danych mogą się Państwo skontaktować pod adresem:`,
  summaryIntro: t`Tabela wymienia wszystkie usługi, w ramach których przetwarzane są Państwa dane osobowe. Każdą z nich opisujemy szczegółowo w dalszej części.`,
  summaryCaption: "Usługi, ich cele, podstawa prawna, dane, okres przechowywania i miejsce przetwarzania",
  summaryHeader: {
    service: "Usługa",
    purposes: "Cel",
    legalBasis: "Podstawa prawna",
    data: "Dane",
    retention: "Okres przechowywania",
    countries: "Miejsce przetwarzania",
  },
  purposeBasis: (purpose, citation) => t`${purpose}: ${citation}`,

  servicesIntro: t`Dla każdej usługi wyjaśniamy tu, czym jest, do czego z niej korzystamy, jakie dane przetwarza, jak długo i gdzie dane są przechowywane, jak mogą Państwo zażądać ich usunięcia lub wnieść sprzeciw oraz na jakiej podstawie prawnej odbywa się przetwarzanie.`,
  serviceTitles: {
    about: (subject) => t`Czym jest ${subject}?`,
    purposes: (subject) => t`Do czego służy nam ${subject}?`,
    data: (subject) => t`Jakie dane przetwarza ${subject}?`,
    storage: "Jak długo i gdzie dane są przechowywane?",
    deletion: "Jak mogę zażądać usunięcia danych lub wnieść sprzeciw?",
    legalBasis: "Podstawa prawna",
  },
  inHouseTitles: {
    about: t`Czego to dotyczy?`,
    purposes: t`W jakim celu przetwarzamy dane?`,
    data: t`Jakie dane są przetwarzane?`,
  },

  inHouse: t`To przetwarzanie prowadzimy sami.`,
  selfHosted: (software, maker) =>
    maker === undefined
      ? t`Oprogramowanie ${software} utrzymujemy sami, jako część naszej strony internetowej. Przetwarzane przez nie dane nie opuszczają naszej strony internetowej.`
      : t`Oprogramowanie ${software} utrzymujemy sami, jako część naszej strony internetowej. Przetwarzane przez nie dane nie opuszczają naszej strony internetowej: jego producent, ${maker.name}, nie otrzymuje żadnych z nich.`,
  providerIntro: t`Dostawcą jest:`,
  providerIntroUnconfirmed: t`Z dokumentów dostawcy nie wynika jednoznacznie, z którą z jego spółek zawarliśmy umowę. Według naszej wiedzy jest to:`,
  roleProcessor: (party) =>
    t`${party.name} przetwarza dane jako nasz podmiot przetwarzający, czyli wyłącznie w naszym imieniu i na nasze polecenie (art. 28 RODO).`,
  roleJointController: (party) =>
    t`Cele i sposoby przetwarzania danych ustalamy wspólnie z ${entity("podmiotem", party)}, dlatego jesteśmy współadministratorami (art. 26 RODO). Swoje prawa mogą Państwo wykonywać wobec nas lub wobec ${entity("podmiotu", party)}.`,
  roleController: (party) =>
    t`${party.name} samodzielnie decyduje, co dzieje się z otrzymanymi danymi, i odpowiada za to jako odrębny administrator.`,
  rolesIntro: (party) => t`${party.name} występuje w więcej niż jednej roli:`,
  // The scope comes last, after a colon: it is a noun phrase in the nominative.
  roleForProcessor: (scope, party) =>
    t`${party.name} jest naszym podmiotem przetwarzającym i działa wyłącznie w naszym imieniu i na nasze polecenie (art. 28 RODO) w następującym zakresie: ${scope}.`,
  roleForController: (scope, party) =>
    t`${party.name} jest odrębnym administratorem i samodzielnie decyduje, co dzieje się z danymi, w następującym zakresie: ${scope}.`,
  roleForJointController: (scope, party) =>
    t`Wspólnie z ${entity("podmiotem", party)} jesteśmy współadministratorami (art. 26 RODO) w następującym zakresie: ${scope}.`,
  jointArrangement: (arrangement) => t`Zasadnicza treść uzgodnień: ${arrangement}`,
  jointArrangementAt: (link) => t`Uzgodnienia: ${link}`,
  jointRights: (party) => t`Swoje prawa mogą Państwo wykonywać wobec nas lub wobec ${entity("podmiotu", party)}.`,
  providerRepresentative: t`Przedstawicielem dostawcy w Unii (art. 27 RODO) jest:`,
  parentReceives: (parent) => t`Dane otrzymuje również: ${parent}.`,
  providerPrivacyPolicy: (link) => t`Polityka prywatności dostawcy: ${link}`,
  otherRecipients: t`Inni odbiorcy danych:`,

  purposesIntro: t`Przetwarzamy dane w następujących celach:`,

  dataIntro: t`Przetwarzane są następujące dane osobowe:`,
  dataGroups: {
    provided: "Dane, które Państwo podają",
    received: "Dane, które otrzymujemy od innych",
    automatic: "Dane zbierane automatycznie",
    usage: "Dane o korzystaniu i metadane",
    content: "Treści, które Państwo tworzą lub udostępniają",
  },
  dataSource: (source) => t`źródło: ${source}`,
  receivedFrom: (sources) => t`Skąd otrzymujemy te dane: ${sources}.`,
  specialCategory: t`szczególna kategoria danych osobowych (art. 9 ust. 1 RODO)`,
  dataSubjects: (subjects) => t`Osoby, których dane dotyczą: ${subjects}.`,
  sourcesIntro: t`Źródło danych:`,
  sourceDataSubject: t`Od Państwa`,
  sourceThirdParty: t`Od stron trzecich`,
  sourcePublic: t`Ze źródeł publicznie dostępnych`,
  provisionTitle: "Czy muszą Państwo podać dane?",
  provision: {
    statutory: t`Tak, z mocy prawa: podanie danych jest wymogiem ustawowym.`,
    contractual: t`Tak, na podstawie naszej umowy z Państwem: podanie danych jest wymogiem umownym, a nie ustawowym.`,
    precontractual: t`Potrzebujemy tych danych, aby zawrzeć z Państwem umowę. Nie mają Państwo obowiązku ich podania.`,
    voluntary: t`Nie, podanie danych jest dobrowolne.`,
  },
  provisionWithout: {
    statutory: t`Bez tych danych nie możemy kontynuować, ponieważ wymaga ich prawo.`,
    contractual: t`Bez tych danych nie możemy wykonać umowy.`,
    precontractual: t`Bez tych danych nie możemy zawrzeć z Państwem umowy.`,
  },

  // `until` is a clause with a perfective verb ("wypiszą się Państwo z newslettera"), which reads
  // well after both "do czasu, aż" and "po tym, jak".
  retentionFor: (duration) => t`Przechowujemy dane przez ${accusative(duration)}.`,
  retentionUntil: (until) => t`Przechowujemy dane do czasu, aż ${until}.`,
  retentionAfter: (duration, until) => t`Usuwamy dane ${accusative(duration)} po tym, jak ${until}.`,
  retentionNone: t`Przechowujemy dane tylko tak długo, jak są nam potrzebne do opisanych celów.`,
  retentionExceptionsIntro: t`Dla części danych obowiązuje inny okres przechowywania:`,
  retentionShortUntil: (until) => t`do czasu, aż ${until}`,
  retentionShortAfter: (duration, until) => t`${accusative(duration)} po tym, jak ${until}`,
  retentionShortNone: t`tak długo, jak jest to niezbędne do realizacji celów`,
  countries: (countries) => t`Miejsce przetwarzania danych: ${countries}.`,
  transfersIntro: t`Dane są przekazywane do państw spoza Unii Europejskiej (UE) i Europejskiego Obszaru Gospodarczego (EOG):`,
  noTransfers: t`Dane nie są przekazywane do państw spoza Unii Europejskiej (UE) i Europejskiego Obszaru Gospodarczego (EOG).`,
  transfersUnknown: t`Z dokumentów dostawcy nie wynika jednoznacznie, czy dane są przetwarzane również w innych państwach.`,
  transfersIncomplete: t`Z dokumentów dostawcy nie wynika jednoznacznie, czy dane trafiają również do innych państw niż wymienione.`,

  transferRecipient: (recipient) => t`odbiorca: ${recipient}`,
  adequacyDecisionName,
  adequacyDecision: (decision) => t`Stwierdza to ${decision}.`,
  adequacyScope: (scope) => t`Decyzja obejmuje wyłącznie ${scope}.`,
  adequacyNone: t`Komisja Europejska nie wydała dla tego państwa decyzji stwierdzającej odpowiedni stopień ochrony.`,
  adequacyAlso: (decision) =>
    t`Dla tego państwa istnieje również decyzja stwierdzająca odpowiedni stopień ochrony, wydana przez Komisję Europejską (${decision}).`,
  adequacyLimited: (scope) =>
    t`Decyzja stwierdzająca odpowiedni stopień ochrony, wydana przez Komisję Europejską dla tego państwa, obejmuje wyłącznie ${scope}. To przekazanie opiera się zamiast tego na podstawie wskazanej powyżej.`,
  transferUnconfirmedShort: "niepotwierdzone w dokumentach dostawcy",
  transferGroundUnconfirmedShort: "dokumenty dostawcy nie potwierdzają podstawy",
  transfersSee: (title, { several, copy }) =>
    t`${several ? "Co oznaczają te podstawy" : "Co oznacza ta podstawa"}${copy ? " i jak uzyskać kopię zabezpieczeń" : ""}: zob. „${title}”.`,
  dpfExplained: t`W odniesieniu do organizacji certyfikowanych zgodnie z ramami ochrony danych UE-USA Komisja Europejska stwierdziła, że Stany Zjednoczone zapewniają odpowiedni stopień ochrony danych. Certyfikowani są następujący odbiorcy:`,
  adequacyExplained: t`Komisja Europejska stwierdziła, że następujące państwa zapewniają odpowiedni stopień ochrony danych:`,
  transfersUnconfirmedTitle: "Przekazania, których nie potwierdzają dokumenty dostawców",
  transfersUnconfirmedIntro: (see) =>
    t`W przypadku tych przekazań dokumenty dostawcy nie potwierdzają jednoznacznie samego przekazania lub jego podstawy. Prosimy o kontakt, a powiemy Państwu, co o tym wiemy ${see}.`,
  derogation: t`Nie mają zastosowania odpowiednie zabezpieczenia, o których mowa w art. 46 RODO: przekazanie jest dopuszczalne wyłącznie jako wyjątek w szczególnej sytuacji.`,
  copyAt: (clauses, link) =>
    clauses ? t`Standardowe klauzule ochrony danych są dostępne tutaj: ${link}` : t`Zabezpieczenia są dostępne tutaj: ${link}`,
  copyOnRequest: (clauses, see) =>
    clauses
      ? t`Na żądanie przekażemy Państwu kopię standardowych klauzul ochrony danych ${see}.`
      : t`Na żądanie przekażemy Państwu kopię zabezpieczeń ${see}.`,

  deletionOptOut: (link) => t`Strona dostawcy umożliwiająca rezygnację (opt-out): ${link}`,
  deletionYouCan: (actions) => t`Mogą Państwo ${actions}.`,
  deletionSeeRights: (title) => t`W sprawie usunięcia danych i pozostałych praw zob. „${title}”.`,
  deletionActions: {
    object: (see) => t`wnieść sprzeciw wobec tego przetwarzania ${see}`,
    objectTo: (purposes, see) =>
      t`wnieść sprzeciw wobec przetwarzania ${purposes.length === 1 ? "w celu określonym jako" : "w celach określonych jako"} ${formatList(
        purposes.map((label) => `„${label}”`),
        "pl",
      )} ${see}`,
    withdraw: (see) => t`w dowolnym momencie wycofać zgodę ${see}`,
    withdrawAt: (link) => t`w dowolnym momencie wycofać zgodę w naszych ustawieniach zgody (${link})`,
  },

  legalBasisIntro: t`Przetwarzanie odbywa się na następujących podstawach prawnych:`,
  legalBasisItem: (citation, label) => t`${citation} (${label})`,
  legitimateInterest: (interest) => t`Nasz prawnie uzasadniony interes: ${interest}`,
  specialCondition: (citation, label) => t`W przypadku szczególnych kategorii danych osobowych opieramy się ponadto na ${citation} (${label}).`,
  parentalConsent: (age, how) =>
    age === undefined
      ? t`Dzieci poniżej wieku określonego w przepisach nie mogą samodzielnie wyrazić tej zgody: zgodnie z art. 8 ust. 1 RODO granica ta wynosi 16 lat, chyba że prawo krajowe przewiduje niższą, która jednak nie może być niższa niż 13 lat. ${how}`
      : t`Dzieci poniżej ${String(age.age)} lat nie mogą samodzielnie wyrazić tej zgody (${age.citation}): zgodę musi wyrazić lub zaaprobować rodzic albo inna osoba sprawująca władzę rodzicielską lub opiekę nad dzieckiem. ${how}`,

  recipientsIntro: t`Dane osobowe otrzymują od nas następujący odbiorcy:`,
  recipientsNone: t`Przetwarzamy Państwa dane osobowe sami i nikomu ich nie przekazujemy, chyba że zobowiązuje nas do tego prawo.`,
  recipientsProcessors: t`Podmioty przetwarzające przetwarzają dane wyłącznie w naszym imieniu i na nasze polecenie (art. 28 RODO).`,
  recipientRoles: {
    processor: (services) => t`Podmiot przetwarzający w zakresie: ${services}.`,
    "joint-controller": (services) => t`Współadministrator wraz z nami w zakresie: ${services}.`,
    controller: (services) => t`Odrębny administrator w zakresie: ${services}.`,
    parent: (services) => t`Otrzymuje również dane w zakresie: ${services}.`,
    recipient: (services) => t`Dane z usług: ${services}.`,
  },
  recipientJointController: (see) => t`Współadministrator wraz z nami ${see}.`,
  recipientLegalBasis: (bases) => t`Podstawa prawna przekazania danych: ${bases}.`,

  transfersSectionIntro: t`Niektóre usługi przekazują dane osobowe do państw spoza Unii Europejskiej (UE) i Europejskiego Obszaru Gospodarczego (EOG), tzw. państw trzecich. Każde przekazanie opiera się na jednej z podstaw przewidzianych w RODO (art. 44–49 RODO):`,

  retentionIntro: t`Przechowujemy dane osobowe nie dłużej, niż jest to niezbędne do celów opisanych w niniejszej polityce prywatności. Po upływie okresu przechowywania usuwamy dane. Okresy przechowywania w poszczególnych usługach:`,

  rightsIntro: t`Na podstawie RODO przysługują Państwu następujące prawa dotyczące Państwa danych osobowych. To, które z nich mają zastosowanie, zależy od podstawy prawnej przetwarzania; jeżeli dane prawo dotyczy tylko niektórych usług, wskazujemy je.`,
  rights: {
    A15: {
      name: "Dostęp do danych",
      text: t`Mogą Państwo uzyskać od nas informację, czy przetwarzamy dotyczące Państwa dane osobowe, a jeżeli tak – otrzymać ich kopię wraz z informacjami o przetwarzaniu.`,
    },
    A16: {
      name: "Sprostowanie danych",
      text: t`Mogą Państwo żądać, abyśmy sprostowali dotyczące Państwa dane, które są nieprawidłowe, i uzupełnili dane niekompletne.`,
    },
    A17: {
      name: "Usunięcie danych",
      text: t`Mogą Państwo żądać, abyśmy usunęli Państwa dane, na przykład gdy nie są nam już potrzebne do celu, w którym je zebraliśmy. Istnieją wyjątki, na przykład prawny obowiązek przechowywania danych.`,
    },
    A18: {
      name: "Ograniczenie przetwarzania",
      text: t`Mogą Państwo żądać ograniczenia przetwarzania, na przykład na czas, w którym sprawdzamy prawidłowość Państwa danych. Wówczas jedynie przechowujemy dane i wykorzystujemy je tylko w zakresie, w jakim zezwala na to prawo.`,
    },
    A19: {
      name: "Powiadomienie odbiorców",
      text: t`Jeżeli sprostujemy lub usuniemy Państwa dane albo ograniczymy ich przetwarzanie, informujemy o tym każdego odbiorcę, któremu je ujawniliśmy, chyba że okaże się to niemożliwe lub będzie wymagać niewspółmiernie dużego wysiłku. Na Państwa żądanie informujemy Państwa o tych odbiorcach.`,
    },
    A20: {
      name: "Przenoszenie danych",
      text: t`Mogą Państwo otrzymać dane, które nam Państwo dostarczyli, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego lub żądać, abyśmy przesłali je bezpośrednio innemu administratorowi, o ile jest to technicznie możliwe.`,
    },
    A22: {
      name: "Zautomatyzowane decyzje",
      text: t`Mają Państwo prawo do tego, by nie podlegać decyzji, która opiera się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, i wywołuje wobec Państwa skutki prawne lub w podobny sposób istotnie na Państwa wpływa.`,
    },
  },
  rightAppliesTo: (services, several) => t`To prawo dotyczy ${several ? "usług" : "usługi"}: ${services}.`,
  rightsKeptByProvider: (services, several) =>
    several
      ? t`Z tych usług nie przechowujemy u siebie żadnych danych: ${services}. Ich dostawcy otrzymują dane bezpośrednio i przechowują je na własną odpowiedzialność. W sprawie dostępu do tych danych, ich sprostowania lub usunięcia prosimy zwracać się do właściwego dostawcy w sposób opisany w jego polityce prywatności.`
      : t`Z tej usługi nie przechowujemy u siebie żadnych danych: ${services}. Dostawca otrzymuje dane bezpośrednio i przechowuje je na własną odpowiedzialność. W sprawie dostępu do tych danych, ich sprostowania lub usunięcia prosimy zwracać się do dostawcy w sposób opisany w jego polityce prywatności.`,
  keptByProvider: t`Nie przechowujemy tych danych u siebie: dostawca otrzymuje je bezpośrednio i przechowuje na własną odpowiedzialność.`,
  keptByProviderShort: "nie przechowujemy ich u siebie",
  rightsAlso: (rights) => t`Mają Państwo ponadto prawo ${rights}.`,
  rightsSeeObjection: (see) => t`wnieść sprzeciw wobec przetwarzania ${see}`,
  rightsSeeConsent: (see) => t`wycofać zgodę ${see}`,
  rightsSeeComplaint: (see) => t`wnieść skargę do organu nadzorczego ${see}`,
  rightsHow: (contact) => t`Aby skorzystać ze swoich praw, wystarczy skontaktować się z nami: ${contact}.`,
  rightsDeadline: t`Odpowiadamy bez zbędnej zwłoki, najpóźniej w terminie miesiąca. Jeżeli żądanie jest skomplikowane, możemy przedłużyć ten termin o kolejne dwa miesiące; poinformujemy Państwa o tym w ciągu pierwszego miesiąca, podając przyczyny (art. 12 ust. 3 RODO). Wykonywanie praw jest co do zasady bezpłatne.`,
  rightsIdentity: t`Jeżeli mamy uzasadnione wątpliwości co do Państwa tożsamości, możemy poprosić o informacje niezbędne do jej potwierdzenia.`,

  objectionBasis: {
    "A6-1-e": t`w celu wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania władzy publicznej (art. 6 ust. 1 lit. e RODO)`,
    "A6-1-ea": t`na podstawie uznanego prawnie uzasadnionego interesu (art. 6 ust. 1 lit. ea UK GDPR)`,
    "A6-1-f": t`na podstawie naszych prawnie uzasadnionych interesów (art. 6 ust. 1 lit. f RODO)`,
  },
  objectionGeneral: (bases) =>
    t`Jeżeli przetwarzamy Państwa dane osobowe ${bases}, mają Państwo prawo w dowolnym momencie wnieść sprzeciw wobec tego przetwarzania z przyczyn związanych z Państwa szczególną sytuacją. Dotyczy to również profilowania na podstawie tych przepisów. Po wniesieniu sprzeciwu nie będziemy już przetwarzać Państwa danych w tych celach, chyba że wykażemy istnienie ważnych prawnie uzasadnionych podstaw do przetwarzania, nadrzędnych wobec Państwa interesów, praw i wolności, lub podstaw do ustalenia, dochodzenia lub obrony roszczeń.`,
  objectionDirectMarketing: t`Jeżeli przetwarzamy Państwa dane osobowe na potrzeby marketingu bezpośredniego, mogą Państwo w dowolnym momencie wnieść sprzeciw wobec takiego przetwarzania, bez podawania przyczyn. Dotyczy to również profilowania w zakresie, w jakim jest ono związane z takim marketingiem bezpośrednim. Po wniesieniu sprzeciwu nie będziemy już przetwarzać Państwa danych do celów marketingu bezpośredniego.`,
  objectionConcerns: (services, several) => t`Dotyczy to ${several ? "usług" : "usługi"}: ${services}.`,
  objectionHow: (contact) => t`Aby wnieść sprzeciw, wystarczy skontaktować się z nami: ${contact}.`,

  consentIntro: t`Jeżeli przetwarzamy Państwa dane na podstawie zgody, mogą Państwo w dowolnym momencie wycofać zgodę ze skutkiem na przyszłość (art. 7 ust. 3 RODO). Wycofanie zgody jest równie łatwe jak jej wyrażenie. Wycofanie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonano na podstawie zgody przed jej wycofaniem.`,
  consentConcerns: (services, several) => t`Dotyczy to ${several ? "usług" : "usługi"}: ${services}.`,
  consentDevices: (see) => t`Dotyczy to również plików cookie i podobnych technologii, które wymagają Państwa zgody ${see}.`,
  consentSettings: (link) => t`Zgodę mogą Państwo zmienić lub wycofać w naszych ustawieniach zgody: ${link}`,
  consentContact: (contact) => t`Zgodę mogą Państwo wycofać również, kontaktując się z nami: ${contact}.`,

  complaintToController: null,
  complaintIntro: t`Jeżeli uważają Państwo, że przetwarzanie Państwa danych osobowych narusza RODO, mają Państwo prawo wnieść skargę do organu nadzorczego (art. 77 RODO), w szczególności w państwie członkowskim UE swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia. Pozostaje to bez uszczerbku dla innych administracyjnych lub sądowych środków ochrony prawnej.`,
  complaintAuthority: t`Właściwym dla nas organem nadzorczym jest:`,
  complaintFind: (link) => t`Wykaz organów nadzorczych wszystkich państw członkowskich prowadzi Europejska Rada Ochrony Danych: ${link}`,
  authoritiesUrl: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_pl",

  swiss: {
    overview: t`Wobec osób w Szwajcarii stosuje się również szwajcarską federalną ustawę o ochronie danych (FADP). Tam, gdzie wymaga ona informacji, których nie wymaga RODO, niniejsza polityka je podaje: o ujawnianiu danych za granicą, o Państwa prawach i o zgłaszaniu naruszeń Federalnemu Komisarzowi ds. Ochrony Danych i Informacji (FDPIC).`,
    transfersTitle: "Dla osób w Szwajcarii: ujawnianie danych za granicą na podstawie FADP",
    transfersIntro: t`Zgodnie z FADP dane opuszczające Szwajcarię są ujawniane za granicą, także wtedy, gdy trafiają do UE. Każde ujawnienie opiera się na jednej z podstaw określonych w art. 16 i 17 FADP:`,
    noGround: "dokumenty dostawcy nie potwierdzają podstawy wynikającej z prawa szwajcarskiego",
    rights: t`Osobom w Szwajcarii przysługują prawa wynikające z FADP: prawo do informacji, udzielanej bezpłatnie i co do zasady w ciągu 30 dni (art. 25 FADP, art. 18 i 19 rozporządzenia o ochronie danych, DPO); prawo do wydania lub przekazania danych, które nam przekazały (art. 28 FADP); prawo do sprostowania nieprawidłowych danych (art. 32 ust. 1 FADP); a jeżeli przetwarzanie narusza ich dobra osobiste – prawo do żądania zaprzestania przetwarzania, zakazania ujawnienia danych osobom trzecim lub usunięcia danych, w razie potrzeby przed sądem cywilnym (art. 32 ust. 2 FADP).`,
    complaint: (link) =>
      t`W Szwajcarii mogą Państwo zgłosić naruszenie przepisów o ochronie danych Federalnemu Komisarzowi ds. Ochrony Danych i Informacji (FDPIC). Jeżeli istnieją wystarczające przesłanki naruszenia, wszczyna on postępowanie i informuje Państwa o podjętych krokach i ich wyniku (art. 49 FADP): ${link}`,
  },

  automatedNone: t`Nie podejmujemy decyzji, które opierają się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, i wywołują wobec Państwa skutki prawne lub w podobny sposób istotnie na Państwa wpływają (art. 22 RODO).`,
  automatedIntro: t`Następujące decyzje podejmujemy w sposób zautomatyzowany. Oto jak zapadają i co oznaczają dla Państwa:`,
  automatedProfiling: "obejmuje profilowanie",
  automatedLogic: (logic) => t`Zasady podejmowania decyzji: ${logic}`,
  automatedSignificance: (significance) => t`Znaczenie dla Państwa: ${significance}`,
  automatedConsequences: (consequences) => t`Przewidywane konsekwencje dla Państwa: ${consequences}`,
  automatedException: {
    contract: t`Możemy podejmować tę decyzję w sposób zautomatyzowany, ponieważ jest to niezbędne do zawarcia lub wykonania umowy z Państwem (art. 22 ust. 2 lit. a RODO).`,
    law: t`Możemy podejmować tę decyzję w sposób zautomatyzowany, ponieważ zezwala na to prawo Unii lub prawo państwa członkowskiego (art. 22 ust. 2 lit. b RODO).`,
    "explicit-consent": t`Tę decyzję podejmujemy w sposób zautomatyzowany wyłącznie za Państwa wyraźną zgodą (art. 22 ust. 2 lit. c RODO).`,
  },
  automatedReview: t`Mają Państwo prawo do uzyskania interwencji ludzkiej z naszej strony, do wyrażenia własnego stanowiska i do zakwestionowania decyzji (art. 22 ust. 3 RODO).`,

  // Each stands at the start of deviceIntro's second sentence, as its subject.
  deviceLaw: {
    tdddg: t`§ 25 niemieckiej ustawy o ochronie danych w telekomunikacji i usługach cyfrowych (TDDDG)`,
    "tkg-at": t`§ 165 ust. 3 austriackiej ustawy o telekomunikacji z 2021 r. (TKG 2021)`,
    "tw-nl": t`Art. 11.7a niderlandzkiej ustawy o telekomunikacji (Telecommunicatiewet)`,
    "loi-fr": t`Art. 82 francuskiej ustawy o ochronie danych (loi n° 78-17 du 6 janvier 1978, „Informatique et Libertés”)`,
    "codice-it": t`Art. 122 ust. 1 włoskiego kodeksu ochrony danych osobowych (Codice in materia di protezione dei dati personali, dekret ustawodawczy nr 196/2003)`,
    "lssi-es": t`Art. 22 ust. 2 hiszpańskiej ustawy o usługach społeczeństwa informacyjnego (Ley 34/2002, LSSI)`,
    "pke-pl": t`Art. 399 ustawy z dnia 12 lipca 2024 r. – Prawo komunikacji elektronicznej (PKE)`,
    eprivacy: t`Prawo UE (art. 5 ust. 3 dyrektywy 2002/58/WE o prywatności i łączności elektronicznej, w brzmieniu wdrożonym w poszczególnych państwach członkowskich)`,
    fmg: t`Art. 45c szwajcarskiej ustawy o telekomunikacji (Fernmeldegesetz, FMG)`,
    pecr: t`Przepis 6 brytyjskiego rozporządzenia Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR)`,
  },
  deviceIntro: (law) =>
    t`Niektóre funkcje zapisują informacje na Państwa urządzeniu końcowym lub odczytują zapisane na nim informacje, na przykład w plikach cookie lub w pamięci lokalnej przeglądarki. ${law} zezwala na to wyłącznie za Państwa zgodą, chyba że jest to bezwzględnie niezbędne do świadczenia usługi, której Państwo wyraźnie zażądali, lub służy wyłącznie przesłaniu komunikatu.`,
  deviceAfterwards: t`Co dzieje się z danymi później i na jakiej podstawie prawnej wynikającej z RODO, wyjaśniamy przy każdej usłudze.`,
  deviceParties: t`„Nasza domena” oznacza, że informacja jest zapisywana w domenie naszej strony internetowej, także wtedy, gdy ustawia ją skrypt innego dostawcy na naszych stronach (tabela wskazuje, kto ją ustawia); „domena innego dostawcy” – że jest zapisywana w domenie innego dostawcy.`,
  deviceCaption: "Pliki cookie i podobne technologie: kto je ustawia, w jakim celu, na jak długo i na jakiej podstawie prawnej",
  deviceHeader: {
    name: "Nazwa",
    type: "Rodzaj",
    setBy: "Ustawiane przez",
    purpose: "Cel",
    duration: "Okres przechowywania",
    ground: "Podstawa prawna",
  },
  deviceTechnology: {
    cookie: "Plik cookie",
    "local-storage": "Pamięć lokalna",
    "session-storage": "Pamięć sesji",
    "indexed-db": "IndexedDB",
    pixel: "Piksel śledzący",
    sdk: "SDK",
    fingerprinting: "Fingerprinting",
  },
  deviceParty: { first: "nasza domena", third: "domena innego dostawcy" },
  deviceSession: "do końca sesji przeglądarki",
  devicePersistent: "dopóki nie usuną ich Państwo w przeglądarce",
  deviceUnconfirmed: "niepotwierdzone przez dostawcę",
  deviceGround: {
    tdddg: {
      consent: "Zgoda (§ 25 ust. 1 TDDDG)",
      "strictly-necessary": "Bezwzględnie niezbędne (§ 25 ust. 2 pkt 2 TDDDG)",
      transmission: "Przesłanie komunikatu (§ 25 ust. 2 pkt 1 TDDDG)",
    },
    "tkg-at": {
      consent: "Zgoda (§ 165 ust. 3 TKG 2021)",
      "strictly-necessary": "Bezwzględnie niezbędne (§ 165 ust. 3 TKG 2021)",
      transmission: "Przesłanie komunikatu (§ 165 ust. 3 TKG 2021)",
    },
    "tw-nl": {
      consent: "Zgoda (art. 11.7a ust. 1 Telecommunicatiewet)",
      "strictly-necessary": "Bezwzględnie niezbędne (art. 11.7a ust. 3 lit. b Telecommunicatiewet)",
      transmission: "Przesłanie komunikatu (art. 11.7a ust. 3 lit. a Telecommunicatiewet)",
    },
    "loi-fr": {
      consent: "Zgoda (art. 82 Loi 78-17)",
      "strictly-necessary": "Bezwzględnie niezbędne (art. 82 Loi 78-17)",
      transmission: "Przesłanie komunikatu (art. 82 Loi 78-17)",
    },
    "codice-it": {
      consent: "Zgoda (art. 122 ust. 1 Codice)",
      "strictly-necessary": "Bezwzględnie niezbędne (art. 122 ust. 1 Codice)",
      transmission: "Przesłanie komunikatu (art. 122 ust. 1 Codice)",
    },
    "lssi-es": {
      consent: "Zgoda (art. 22 ust. 2 LSSI)",
      "strictly-necessary": "Bezwzględnie niezbędne (art. 22 ust. 2 LSSI)",
      transmission: "Przesłanie komunikatu (art. 22 ust. 2 LSSI)",
    },
    "pke-pl": {
      consent: "Zgoda (art. 399 PKE)",
      "strictly-necessary": "Bezwzględnie niezbędne (art. 399 PKE)",
      transmission: "Przesłanie komunikatu (art. 399 PKE)",
    },
    eprivacy: {
      consent: "Zgoda (art. 5 ust. 3 dyrektywy o prywatności i łączności elektronicznej)",
      "strictly-necessary": "Bezwzględnie niezbędne (art. 5 ust. 3 dyrektywy o prywatności i łączności elektronicznej)",
      transmission: "Przesłanie komunikatu (art. 5 ust. 3 dyrektywy o prywatności i łączności elektronicznej)",
    },
    fmg: {
      consent: "Zgoda (art. 45c lit. b FMG)",
      "strictly-necessary": "Informacja i prawo odmowy (art. 45c lit. b FMG)",
      transmission: "Usługa telekomunikacyjna (art. 45c lit. a FMG)",
    },
    pecr: {
      consent: "Zgoda (pkt 2 załącznika A1 do PECR)",
      "strictly-necessary": "Bezwzględnie niezbędne (pkt 4 załącznika A1 do PECR)",
      transmission: "Przesłanie komunikatu (załącznik A1 do PECR)",
    },
  },
  deviceStatistics: {
    pecr: "Statystyka, z możliwością sprzeciwu (załącznik A1 do PECR)",
    fmg: "Informacja i prawo odmowy (art. 45c lit. b FMG)",
    "tw-nl":
      "Jakość lub skuteczność naszej usługi, bez wpływu lub z niewielkim wpływem na Państwa prywatność (art. 11.7a ust. 3 lit. b Telecommunicatiewet)",
  },
  deviceQualityException: t`Bez zgody zezwala na to również w celu uzyskania informacji o jakości lub skuteczności naszej usługi, jeżeli nie ma to wpływu albo ma jedynie niewielki wpływ na Państwa prywatność.`,
  deviceObject: (see) =>
    t`Mogą Państwo w dowolnym momencie wnieść sprzeciw wobec zapisywania i odczytywania informacji do celów statystycznych ${see}.`,
  deviceWithdraw: (see) => t`Mogą Państwo w dowolnym momencie wycofać zgodę ${see}.`,

  changesIntro: t`Aktualizujemy niniejszą politykę prywatności, gdy zmienia się sposób, w jaki przetwarzamy dane. Zanim zaczniemy przetwarzać Państwa dane w nowym celu, poinformujemy Państwa o tym celu i przekażemy wszelkie inne istotne informacje (art. 13 ust. 3 RODO).`,
  changesVersion: (version, effective) => t`Niniejsza wersja ${version} obowiązuje od ${effective} r.`,
  changesUpdated: (updated) => t`Ostatnia aktualizacja: ${updated} r.`,
  changesHistory: t`Historia zmian:`,
  changeDate: (date) => `${date} r.`,

  contactIntro: t`W sprawach dotyczących ochrony danych lub jeżeli chcą Państwo skorzystać ze swoich praw, prosimy o kontakt:`,
  contactRights: t`Żądania dotyczące wykonania Państwa praw prosimy kierować do:`,
  contactDpo: t`Mogą się Państwo również skontaktować z naszym inspektorem ochrony danych:`,

  index: {
    dataTitle: "Które usługi przetwarzają te dane?",
    dataIntro: t`Dla każdego rodzaju danych przetwarzanych przez usługi: które usługi je przetwarzają, w jakich celach, na jakiej podstawie prawnej i gdzie.`,
    dataNone: t`Żadna usługa nie przetwarza danych osobowych.`,
    dataCategory: (description, key) => t`${description} (${key})`,
    processedBy: (count) => t`Przetwarzane przez ${counted(count, { one: "usługę", few: "usługi", many: "usług" })}:`,
    listedAs: (category, key) => t`podane jako ${category} (${key})`,
    inHouse: "we własnym zakresie, bez udziału innej firmy",
    labels: {
      provider: "Dostawca",
      purpose: "Cel",
      legalBasis: "Podstawa prawna",
      countries: "Miejsce przetwarzania",
      transfers: "Przekazania",
      recipient: "Odbiorca",
      safeguard: "Zabezpieczenie",
      details: "Szczegóły",
    },
    transfersTitle: "Dokąd trafiają dane?",
    transfersIntro: t`Dla każdego państwa spoza UE/EOG, do którego trafiają dane: zabezpieczenia, na których opierają się przekazania, oraz dla każdej usługi informacja, kto otrzymuje tam dane.`,
    transfersNone: t`Polityka nie wymienia żadnych przekazań do państw spoza UE/EOG.`,
    servicesOn: (safeguard, count) => t`${safeguard}: ${counted(count, { one: "usługa", few: "usługi", many: "usług" })}`,
    unconfirmed: "niepotwierdzone w dokumentach dostawcy",
  },
};
