import type { Address } from "../model/party.js";
import type { CountryCode } from "../taxonomy/country.js";
import type { AuthorityFact, SupervisoryAuthority } from "./supervisory-authority.js";

/**
 * The supervisory authority for private companies in each EEA country but Germany (see
 * german-authorities.ts), and Switzerland's FDPIC and the UK's ICO for later use.
 *
 * Facts were read on stored copies of the authorities' own pages on 2026-12-06. For most countries
 * no such page was found: their records keep the datenanfragen.de lead (CC0) with every fact
 * marked unconfirmed, so compose can name the authority only as "unconfirmed" until someone checks.
 */

const checked = "2026-12-06";

interface Lead {
  readonly id: string;
  readonly country: CountryCode;
  readonly lead: string;
  readonly official: string;
  readonly language: string;
  readonly address: Address;
  readonly email?: string;
  readonly phone?: string;
  readonly url: string;
}

/** A record that only the datenanfragen lead supports: every fact it has is unconfirmed. */
function fromLead({ lead, official, language, ...record }: Lead): SupervisoryAuthority {
  const facts: AuthorityFact[] = [
    "name",
    "address",
    ...(record.email ? (["email"] as const) : []),
    ...(record.phone ? (["phone"] as const) : []),
    "url",
  ];
  return {
    ...record,
    competence: "private-sector",
    name: {
      official,
      language,
      en: official,
      de: official,
      note: "No page of the authority's was read: the name as the datenanfragen record gives it stands in both languages.",
    },
    sources: [],
    unconfirmed: facts.map((fact) => ({
      fact,
      note: `From the datenanfragen record "${lead}"; no page of the authority's was found in the stored pages.`,
    })),
    lead,
  };
}

export const europeanAuthorities: readonly SupervisoryAuthority[] = [
  {
    id: "at-dsb",
    country: "AT",
    competence: "private-sector",
    name: {
      official: "Österreichische Datenschutzbehörde",
      language: "de",
      en: "Austrian Data Protection Authority",
      de: "Österreichische Datenschutzbehörde",
      note: 'The English name as the authority\'s English privacy notice gives it ("the Austrian data protection authority (Österreichische Datenschutzbehörde)"), capitalised as a name.',
    },
    address: { street: "Barichgasse 40-42", postalCode: "1030", city: "Wien", country: "AT" },
    email: "dsb@dsb.gv.at",
    phone: "+43 1 52 152-0",
    url: "https://www.dsb.gv.at/",
    // The authority's English site.
    otherDomains: ["data-protection-authority.gv.at"],
    // The English site's copyright notice (© 2017, 2018) still gives the former address, Wickenburggasse 8, 1080 Vienna.
    sources: [
      { url: "https://www.dsb.gv.at/ueber-die-website/datenschutzerklaerung.html", checked, facts: ["name", "address", "email", "phone", "url"] },
      { url: "https://www.data-protection-authority.gv.at/siteinfo/Privacy-policy.html", checked, facts: ["name", "address", "email", "phone"] },
    ],
    unconfirmed: [],
    lead: "atdsb",
  },
  fromLead({
    id: "be-apd-gba",
    country: "BE",
    lead: "beapd",
    official: "Autorité de protection des données de Belgique, Gegevensbeschermingsautoriteit van België",
    language: "fr",
    address: { street: "Drukpersstraat 35", postalCode: "1000", city: "Brussels", country: "BE" },
    email: "contact@apd-gba.be",
    phone: "+32 2 274 48 00",
    url: "https://www.dataprotectionauthority.be/",
  }),
  fromLead({
    id: "bg-cpdp",
    country: "BG",
    lead: "bgcpdp",
    official: "Commission for Personal Data Protection Bulgaria",
    language: "en",
    address: { street: "2 Prof. Tsvetan Lazarov Blvd.", postalCode: "1592", city: "Sofia", country: "BG" },
    email: "kzld@cpdp.bg",
    phone: "+359 2 915 3519",
    url: "https://www.cpdp.bg",
  }),
  fromLead({
    id: "cy-dpc",
    country: "CY",
    lead: "cydp",
    official: "Γραφείο Επιτρόπου Δεδομένων Προσωπικού Χαρακτήρα",
    language: "el",
    address: { street: "Τ.Θ. 23378", postalCode: "1682", city: "Λευκωσία", country: "CY" },
    email: "commissioner@dataprotection.gov.cy",
    phone: "+357 22 818456",
    url: "http://www.dataprotection.gov.cy/",
  }),
  fromLead({
    id: "cz-uoou",
    country: "CZ",
    lead: "czcuooz",
    official: "Úřad pro ochranu osobních údajů",
    language: "cs",
    address: { street: "Pplk. Sochora 27", postalCode: "170 00", city: "Praha 7", country: "CZ" },
    email: "posta@uoou.cz",
    phone: "+420 234 665 111",
    url: "https://www.uoou.cz/",
  }),
  {
    id: "dk-datatilsynet",
    country: "DK",
    competence: "private-sector",
    name: {
      official: "Datatilsynet",
      language: "da",
      en: "Danish Data Protection Agency",
      de: "Datatilsynet",
      note: "No German name of the authority's own was read: the Danish name stands in German.",
    },
    address: { street: "Carl Jacobsens Vej 35", postalCode: "2500", city: "Valby", country: "DK" },
    email: "dt@datatilsynet.dk",
    phone: "+45 33 19 32 00",
    url: "https://www.datatilsynet.dk/",
    sources: [
      {
        url: "https://admin.datatilsynet.dk/kontakt/skriv-til-os/naar-du-skriver-til-os",
        checked,
        facts: ["name", "address", "email", "phone", "url"],
      },
      { url: "https://www.datatilsynet.dk/english/the-danish-data-protection-agency/contact/", checked, facts: ["name", "phone"] },
    ],
    unconfirmed: [],
    lead: "dkdi",
  },
  fromLead({
    id: "ee-aki",
    country: "EE",
    lead: "eeaki",
    official: "Andmekaitse Inspektsioon",
    language: "et",
    address: { street: "39 Tatari St.", postalCode: "10134", city: "Tallinn", country: "EE" },
    email: "info@aki.ee",
    phone: "+372 627 4135",
    url: "http://www.aki.ee/",
  }),
  {
    id: "es-aepd",
    country: "ES",
    competence: "private-sector",
    name: {
      official: "Agencia Española de Protección de Datos",
      language: "es",
      en: "Agencia Española de Protección de Datos",
      de: "Agencia Española de Protección de Datos",
      note: "No English or German name of the authority's own was read: the Spanish name stands in both.",
    },
    address: { street: "C/ Jorge Juan, 6", postalCode: "28001", city: "Madrid", country: "ES" },
    phone: "+34 900 293 183",
    url: "https://www.aepd.es/",
    // The agency's electronic office, where complaints are filed.
    otherDomains: ["sedeagpd.gob.es"],
    sources: [
      // The office's page on filing a complaint: "La Agencia Española de Protección de Datos (AEPD) ha habilitado…".
      { url: "https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesEntidadAll.jsf", checked, facts: ["name"] },
    ],
    unconfirmed: [
      { fact: "address", note: "From the datenanfragen record; no page of the agency's read gives it." },
      { fact: "phone", note: "From the datenanfragen record; no page of the agency's read gives it, and third parties give other numbers." },
      { fact: "url", note: "From the datenanfragen record; no page on aepd.es was read." },
    ],
    lead: "esaepa",
  },
  {
    id: "fi-tietosuoja",
    country: "FI",
    competence: "private-sector",
    name: {
      official: "Tietosuojavaltuutetun toimisto",
      language: "fi",
      en: "Office of the Data Protection Ombudsman",
      de: "Tietosuojavaltuutetun toimisto",
      note: "No German name of the authority's own was read: the Finnish name stands in German.",
    },
    // The postal address; the office is at Lintulahdenkuja 4, 00530 Helsinki.
    address: { street: "PL 800", postalCode: "00531", city: "Helsinki", country: "FI" },
    email: "tietosuoja@om.fi",
    phone: "+358 29 566 6700",
    url: "https://tietosuoja.fi/",
    sources: [
      { url: "https://tietosuoja.fi/yhteystiedot", checked, facts: ["name", "address", "email", "phone", "url"] },
      // The search listing quotes the English contact page (https://tietosuoja.fi/en/contact-information).
      { url: "https://tietosuoja.fi/en/search?q=varautuminen", checked, facts: ["name"] },
    ],
    unconfirmed: [],
    lead: "fitst",
  },
  // The CNIL's name and today's address are in its own publications on GitHub (its innovation lab
  // LINCnil: the PIA software's French text, the help-centre answers of "Mon Assistant CNIL"), but
  // on no cnil.fr page in the stored copies, whose older pages still give the former address (8 rue
  // Vivienne): until a cnil.fr page is read, the record stays a lead.
  {
    id: "fr-cnil",
    country: "FR",
    competence: "private-sector",
    name: {
      official: "Commission nationale de l'informatique et des libertés",
      language: "fr",
      en: "Commission nationale de l'informatique et des libertés",
      de: "Commission nationale de l'informatique et des libertés",
      note: "The CNIL's English page gives its French name, and no German name of its own was read: the French name stands in both.",
    },
    address: { street: "3 Place de Fontenoy, TSA 80715", postalCode: "75334", city: "Paris Cedex 07", country: "FR" },
    phone: "+33 1 53 73 22 22",
    url: "https://www.cnil.fr/",
    sources: [
      // The privacy notice of the CNIL's innovation lab, on a subdomain of cnil.fr: "Commission nationale de
      // l'informatique et des libertés … 3 Place de Fontenoy TSA 80715 75334 PARIS CEDEX 07".
      { url: "https://linc.cnil.fr/en/personal-data", checked, facts: ["name", "address"] },
      {
        url: "https://cnil.fr/fr/le-laboratoire-dinnovation-numerique-de-la-cnil-publie-son-programme-de-recherche-20222023",
        checked,
        facts: ["url"],
      },
    ],
    unconfirmed: [
      {
        fact: "phone",
        note: "From the datenanfragen record; only an undated old cnil.fr page read gives it, and that page's address is out of date.",
      },
    ],
    lead: "frcnil",
  },
  fromLead({
    id: "gr-hdpa",
    country: "GR",
    lead: "grdpa",
    official: "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
    language: "el",
    address: { street: "Kifissias 1 – 3", postalCode: "115 23", city: "Athens", country: "GR" },
    email: "complaints@dpa.gr",
    phone: "+30 21 0647 5600",
    url: "https://www.dpa.gr/",
  }),
  fromLead({
    id: "hr-azop",
    country: "HR",
    lead: "hrazop",
    official: "Agencija za zaštitu osobnih podataka",
    language: "hr",
    address: { street: "Selska cesta 136", postalCode: "10 000", city: "Zagreb", country: "HR" },
    email: "azop@azop.hr",
    phone: "+385 1 4609 000",
    url: "https://azop.hr/",
  }),
  fromLead({
    id: "hu-naih",
    country: "HU",
    lead: "hunaih",
    official: "Nemzeti Adatvédelmi és Információszabadság Hatóság",
    language: "hu",
    address: { street: "Pf.: 9.", postalCode: "1363", city: "Budapest", country: "HU" },
    email: "ugyfelszolgalat@naih.hu",
    phone: "+36 1 391 1400",
    url: "https://www.naih.hu/",
  }),
  {
    id: "ie-dpc",
    country: "IE",
    competence: "private-sector",
    name: {
      official: "Data Protection Commission",
      language: "en",
      en: "Data Protection Commission",
      de: "Data Protection Commission",
      note: "No German name of the authority's own was read: the English name stands in German too.",
    },
    // The DPC also has an office at Canal House, Station Road, Portarlington, Co. Laois (R32 AP23).
    address: { street: "21 Fitzwilliam Square South", postalCode: "D02 RD28", city: "Dublin 2", country: "IE" },
    email: "info@dataprotection.ie",
    phone: "+353 1800 437 737",
    url: "https://www.dataprotection.ie/",
    sources: [
      {
        url: "https://dataprotection.ie/en/about-our-site/data-protection-statement",
        checked,
        updated: "2023-08",
        facts: ["name", "address", "url"],
      },
    ],
    unconfirmed: [
      { fact: "email", note: "From the datenanfragen record; the part of the DPC's data protection statement read gives no e-mail address." },
      { fact: "phone", note: "From the datenanfragen record; not on the page read." },
    ],
    lead: "iedpc",
  },
  fromLead({
    id: "is-personuvernd",
    country: "IS",
    lead: "isdpa",
    official: "Persónuvernd",
    language: "is",
    address: { street: "Rauðarárstígur 10", postalCode: "105", city: "Reykjavík", country: "IS" },
    email: "postur@personuvernd.is",
    phone: "+354 510 9600",
    url: "https://www.personuvernd.is/",
  }),
  {
    id: "it-garante",
    country: "IT",
    competence: "private-sector",
    name: {
      official: "Garante per la protezione dei dati personali",
      language: "it",
      en: "Italian Data Protection Authority",
      de: "Garante per la protezione dei dati personali",
      note: "No German name of the authority's own was read: the Italian name stands in German.",
    },
    address: { street: "Piazza Venezia 11", postalCode: "00187", city: "Roma", country: "IT" },
    // The ordinary address; protocollo@pec.gpdp.it (the datenanfragen record's) is for certified e-mail (PEC).
    email: "protocollo@gpdp.it",
    phone: "+39 06 696771",
    url: "https://www.garanteprivacy.it/",
    // The Garante's e-mail domain, which also carries its G7 2024 site.
    otherDomains: ["gpdp.it"],
    sources: [
      {
        url: "https://garanteprivacy.it/web/guest/home/docweb/-/docweb-display/docweb/9899898",
        checked,
        updated: "2023-05-17",
        facts: ["name", "url"],
      },
      { url: "https://g7privacy2024.gpdp.it/privacy-policy/?lang=en", checked, facts: ["name", "address", "email", "phone"] },
    ],
    unconfirmed: [],
    lead: "itgpdp",
  },
  fromLead({
    id: "li-dss",
    country: "LI",
    lead: "lidss",
    official: "Datenschutzstelle (DSS) Fürstentum Liechtenstein",
    language: "de",
    address: { street: "Städtle 38, Postfach 684", postalCode: "9490", city: "Vaduz", country: "LI" },
    email: "info.dss@llv.li",
    phone: "+423 236 60 90",
    url: "https://www.datenschutzstelle.li/",
  }),
  fromLead({
    id: "lt-vdai",
    country: "LT",
    lead: "ltada",
    official: "Valstybinė duomenų apsaugos inspekcija",
    language: "lt",
    address: { street: "L. Sapiegos str. 17", postalCode: "10312", city: "Vilnius", country: "LT" },
    email: "ada@ada.lt",
    phone: "+370 5 271 2804",
    url: "https://vdai.lrv.lt/",
  }),
  {
    id: "lu-cnpd",
    country: "LU",
    competence: "private-sector",
    name: {
      official: "Commission nationale pour la protection des données",
      language: "fr",
      en: "National Data Protection Commission",
      de: "Commission nationale pour la protection des données",
      note: "No German name of the authority's own was read: the French name stands in German.",
    },
    address: { street: "15, Boulevard du Jazz", postalCode: "L-4370", city: "Belvaux", country: "LU" },
    email: "info@cnpd.lu",
    phone: "+352 26 10 60-1",
    url: "https://cnpd.public.lu/",
    sources: [{ url: "https://cnpd.public.lu/en/support/protection-des-donnees.html", checked, facts: ["name", "address", "email", "phone", "url"] }],
    unconfirmed: [],
    lead: "lucnpd",
  },
  fromLead({
    id: "lv-dvi",
    country: "LV",
    lead: "lvdvi",
    official: "Datu valsts inspekcija",
    language: "lv",
    address: { street: "Elijas iela 17", postalCode: "LV-1050", city: "Riga", country: "LV" },
    email: "pasts@dvi.gov.lv",
    phone: "+371 67 223 131",
    url: "https://www.dvi.gov.lv/",
  }),
  fromLead({
    id: "mt-idpc",
    country: "MT",
    lead: "mtidpc",
    official: "Office of the Information and Data Protection Commissioner",
    language: "en",
    address: { street: "Floor 2, Airways House, Triq Il-Kbira", postalCode: "SLM 1549", city: "Tas-Sliema", country: "MT" },
    email: "idpc.info@idpc.org.mt",
    phone: "+356 2328 7100",
    url: "https://idpc.org.mt/",
  }),
  {
    id: "nl-ap",
    country: "NL",
    competence: "private-sector",
    name: {
      official: "Autoriteit Persoonsgegevens",
      language: "nl",
      en: "Autoriteit Persoonsgegevens",
      de: "Autoriteit Persoonsgegevens",
      note: 'The AP uses its Dutch name in English too ("As Autoriteit Persoonsgegevens (AP), we ..."); no German name of its own was read: the Dutch name stands in German.',
    },
    address: { street: "Postbus 93374", postalCode: "2509 AJ", city: "Den Haag", country: "NL" },
    email: "info@autoriteitpersoonsgegevens.nl",
    // The free number the AP gives for questions before a complaint; the datenanfragen record's
    // +31 70 888 8500 is on no page of the AP's read.
    phone: "+31 88 180 5250",
    url: "https://autoriteitpersoonsgegevens.nl/",
    sources: [
      { url: "https://www.autoriteitpersoonsgegevens.nl/de-ap-en-privacy/privacyverklaring-ap", checked, updated: "2024-05", facts: ["name", "url"] },
      { url: "https://www.autoriteitpersoonsgegevens.nl/en/node/4190", checked, facts: ["name"] },
      {
        url: "https://www.autoriteitpersoonsgegevens.nl/nl/zelf-doen/gebruik-uw-privacyrechten/klacht-indienen-bij-de-ap",
        checked,
        facts: ["address", "phone"],
      },
    ],
    unconfirmed: [{ fact: "email", note: "From the datenanfragen record; not on the pages read." }],
    lead: "nlap",
  },
  {
    id: "no-datatilsynet",
    country: "NO",
    competence: "private-sector",
    name: {
      official: "Datatilsynet",
      language: "no",
      en: "Datatilsynet",
      de: "Datatilsynet",
      note: "No English or German name of the authority's own was read: the Norwegian name stands in both.",
    },
    address: { street: "Postboks 458 Sentrum", postalCode: "0105", city: "Oslo", country: "NO" },
    email: "postkasse@datatilsynet.no",
    phone: "+47 22 39 69 00",
    url: "https://www.datatilsynet.no/",
    sources: [
      {
        url: "https://www.datatilsynet.no/Om-Datatilsynet/Kontakt-oss/Hvordan-kan-jeg-klage-til-Datatilsynet/",
        checked,
        facts: ["name", "address", "url"],
      },
    ],
    unconfirmed: [
      { fact: "email", note: "From the datenanfragen record; not on the pages read." },
      { fact: "phone", note: "From the datenanfragen record; not on the pages read." },
    ],
    lead: "nods",
  },
  {
    id: "pl-uodo",
    country: "PL",
    competence: "private-sector",
    name: {
      official: "Urząd Ochrony Danych Osobowych",
      language: "pl",
      en: "Personal Data Protection Office",
      de: "Urząd Ochrony Danych Osobowych",
      note: "No German name of the authority's own was read: the Polish name stands in German.",
    },
    address: { street: "ul. Stawki 2", postalCode: "00-193", city: "Warszawa", country: "PL" },
    email: "kancelaria@uodo.gov.pl",
    phone: "+48 22 531 03 00",
    url: "https://www.uodo.gov.pl/",
    sources: [
      { url: "https://www.uodo.gov.pl/decyzje/ZSZZS.440.592.2018", checked, updated: "2019-06-11", facts: ["name", "url"] },
      { url: "https://uodo.gov.pl/en/p/for-citizens", checked, facts: ["name"] },
    ],
    // ceecprivacy.org (the Central and Eastern European authorities' site, which names the office as its
    // administrator) gives all three as here; no page on uodo.gov.pl read does.
    unconfirmed: [
      { fact: "address", note: "From the datenanfragen record; on ceecprivacy.org, not on the uodo.gov.pl pages read." },
      { fact: "email", note: "From the datenanfragen record; on ceecprivacy.org, not on the uodo.gov.pl pages read." },
      { fact: "phone", note: "From the datenanfragen record; on ceecprivacy.org, not on the uodo.gov.pl pages read." },
    ],
    lead: "plgiodo",
  },
  fromLead({
    id: "pt-cnpd",
    country: "PT",
    lead: "ptcnpd",
    official: "Comissão Nacional de Protecção de Dados",
    language: "pt",
    address: { street: "Av. D. Carlos I, 134 - 1.º", postalCode: "1200-651", city: "Lisboa", country: "PT" },
    email: "geral@cnpd.pt",
    phone: "+351 21 392 8400",
    url: "https://www.cnpd.pt/",
  }),
  fromLead({
    id: "ro-anspdcp",
    country: "RO",
    lead: "roanspdcp",
    official: "Autoritatea Naţională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
    language: "ro",
    address: { street: "B-dul G-ral. Gheorghe Magheru 28-30, Sector 1", postalCode: "010336", city: "Bucuresti", country: "RO" },
    email: "anspdcp@dataprotection.ro",
    phone: "+40 31 805 9211",
    url: "https://www.dataprotection.ro/",
  }),
  {
    id: "se-imy",
    country: "SE",
    competence: "private-sector",
    name: {
      official: "Integritetsskyddsmyndigheten",
      language: "sv",
      en: "Swedish Authority for Privacy Protection",
      de: "Integritetsskyddsmyndigheten",
      note: "No German name of the authority's own was read: the Swedish name stands in German.",
    },
    address: { street: "Box 8114", postalCode: "104 20", city: "Stockholm", country: "SE" },
    email: "imy@imy.se",
    phone: "+46 8 657 61 00",
    url: "https://www.imy.se/",
    sources: [
      { url: "https://www.imy.se/om-oss/etjanst-avbrott/", checked, facts: ["name", "address", "url"] },
      {
        url: "https://www.imy.se/en/about-this-website/how-swedish-authority-for-privacy-protection-processes-personal-data/",
        checked,
        facts: ["name", "address"],
      },
    ],
    unconfirmed: [
      { fact: "email", note: "From the datenanfragen record; the IMY pages read give only the DPO's address (dso@imy.se)." },
      { fact: "phone", note: "From the datenanfragen record; not on the pages read." },
    ],
    lead: "sedi",
  },
  fromLead({
    id: "si-ip",
    country: "SI",
    lead: "siiprs",
    official: "Informacijski pooblaščenec",
    language: "sl",
    address: { street: "Dunajska cesta 22", postalCode: "1000", city: "Ljubljana", country: "SI" },
    email: "gp.ip@ip-rs.si",
    phone: "+386 1 230 97 30",
    url: "https://www.ip-rs.si/",
  }),
  fromLead({
    id: "sk-uoou",
    country: "SK",
    lead: "skunoou",
    official: "Úrad na ochranu osobných údajov Slovenskej republiky",
    language: "sk",
    address: { street: "Hraničná 12", postalCode: "820 07", city: "Bratislava 27", country: "SK" },
    email: "statny.dozor@pdp.gov.sk",
    phone: "+421 2 323 132 14",
    url: "https://dataprotection.gov.sk/uoou/",
  }),
  {
    id: "ch-edoeb",
    country: "CH",
    competence: "private-sector",
    name: {
      official: "Der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte",
      language: "de",
      en: "Federal Data Protection and Information Commissioner",
      de: "Der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte",
    },
    address: { street: "Feldeggweg 1", postalCode: "3003", city: "Bern", country: "CH" },
    phone: "+41 58 462 43 95",
    url: "https://www.edoeb.admin.ch/",
    sources: [
      // Also says the FDPIC supervises the processing of companies and private organisations.
      { url: "https://www.edoeb.admin.ch/edoeb/de/home/der-edoeb/auftrag.html", checked, facts: ["name", "url"] },
      { url: "https://www.edoeb.admin.ch/edoeb/en/home/datenschutzerklaerung.html", checked, facts: ["name"] },
    ],
    unconfirmed: [
      {
        fact: "address",
        note: "From the datenanfragen record; a 2009 judgment of the Federal Administrative Court (weblaw.ch) gives the same; no FDPIC page read gives it.",
      },
      { fact: "phone", note: "From the datenanfragen record; not on the pages read." },
    ],
    lead: "chedoeb",
  },
  {
    id: "gb-ico",
    country: "GB",
    competence: "private-sector",
    name: {
      official: "Information Commissioner's Office",
      language: "en",
      en: "Information Commissioner's Office",
      de: "Information Commissioner's Office",
      note: "No German name of the authority's own was read: the English name stands in German too.",
    },
    nameChanges: [
      {
        name: {
          official: "Information Commission",
          language: "en",
          en: "Information Commission",
          de: "Information Commission",
          note: "The name the Data (Use and Access) Act 2025 gives; no German name.",
        },
        from: null,
        note: "The Data (Use and Access) Act 2025 (ss. 117-119) abolishes the office of the Information Commissioner and transfers its functions to the Information Commission. The consequential amendments (S.I. 2026/386) come into force when section 119 is fully brought into force. No regulations commencing section 119 were read on a primary source (checked 2026-12-06). Leads (research notes in public repositories) report S.I. 2026/1015 bringing sections 118 and 119 into force on 30 September 2026, and the ICO saying it keeps the name ICO; until that instrument is read, no date is stated.",
        source: "https://www.legislation.gov.uk/uksi/2026/386/body/made",
      },
    ],
    address: { street: "Wycliffe House, Water Lane", postalCode: "SK9 5AF", city: "Wilmslow", country: "GB" },
    phone: "+44 303 123 1113",
    url: "https://ico.org.uk/",
    otherDomains: ["cy.ico.org.uk"],
    sources: [
      {
        url: "https://cy.ico.org.uk/about-the-ico/media-centre/news-and-blogs/2025/08/ico-launches-consultations-for-data-use-and-access-act-2025-amendments",
        checked,
        updated: "2025-08-21",
        // It calls the authority the Information Commissioner's Office, but as of its own date: see unconfirmed.
        facts: ["url"],
      },
      // "When you call our main helpline (0303 123 1113), ..." The stored copy shows no date of its own.
      { url: "https://ico.org.uk/global/privacy-notice/how-you-can-contact-us/", checked, facts: ["phone"] },
    ],
    unconfirmed: [
      {
        fact: "name",
        note: "The newest ICO pages read (12 February 2026, complaints guidance) still call it the Information Commissioner's Office; whether the Information Commission has taken over by today is not confirmed (see nameChanges).",
      },
      {
        fact: "address",
        note: 'From the datenanfragen record. ICO pages read give a postal address beginning "Information Commissioner\'s Office, Wycliffe House, Wate…", but every stored copy is cut off before the town and postcode.',
      },
    ],
    lead: "gbico",
  },
];
