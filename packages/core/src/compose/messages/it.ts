import { t } from "../inline.js";
import { formatList } from "../format.js";
import type { Messages } from "./messages.js";

// Italiano: i termini del RGPD nel testo ufficiale italiano (titolare del trattamento,
// responsabile del trattamento, contitolari, paese terzo, autorità di controllo, diritto di
// opposizione; vedi glossary/it.json), frasi brevi, il lettore si chiama con il «Lei» di cortesia,
// con le maiuscole (Lei, La, Le, Suo). Le citazioni seguono lo stile del Garante: «art. 6, par. 1,
// lett. f), del RGPD». I nomi (società, prodotti) non prendono articoli né preposizioni articolate:
// stanno come soggetto, dopo «di»/«a»/«con» semplici o dopo i due punti.

const titles = {
  overview: "Panoramica",
  controller: "Titolare del trattamento",
  representative: "Rappresentante nell'Unione europea",
  jointControllers: "Contitolari del trattamento",
  dpo: "Responsabile della protezione dei dati",
  summary: "I nostri servizi in sintesi",
  services: "I servizi nel dettaglio",
  recipients: "Destinatari dei Suoi dati",
  transfers: "Trasferimenti verso paesi terzi",
  retention: "Periodo di conservazione",
  rights: "I Suoi diritti",
  objection: "Diritto di opposizione",
  consent: "Revoca del consenso",
  complaint: "Diritto di proporre reclamo a un'autorità di controllo",
  automatedDecisions: "Processi decisionali automatizzati e profilazione",
  deviceAccess: "Cookie e tecnologie analoghe",
  changes: "Modifiche alla presente informativa",
  contact: "Contatti",
} as const;

/**
 * La preposizione articolata davanti a una data: «dal 1° dicembre», ma «dall'8 dicembre» e
 * «dall'11 dicembre» (i numeri che cominciano per vocale).
 */
export function dal(date: string): string {
  return /^(?:8|11)\s/u.test(date) ? `dall'${date}` : `dal ${date}`;
}

/** L'articolo davanti a una data: «il 1° dicembre», «l'8 dicembre», «l'11 dicembre». */
function il(date: string): string {
  return /^(?:8|11)\s/u.test(date) ? `l'${date}` : `il ${date}`;
}

/** «su» articolato davanti a una citazione: «sull'art. 9 …», «sul § 25 …». */
function su(citation: string): string {
  if (/^art/iu.test(citation)) return `sull'${citation}`;
  if (citation.startsWith("§")) return `sul ${citation}`;
  return `su ${citation}`;
}

/**
 * Il nome italiano di una decisione di adeguatezza: «decisione 2002/2/CE della Commissione»,
 * «decisione di esecuzione (UE) 2023/1795 della Commissione» (le sigle CE e UE come nella GU).
 */
function adequacyDecisionName(decision: string, reference: string): string {
  const number = reference.replace(/\/EC$/u, "/CE").replace(/\/EU$/u, "/UE");
  if (decision.startsWith("Commission Implementing Decision")) {
    return `decisione di esecuzione ${decision.includes("(EU)") ? "(UE) " : ""}${number} della Commissione`;
  }
  return `decisione ${number} della Commissione`;
}

export const it: Messages = {
  documentTitle: "Informativa sul trattamento dei dati personali",
  titles,
  see: (title) => t`(si veda «${title}»)`,
  untranslated: {
    en: "(solo in inglese)",
    de: "(solo in tedesco)",
    fr: "(solo in francese)",
    it: "(solo in italiano)",
    es: "(solo in spagnolo)",
    nl: "(solo in neerlandese)",
    pl: "(solo in polacco)",
  },

  email: "Posta elettronica",
  phone: "Telefono",
  website: "Sito web",

  overviewIntro: (controller) =>
    t`La presente informativa spiega come ${controller.name} tratta i Suoi dati personali: quali servizi utilizziamo, quali dati vengono trattati, per quali finalità e su quale base giuridica, per quanto tempo e dove sono conservati i dati e quali diritti Lei ha.`,
  overviewNationalAct: {
    bdsg: t`Oltre al Regolamento generale sulla protezione dei dati (RGPD) si applica, nella misura in cui lo integra, la legge federale tedesca sulla protezione dei dati (Bundesdatenschutzgesetz, BDSG).`,
    "dsg-at": t`Oltre al Regolamento generale sulla protezione dei dati (RGPD) si applica, nella misura in cui lo integra, la legge austriaca sulla protezione dei dati (Datenschutzgesetz, DSG).`,
    "dpa-2018": t`Oltre al Regolamento generale sulla protezione dei dati del Regno Unito (UK GDPR) si applica, nella misura in cui lo integra, il Data Protection Act 2018.`,
    "loi-78-17": t`Oltre al Regolamento generale sulla protezione dei dati (RGPD) si applica, nella misura in cui lo integra, la legge francese sulla protezione dei dati (loi n° 78-17 du 6 janvier 1978, «Informatique et Libertés»).`,
    "codice-privacy": t`Oltre al Regolamento generale sulla protezione dei dati (RGPD) si applica, nella misura in cui lo integra, il Codice in materia di protezione dei dati personali (decreto legislativo 30 giugno 2003, n. 196).`,
    lopdgdd: t`Oltre al Regolamento generale sulla protezione dei dati (RGPD) si applica, nella misura in cui lo integra, la legge organica spagnola sulla protezione dei dati (Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales, LOPDGDD).`,
    uavg: t`Oltre al Regolamento generale sulla protezione dei dati (RGPD) si applica, nella misura in cui lo integra, la legge olandese di attuazione del RGPD (Uitvoeringswet Algemene verordening gegevensbescherming, UAVG).`,
    "ustawa-odo-2018": t`Oltre al Regolamento generale sulla protezione dei dati (RGPD) si applica, nella misura in cui lo integra, la legge polacca sulla protezione dei dati personali (ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych).`,
  },
  overviewVersion: (version, effective) => t`Versione ${version}, in vigore ${dal(effective)}.`,
  overviewUpdated: (updated) => t`Ultimo aggiornamento: ${updated}.`,
  overviewObjection: (see) => t`Tenga presente che ha il diritto di opporsi ad alcuni di questi trattamenti ${see}.`,
  controllerIntro: t`Il titolare del trattamento dei Suoi dati personali ai sensi del Regolamento generale sulla protezione dei dati (RGPD) è:`,
  representativeIntro: t`Poiché non siamo stabiliti nell'Unione europea, abbiamo designato un rappresentante nell'Unione (art. 27 del RGPD). Può rivolgersi al nostro rappresentante per qualsiasi questione relativa al trattamento dei Suoi dati personali:`,
  jointControllersIntro: t`Per alcuni trattamenti determiniamo insieme ad altre organizzazioni le finalità e i mezzi del trattamento dei Suoi dati. In questi casi siamo contitolari del trattamento (art. 26 del RGPD). Ecco le altre organizzazioni e il contenuto essenziale di ciascun accordo:`,
  jointControllersEssence: (essence) => t`${essence}`,
  jointControllersRights: t`Lei può esercitare i Suoi diritti nei nostri confronti e nei confronti di ciascuno degli altri titolari del trattamento (art. 26, par. 3, del RGPD).`,
  dpoIntro: t`Può contattare il nostro responsabile della protezione dei dati ai seguenti recapiti:`,
  summaryIntro: t`La tabella elenca tutti i servizi nell'ambito dei quali sono trattati i Suoi dati personali. Più avanti descriviamo ciascuno nel dettaglio.`,
  summaryCaption: "I servizi, le loro finalità, la base giuridica, i dati, per quanto tempo sono conservati e dove",
  summaryHeader: {
    service: "Servizio",
    purposes: "Finalità",
    legalBasis: "Base giuridica",
    data: "Dati",
    retention: "Periodo di conservazione",
    countries: "Luogo del trattamento",
  },
  purposeBasis: (purpose, citation) => t`${purpose}: ${citation}`,

  servicesIntro: t`Per ciascun servizio spieghiamo qui di che cosa si tratta, perché lo utilizziamo, quali dati tratta, per quanto tempo e dove sono conservati i dati, come può farli cancellare od opporsi al trattamento e su quale base giuridica il trattamento si fonda.`,
  serviceTitles: {
    about: (subject) => t`Che cos'è ${subject}?`,
    purposes: (subject) => t`Perché utilizziamo ${subject}?`,
    data: (subject) => t`Quali dati tratta ${subject}?`,
    storage: "Per quanto tempo e dove sono conservati i dati?",
    deletion: "Come posso far cancellare i miei dati od oppormi al trattamento?",
    legalBasis: "Base giuridica",
  },
  inHouseTitles: {
    about: t`Di che cosa si tratta?`,
    purposes: t`Perché trattiamo i dati?`,
    data: t`Quali dati vengono trattati?`,
  },

  inHouse: t`Effettuiamo noi stessi questo trattamento.`,
  selfHosted: (software, maker) =>
    maker === undefined
      ? t`Gestiamo ${software} in proprio, come parte del nostro sito web. I dati che tratta non escono dal nostro sito web.`
      : t`Gestiamo ${software} in proprio, come parte del nostro sito web. I dati che tratta non escono dal nostro sito web: il produttore, ${maker.name}, non ne riceve nessuno.`,
  providerIntro: t`Il fornitore è:`,
  providerIntroUnconfirmed: t`Dalla documentazione del fornitore non risulta con chiarezza con quale delle sue società abbiamo concluso il contratto. Per quanto ci risulta, si tratta di:`,
  roleProcessor: (entity) =>
    t`${entity.name} tratta i dati in qualità di nostro responsabile del trattamento, cioè soltanto per nostro conto e secondo le nostre istruzioni (art. 28 del RGPD).`,
  roleJointController: (entity) =>
    t`Noi e ${entity.name} determiniamo congiuntamente le finalità e i mezzi del trattamento; siamo quindi contitolari del trattamento (art. 26 del RGPD). Lei può esercitare i Suoi diritti nei nostri confronti o nei confronti di ${entity.name}.`,
  roleController: (entity) =>
    t`${entity.name} decide da sé che cosa fare dei dati che riceve e ne risponde in qualità di titolare autonomo del trattamento.`,
  rolesIntro: (entity) => t`${entity.name} svolge più di un ruolo:`,
  // L'ambito viene per primo, come delimitazione del ruolo; «per quanto riguarda» non si fonde con l'articolo che lo apre.
  roleForProcessor: (scope, entity) =>
    t`Per quanto riguarda ${scope}, ${entity.name} è nostro responsabile del trattamento e agisce soltanto per nostro conto e secondo le nostre istruzioni (art. 28 del RGPD).`,
  roleForController: (scope, entity) =>
    t`Per quanto riguarda ${scope}, ${entity.name} è titolare autonomo del trattamento: decide da sé che cosa fare dei dati e ne risponde.`,
  roleForJointController: (scope, entity) =>
    t`Noi e ${entity.name} siamo contitolari del trattamento (art. 26 del RGPD) per quanto riguarda ${scope}.`,
  jointArrangement: (arrangement) => t`Il contenuto del nostro accordo: ${arrangement}`,
  jointArrangementAt: (link) => t`L'accordo: ${link}`,
  jointRights: (entity) => t`Lei può esercitare i Suoi diritti nei nostri confronti o nei confronti di ${entity.name}.`,
  providerRepresentative: t`Il rappresentante del fornitore nell'Unione (art. 27 del RGPD) è:`,
  parentReceives: (parent) => t`I dati pervengono anche a: ${parent}.`,
  providerPrivacyPolicy: (link) => t`Informativa sulla privacy del fornitore: ${link}`,
  otherRecipients: t`Altri destinatari dei dati:`,

  purposesIntro: t`Trattiamo i dati per le seguenti finalità:`,

  dataIntro: t`Sono trattati i seguenti dati personali:`,
  dataGroups: {
    provided: "Dati da Lei forniti",
    received: "Dati che riceviamo da altri",
    automatic: "Dati raccolti automaticamente",
    usage: "Dati di utilizzo e metadati",
    content: "Contenuti da Lei creati o condivisi",
  },
  dataSource: (source) => t`fonte: ${source}`,
  receivedFrom: (sources) => t`Da chi riceviamo questi dati: ${sources}.`,
  specialCategory: t`una categoria particolare di dati personali (art. 9, par. 1, del RGPD)`,
  dataSubjects: (subjects) => t`Interessati: ${subjects}.`,
  sourcesIntro: t`Provenienza dei dati:`,
  sourceDataSubject: t`Da Lei`,
  sourceThirdParty: t`Da terzi`,
  sourcePublic: t`Da fonti accessibili al pubblico`,
  provisionTitle: "Deve fornire i dati?",
  provision: {
    statutory: t`Sì, per legge: la comunicazione dei dati è un obbligo legale.`,
    contractual: t`Sì, in base al nostro contratto con Lei: la comunicazione dei dati è un obbligo contrattuale, non legale.`,
    precontractual: t`I dati ci servono per concludere un contratto con Lei. Lei non ha l'obbligo di fornirli.`,
    voluntary: t`No, la comunicazione dei dati è facoltativa.`,
  },
  provisionWithout: {
    statutory: t`Senza i dati non possiamo procedere, perché la legge li richiede a tal fine.`,
    contractual: t`Senza i dati non possiamo eseguire il contratto.`,
    precontractual: t`Senza i dati non possiamo concludere un contratto con Lei.`,
  },

  retentionFor: (duration) => t`Conserviamo i dati per ${duration}.`,
  retentionUntil: (until) => t`Conserviamo i dati fino a quando ${until}.`,
  retentionAfter: (duration, until) => t`Cancelliamo i dati ${duration} dopo che ${until}.`,
  retentionNone: t`Conserviamo i dati solo per il tempo necessario alle finalità descritte.`,
  retentionExceptionsIntro: t`Per una parte dei dati vale un periodo di conservazione diverso:`,
  retentionShortUntil: (until) => t`fino a quando ${until}`,
  retentionShortAfter: (duration, until) => t`${duration} dopo che ${until}`,
  retentionShortNone: t`per il tempo necessario alle finalità`,
  countries: (countries) => t`Paesi in cui sono trattati i dati: ${countries}.`,
  transfersIntro: t`I dati sono trasferiti verso paesi al di fuori dell'Unione europea (UE) e dello Spazio economico europeo (SEE):`,
  noTransfers: t`I dati non sono trasferiti verso paesi al di fuori dell'Unione europea (UE) e dello Spazio economico europeo (SEE).`,
  transfersUnknown: t`Dalla documentazione del fornitore non risulta con chiarezza se i dati siano trattati anche in altri paesi.`,
  transfersIncomplete: t`Dalla documentazione del fornitore non risulta con chiarezza se i dati giungano anche in paesi diversi da quelli indicati.`,

  transferRecipient: (recipient) => t`destinatario: ${recipient}`,
  adequacyDecisionName,
  adequacyDecision: (decision) => t`L'adeguatezza è stata constatata con la ${decision}.`,
  adequacyScope: (scope) => t`La decisione si applica soltanto a ${scope}.`,
  adequacyNone: t`Per questo paese non esiste una decisione di adeguatezza della Commissione europea.`,
  adequacyAlso: (decision) => t`Per questo paese esiste anche una decisione di adeguatezza della Commissione europea (${decision}).`,
  adequacyLimited: (scope) =>
    t`La decisione di adeguatezza della Commissione europea per questo paese si applica soltanto a ${scope}; questo trasferimento si fonda invece sulla base indicata sopra.`,
  transferUnconfirmedShort: "non confermato dalla documentazione del fornitore",
  transferGroundUnconfirmedShort: "la documentazione del fornitore non conferma la base del trasferimento",
  transfersSee: (title, { several, copy }) =>
    t`${several ? "Che cosa significano queste basi" : "Che cosa significa questa base"}${copy ? " e come ottenere una copia delle garanzie" : ""}: si veda «${title}».`,
  dpfExplained: t`Per le organizzazioni certificate nell'ambito del quadro UE-USA per la protezione dei dati personali, la Commissione europea ha stabilito che gli Stati Uniti garantiscono un livello di protezione adeguato. Questi destinatari sono certificati:`,
  adequacyExplained: t`La Commissione europea ha stabilito che questi paesi garantiscono un livello di protezione adeguato:`,
  transfersUnconfirmedTitle: "Trasferimenti non confermati dalla documentazione dei fornitori",
  transfersUnconfirmedIntro: (see) =>
    t`Per questi trasferimenti la documentazione del fornitore non conferma con chiarezza il trasferimento o la base su cui si fonda. Se ce lo chiede, Le diremo ciò che sappiamo ${see}.`,
  derogation: t`Non si applicano garanzie adeguate ai sensi dell'art. 46 del RGPD: il trasferimento è consentito soltanto in deroga, per una situazione specifica.`,
  copyAt: (clauses, link) =>
    clauses ? t`Può consultare le clausole tipo di protezione dei dati qui: ${link}` : t`Può consultare le garanzie qui: ${link}`,
  copyOnRequest: (clauses, see) =>
    clauses ? t`Può chiederci una copia delle clausole tipo di protezione dei dati ${see}.` : t`Può chiederci una copia delle garanzie ${see}.`,

  deletionOptOut: (link) => t`Pagina del fornitore per opporsi (opt-out): ${link}`,
  deletionYouCan: (actions) => t`Lei può ${actions}.`,
  deletionSeeRights: (title) => t`Per la cancellazione dei Suoi dati e per gli altri Suoi diritti, si veda «${title}».`,
  deletionActions: {
    object: (see) => t`opporsi a questo trattamento ${see}`,
    objectTo: (purposes, see) =>
      t`opporsi al trattamento per ${purposes.length === 1 ? "la finalità" : "le finalità"} ${formatList(
        purposes.map((label) => `«${label}»`),
        "it",
      )} ${see}`,
    withdraw: (see) => t`revocare il Suo consenso in qualsiasi momento ${see}`,
    withdrawAt: (link) => t`revocare il Suo consenso in qualsiasi momento nelle nostre impostazioni del consenso (${link})`,
  },

  legalBasisIntro: t`Il trattamento si fonda sulle seguenti basi giuridiche:`,
  legalBasisItem: (citation, label) => t`${citation} (${label})`,
  legitimateInterest: (interest) => t`Il nostro legittimo interesse: ${interest}`,
  specialCondition: (citation, label) => t`Per le categorie particolari di dati personali ci basiamo inoltre ${su(citation)} (${label}).`,
  parentalConsent: (age, how) =>
    age === undefined
      ? t`I minori al di sotto dell'età stabilita dalla legge non possono prestare questo consenso da soli: ai sensi dell'art. 8, par. 1, del RGPD tale età è di 16 anni, salvo che il diritto nazionale ne stabilisca una inferiore, che non può comunque essere inferiore a 13 anni. ${how}`
      : t`I minori di ${String(age.age)} anni non possono prestare questo consenso da soli (${age.citation}): per loro presta il consenso un genitore o un'altra persona che esercita la responsabilità genitoriale, oppure autorizza il consenso del minore. ${how}`,

  recipientsIntro: t`I seguenti destinatari ricevono da noi dati personali:`,
  recipientsNone: t`Trattiamo noi stessi i Suoi dati personali e non li comunichiamo a nessuno, salvo che la legge ci obblighi a farlo.`,
  recipientsProcessors: t`I responsabili del trattamento trattano i dati soltanto per nostro conto e secondo le nostre istruzioni (art. 28 del RGPD).`,
  recipientRoles: {
    processor: (services) => t`Responsabile del trattamento per: ${services}.`,
    "joint-controller": (services) => t`Contitolare del trattamento con noi per: ${services}.`,
    controller: (services) => t`Titolare autonomo del trattamento per: ${services}.`,
    parent: (services) => t`Riceve dati anche per: ${services}.`,
    recipient: (services) => t`Dati provenienti da: ${services}.`,
  },
  recipientJointController: (see) => t`Contitolare del trattamento con noi ${see}.`,
  recipientLegalBasis: (bases) => t`Base giuridica della comunicazione dei dati: ${bases}.`,

  transfersSectionIntro: t`Alcuni servizi trasferiscono dati personali verso paesi al di fuori dell'Unione europea (UE) e dello Spazio economico europeo (SEE), i cosiddetti paesi terzi. Ogni trasferimento si fonda su una delle basi che il RGPD consente (artt. da 44 a 49 del RGPD):`,

  retentionIntro: t`Conserviamo i dati personali per un periodo non superiore a quello necessario per le finalità descritte nella presente informativa. Al termine del periodo di conservazione, cancelliamo i dati. Il periodo di conservazione di ciascun servizio:`,

  rightsIntro: t`Ai sensi del RGPD, Lei ha i seguenti diritti in relazione ai Suoi dati personali. Quali di essi si applichino dipende dalla base giuridica del trattamento; se un diritto si applica solo ad alcuni servizi, li indichiamo.`,
  rights: {
    A15: {
      name: "Accesso",
      text: t`Lei può chiederci se trattiamo dati personali che La riguardano e, in caso affermativo, ottenerne una copia insieme alle informazioni sul trattamento.`,
    },
    A16: {
      name: "Rettifica",
      text: t`Lei può chiederci di rettificare i dati inesatti che La riguardano e di integrare quelli incompleti.`,
    },
    A17: {
      name: "Cancellazione",
      text: t`Lei può chiederci di cancellare i Suoi dati, ad esempio quando non ci sono più necessari per la loro finalità. Vi sono eccezioni, come un obbligo di legge di conservare i dati.`,
    },
    A18: {
      name: "Limitazione del trattamento",
      text: t`Lei può chiederci di limitare il trattamento, ad esempio mentre verifichiamo l'esattezza dei Suoi dati. In tal caso ci limitiamo a conservare i dati e li utilizziamo solo nella misura in cui la legge lo consente.`,
    },
    A19: {
      name: "Notifica ai destinatari",
      text: t`Se rettifichiamo o cancelliamo i Suoi dati o ne limitiamo il trattamento, lo comunichiamo a ciascun destinatario cui abbiamo trasmesso i dati, salvo che ciò si riveli impossibile o implichi uno sforzo sproporzionato. Su Sua richiesta, Le indichiamo tali destinatari.`,
    },
    A20: {
      name: "Portabilità dei dati",
      text: t`Lei può ricevere in un formato strutturato, di uso comune e leggibile da dispositivo automatico i dati che ci ha fornito, oppure chiederci di trasmetterli direttamente a un altro titolare del trattamento, se tecnicamente fattibile.`,
    },
    A22: {
      name: "Processi decisionali automatizzati",
      text: t`Lei ha il diritto a che nei Suoi confronti non sia presa una decisione basata unicamente sul trattamento automatizzato, compresa la profilazione, che produca effetti giuridici che La riguardano o che incida in modo analogo significativamente sulla Sua persona.`,
    },
  },
  rightAppliesTo: (services) => t`Questo diritto si applica a: ${services}.`,
  rightsKeptByProvider: (services, several) =>
    several
      ? t`Per i seguenti servizi non conserviamo dati in proprio: ${services}. I rispettivi fornitori ricevono i dati direttamente e li conservano sotto la propria responsabilità. Per accedere a tali dati o per ottenerne la rettifica o la cancellazione, si rivolga al fornitore di volta in volta competente, come descritto nella sua informativa sulla privacy.`
      : t`Per il seguente servizio non conserviamo dati in proprio: ${services}. Il fornitore riceve i dati direttamente e li conserva sotto la propria responsabilità. Per accedere a tali dati o per ottenerne la rettifica o la cancellazione, si rivolga al fornitore, come descritto nella sua informativa sulla privacy.`,
  keptByProvider: t`Non conserviamo noi questi dati: il fornitore li riceve direttamente e li conserva sotto la propria responsabilità.`,
  keptByProviderShort: "non conservati da noi",
  rightsAlso: (rights) => t`Lei ha inoltre il diritto ${rights}.`,
  rightsSeeObjection: (see) => t`di opporsi al trattamento ${see}`,
  rightsSeeConsent: (see) => t`di revocare il Suo consenso ${see}`,
  rightsSeeComplaint: (see) => t`di proporre reclamo a un'autorità di controllo ${see}`,
  rightsHow: (contact) => t`Per esercitare i Suoi diritti è sufficiente un messaggio a ${contact}.`,
  rightsDeadline: t`Rispondiamo senza ingiustificato ritardo e comunque entro un mese. Se una richiesta è complessa, possiamo prorogare il termine di due mesi; in tal caso Le comunichiamo la proroga e i motivi entro il primo mese (art. 12, par. 3, del RGPD). L'esercizio dei Suoi diritti è di norma gratuito.`,
  rightsIdentity: t`Se abbiamo ragionevoli dubbi sulla Sua identità, possiamo chiedere ulteriori informazioni necessarie per confermarla.`,

  objectionBasis: {
    "A6-1-e": t`per l'esecuzione di un compito di interesse pubblico o connesso all'esercizio di pubblici poteri (art. 6, par. 1, lett. e), del RGPD)`,
    "A6-1-ea": t`per un legittimo interesse riconosciuto (art. 6, par. 1, lett. ea), del UK GDPR)`,
    "A6-1-f": t`sulla base dei nostri legittimi interessi (art. 6, par. 1, lett. f), del RGPD)`,
  },
  objectionGeneral: (bases) =>
    t`Se trattiamo i Suoi dati personali ${bases}, Lei ha il diritto di opporsi in qualsiasi momento a tale trattamento, per motivi connessi alla Sua situazione particolare. Ciò vale anche per la profilazione basata su tali disposizioni. In caso di opposizione non trattiamo più i Suoi dati per tali finalità, salvo che dimostriamo l'esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui Suoi interessi, diritti e libertà, oppure che i dati ci servano per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria.`,
  objectionDirectMarketing: t`Se trattiamo i Suoi dati personali per finalità di marketing diretto, Lei può opporsi in qualsiasi momento, senza doverne indicare i motivi. Ciò vale anche per la profilazione, nella misura in cui sia connessa a tale marketing diretto. In caso di opposizione non trattiamo più i Suoi dati per finalità di marketing diretto.`,
  objectionConcerns: (services) => t`Ciò riguarda: ${services}.`,
  objectionHow: (contact) => t`Per opporsi è sufficiente un messaggio a ${contact}.`,

  consentIntro: t`Se trattiamo i Suoi dati sulla base del Suo consenso, Lei può revocarlo in qualsiasi momento, con effetto per il futuro (art. 7, par. 3, del RGPD). Revocare il consenso è facile quanto prestarlo. La revoca non pregiudica la liceità del trattamento basata sul consenso prima della revoca.`,
  consentConcerns: (services) => t`Ciò riguarda: ${services}.`,
  consentDevices: (see) => t`Riguarda anche i cookie e le tecnologie analoghe che richiedono il Suo consenso ${see}.`,
  consentSettings: (link) => t`Può modificare o revocare il Suo consenso nelle nostre impostazioni del consenso: ${link}`,
  consentContact: (contact) => t`Può revocare il Suo consenso anche con un messaggio a ${contact}.`,

  complaintToController: null,
  complaintIntro: t`Se ritiene che il trattamento dei Suoi dati personali da parte nostra violi il RGPD, Lei ha il diritto di proporre reclamo a un'autorità di controllo (art. 77 del RGPD), in particolare nello Stato membro dell'UE in cui risiede abitualmente o lavora oppure in cui si è verificata la presunta violazione. Resta salvo ogni altro ricorso amministrativo o giurisdizionale.`,
  complaintAuthority: t`L'autorità di controllo competente nei nostri confronti è:`,
  complaintFind: (link) =>
    t`Il Comitato europeo per la protezione dei dati pubblica l'elenco delle autorità di controllo di tutti gli Stati membri: ${link}`,
  authoritiesUrl: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_it",

  swiss: {
    overview: t`Per le persone in Svizzera si applica anche la legge federale svizzera sulla protezione dei dati (LPD). Dove questa richiede informazioni che il RGPD non richiede, la presente informativa le fornisce: sulla comunicazione di dati all'estero, sui Suoi diritti e sulla segnalazione all'Incaricato federale della protezione dei dati e della trasparenza (IFPDT).`,
    transfersTitle: "Per le persone in Svizzera: comunicazione all'estero secondo la LPD",
    transfersIntro: t`Secondo la LPD, i dati che lasciano la Svizzera sono comunicati all'estero, anche quando sono destinati all'UE. Ogni comunicazione si fonda su uno dei motivi di cui agli artt. 16 e 17 della LPD:`,
    noGround: "la documentazione del fornitore non conferma alcun motivo previsto dal diritto svizzero",
    rights: t`Le persone in Svizzera hanno i diritti previsti dalla LPD: il diritto d'informazione, gratuito e di norma entro 30 giorni (art. 25 della LPD, artt. 18 e 19 dell'OPDa); il diritto alla consegna o alla trasmissione dei dati che ci hanno comunicato (art. 28 della LPD); il diritto alla rettifica dei dati inesatti (art. 32, cpv. 1, della LPD); e, se un trattamento lede la loro personalità, il diritto di ottenere che sia interrotto, che sia vietata una comunicazione a terzi o che i loro dati siano cancellati, se necessario davanti a un giudice civile (art. 32, cpv. 2, della LPD).`,
    complaint: (link) =>
      t`In Svizzera può segnalare una violazione delle disposizioni sulla protezione dei dati all'Incaricato federale della protezione dei dati e della trasparenza (IFPDT). Se vi sono sufficienti indizi di una violazione, l'IFPDT apre un'inchiesta e La informa sui passi intrapresi e sul loro esito (art. 49 della LPD): ${link}`,
  },

  automatedNone: t`Non adottiamo decisioni basate unicamente sul trattamento automatizzato, compresa la profilazione, che producano effetti giuridici che La riguardano o che incidano in modo analogo significativamente sulla Sua persona (art. 22 del RGPD).`,
  automatedIntro: t`Adottiamo con mezzi automatizzati le decisioni che seguono. Per ciascuna spieghiamo come funziona e che cosa significa per Lei:`,
  automatedProfiling: "comprende la profilazione",
  automatedLogic: (logic) => t`Come viene presa la decisione: ${logic}`,
  automatedSignificance: (significance) => t`Che cosa significa per Lei: ${significance}`,
  automatedConsequences: (consequences) => t`Conseguenze prevedibili per Lei: ${consequences}`,
  automatedException: {
    contract: t`Possiamo adottare questa decisione con mezzi automatizzati perché è necessaria per la conclusione o l'esecuzione di un contratto con Lei (art. 22, par. 2, lett. a), del RGPD).`,
    law: t`Possiamo adottare questa decisione con mezzi automatizzati perché è autorizzata dal diritto dell'Unione o di uno Stato membro (art. 22, par. 2, lett. b), del RGPD).`,
    "explicit-consent": t`Adottiamo questa decisione con mezzi automatizzati solo con il Suo consenso esplicito (art. 22, par. 2, lett. c), del RGPD).`,
  },
  automatedReview: t`Lei ha il diritto di ottenere che una persona da parte nostra riesamini la decisione, di esprimere la Sua opinione e di contestare la decisione (art. 22, par. 3, del RGPD).`,

  deviceLaw: {
    tdddg: t`Il § 25 della legge tedesca sulla protezione dei dati nelle telecomunicazioni e nei servizi digitali (TDDDG)`,
    "tkg-at": t`Il § 165, comma 3, della legge austriaca sulle telecomunicazioni del 2021 (TKG 2021)`,
    "tw-nl": t`L'art. 11.7a della legge olandese sulle telecomunicazioni (Telecommunicatiewet)`,
    "loi-fr": t`L'art. 82 della legge francese sulla protezione dei dati (loi n° 78-17 du 6 janvier 1978, «Informatique et Libertés»)`,
    "codice-it": t`L'art. 122, comma 1, del Codice in materia di protezione dei dati personali (decreto legislativo 30 giugno 2003, n. 196)`,
    "lssi-es": t`L'art. 22, comma 2, della legge spagnola sui servizi della società dell'informazione (Ley 34/2002, LSSI)`,
    "pke-pl": t`L'art. 399 della legge polacca sulle comunicazioni elettroniche (Prawo komunikacji elektronicznej, PKE)`,
    eprivacy: t`Il diritto dell'Unione (art. 5, par. 3, della direttiva 2002/58/CE, detta direttiva ePrivacy, come recepita in ciascuno Stato membro)`,
    fmg: t`L'art. 45c della legge svizzera sulle telecomunicazioni (LTC)`,
    pecr: t`La regulation 6 delle Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR) del Regno Unito`,
  },
  deviceIntro: (law) =>
    t`Alcune funzioni memorizzano informazioni sul Suo dispositivo o leggono informazioni già memorizzate su di esso, ad esempio nei cookie o nella memoria locale del Suo browser. ${law} lo consente solo con il Suo consenso, salvo che ciò sia strettamente necessario per fornire un servizio da Lei espressamente richiesto o abbia il solo scopo di trasmettere una comunicazione.`,
  deviceAfterwards: t`Che cosa accade poi ai dati, e su quale base giuridica ai sensi del RGPD, è spiegato per ciascun servizio.`,
  deviceParties: t`«Prima parte» significa che l'informazione è memorizzata sotto il dominio del nostro sito web, anche quando la imposta lo script di un altro fornitore presente sulle nostre pagine (la tabella indica chi la imposta); «terza parte» significa che è memorizzata sotto il dominio di un altro fornitore.`,
  deviceCaption: "Cookie e tecnologie analoghe: chi li imposta, a quale scopo, per quanto tempo e su quale base giuridica",
  deviceHeader: {
    name: "Nome",
    type: "Tipo",
    setBy: "Impostato da",
    purpose: "Finalità",
    duration: "Periodo di conservazione",
    ground: "Base giuridica",
  },
  deviceTechnology: {
    cookie: "Cookie",
    "local-storage": "Memoria locale",
    "session-storage": "Memoria di sessione",
    "indexed-db": "IndexedDB",
    pixel: "Pixel di tracciamento",
    sdk: "SDK",
    fingerprinting: "Fingerprinting",
  },
  deviceParty: { first: "prima parte", third: "terza parte" },
  deviceSession: "fino alla chiusura della sessione del browser",
  devicePersistent: "finché non lo cancella nel Suo browser",
  deviceUnconfirmed: "non confermato dal fornitore",
  deviceGround: {
    tdddg: {
      consent: "Consenso (§ 25, comma 1, del TDDDG)",
      "strictly-necessary": "Strettamente necessario (§ 25, comma 2, n. 2, del TDDDG)",
      transmission: "Trasmissione di una comunicazione (§ 25, comma 2, n. 1, del TDDDG)",
    },
    "tkg-at": {
      consent: "Consenso (§ 165, comma 3, del TKG 2021)",
      "strictly-necessary": "Strettamente necessario (§ 165, comma 3, del TKG 2021)",
      transmission: "Trasmissione di una comunicazione (§ 165, comma 3, del TKG 2021)",
    },
    "tw-nl": {
      consent: "Consenso (art. 11.7a, comma 1, della Telecommunicatiewet)",
      "strictly-necessary": "Strettamente necessario (art. 11.7a, comma 3, lett. b, della Telecommunicatiewet)",
      transmission: "Trasmissione di una comunicazione (art. 11.7a, comma 3, lett. a, della Telecommunicatiewet)",
    },
    "loi-fr": {
      consent: "Consenso (art. 82 della Loi 78-17)",
      "strictly-necessary": "Strettamente necessario (art. 82 della Loi 78-17)",
      transmission: "Trasmissione di una comunicazione (art. 82 della Loi 78-17)",
    },
    "codice-it": {
      consent: "Consenso (art. 122, comma 1, del Codice)",
      "strictly-necessary": "Strettamente necessario (art. 122, comma 1, del Codice)",
      transmission: "Trasmissione di una comunicazione (art. 122, comma 1, del Codice)",
    },
    "lssi-es": {
      consent: "Consenso (art. 22, comma 2, della LSSI)",
      "strictly-necessary": "Strettamente necessario (art. 22, comma 2, della LSSI)",
      transmission: "Trasmissione di una comunicazione (art. 22, comma 2, della LSSI)",
    },
    "pke-pl": {
      consent: "Consenso (art. 399 della PKE)",
      "strictly-necessary": "Strettamente necessario (art. 399 della PKE)",
      transmission: "Trasmissione di una comunicazione (art. 399 della PKE)",
    },
    eprivacy: {
      consent: "Consenso (art. 5, par. 3, della direttiva ePrivacy)",
      "strictly-necessary": "Strettamente necessario (art. 5, par. 3, della direttiva ePrivacy)",
      transmission: "Trasmissione di una comunicazione (art. 5, par. 3, della direttiva ePrivacy)",
    },
    fmg: {
      consent: "Consenso (art. 45c, lett. b, della LTC)",
      "strictly-necessary": "Informazione e diritto di rifiuto (art. 45c, lett. b, della LTC)",
      transmission: "Servizio di telecomunicazione (art. 45c, lett. a, della LTC)",
    },
    pecr: {
      consent: "Consenso (PECR, allegato A1, par. 2)",
      "strictly-necessary": "Strettamente necessario (PECR, allegato A1, par. 4)",
      transmission: "Trasmissione di una comunicazione (PECR, allegato A1)",
    },
  },
  deviceStatistics: {
    pecr: "Statistiche, con diritto di opposizione (PECR, allegato A1)",
    fmg: "Informazione e diritto di rifiuto (art. 45c, lett. b, della LTC)",
    "tw-nl":
      "Qualità o efficacia del nostro servizio, con conseguenze nulle o minime per la Sua vita privata (art. 11.7a, comma 3, lett. b, della Telecommunicatiewet)",
  },
  deviceQualityException: t`Lo consente inoltre senza consenso per ottenere informazioni sulla qualità o sull'efficacia del nostro servizio, se ciò ha conseguenze nulle o minime per la Sua vita privata.`,
  deviceObject: (see) => t`Può opporsi in qualsiasi momento alla memorizzazione e alla lettura di informazioni a fini statistici ${see}.`,
  deviceWithdraw: (see) => t`Può revocare il Suo consenso in qualsiasi momento ${see}.`,

  changesIntro: t`Aggiorniamo la presente informativa quando il nostro trattamento cambia. Prima di trattare i Suoi dati per una nuova finalità, La informiamo su tale finalità e Le forniamo ogni altra informazione pertinente (art. 13, par. 3, del RGPD).`,
  changesVersion: (version, effective) => t`Questa è la versione ${version}, in vigore ${dal(effective)}.`,
  changesUpdated: (updated) => t`È stata aggiornata l'ultima volta ${il(updated)}.`,
  changesHistory: t`Cronologia delle modifiche:`,
  changeDate: (date) => date,

  contactIntro: t`Per domande sulla protezione dei dati o per esercitare i Suoi diritti, può contattarci:`,
  contactRights: t`Le richieste di esercizio dei Suoi diritti vanno inviate a:`,
  contactDpo: t`Può rivolgersi anche al nostro responsabile della protezione dei dati:`,

  index: {
    dataTitle: "Quali servizi trattano questi dati?",
    dataIntro: t`Per ciascun tipo di dati trattati dai servizi: quali servizi li trattano, per quali finalità, su quale base giuridica e dove.`,
    dataNone: t`Nessun servizio tratta dati personali.`,
    dataCategory: (description, key) => t`${description} (${key})`,
    processedBy: (count) => (count === 1 ? t`Trattati da 1 servizio:` : t`Trattati da ${String(count)} servizi:`),
    listedAs: (category, key) => t`indicati come ${category} (${key})`,
    inHouse: "internamente, senza altre società",
    labels: {
      provider: "Fornitore",
      purpose: "Finalità",
      legalBasis: "Base giuridica",
      countries: "Luogo del trattamento",
      transfers: "Trasferimenti",
      recipient: "Destinatario",
      safeguard: "Garanzia",
      details: "Dettagli",
    },
    transfersTitle: "Dove vanno i dati?",
    transfersIntro: t`Per ciascun paese al di fuori dell'UE/SEE verso cui sono trasferiti dati: le garanzie su cui si fondano i trasferimenti e, per ciascun servizio, chi riceve i dati in quel paese.`,
    transfersNone: t`L'informativa non indica trasferimenti verso paesi al di fuori dell'UE/SEE.`,
    servicesOn: (safeguard, count) => (count === 1 ? t`${safeguard}: 1 servizio` : t`${safeguard}: ${String(count)} servizi`),
    unconfirmed: "non confermato dalla documentazione del fornitore",
  },
};
