import { t } from "../inline.js";
import { formatList } from "../format.js";
import type { PartyName } from "../party-name.js";
import type { Messages } from "./messages.js";

// Español (de España): los términos del texto oficial del RGPD (responsable del tratamiento,
// encargado del tratamiento, corresponsables, autoridad de control, derecho de supresión; véase
// glossary/es.json), frases breves, tratamiento de «usted». Las citas siguen el estilo de la AEPD
// y del BOE: «artículo 6, apartado 1, letra f), del RGPD». Los nombres de empresas y productos no
// llevan artículo ni se declinan: van en posición de sujeto, tras una preposición que no se
// contrae («ante», «con», «de» solo ante un nombre) o tras dos puntos. Los textos de la política que
// siguen a «hasta que» y «después de que» son oraciones en subjuntivo («se haya celebrado la
// cita»); los ámbitos de una función («en relación con ...»), sintagmas nominales.

const titles = {
  overview: "Información general",
  controller: "Responsable del tratamiento",
  representative: "Representante en la Unión",
  jointControllers: "Corresponsables del tratamiento",
  dpo: "Delegado de protección de datos",
  summary: "Resumen de nuestros servicios",
  services: "Los servicios en detalle",
  recipients: "Destinatarios de sus datos",
  transfers: "Transferencias a terceros países",
  retention: "Plazo de conservación",
  rights: "Sus derechos",
  objection: "Derecho de oposición",
  consent: "Retirada de su consentimiento",
  complaint: "Derecho a presentar una reclamación ante una autoridad de control",
  automatedDecisions: "Decisiones automatizadas y elaboración de perfiles",
  deviceAccess: "Cookies y tecnologías similares",
  changes: "Cambios en esta política de privacidad",
  contact: "Contacto",
} as const;

/**
 * El nombre español de una decisión de adecuación, a partir del inglés: «Decisión 2000/518/CE de
 * la Comisión», «Decisión de Ejecución (UE) 2023/1795 de la Comisión» (los actos anteriores al
 * Tratado de Lisboa llevan «/CE»; los posteriores, «/UE»), como los titula el Diario Oficial.
 */
function adequacyDecisionName(decision: string, reference: string): string {
  const number = reference.replace(/\/EC$/, "/CE").replace(/\/EU$/, "/UE");
  if (decision.startsWith("Commission Implementing Decision")) {
    return `Decisión de Ejecución ${decision.includes("(EU)") ? "(UE) " : ""}${number} de la Comisión`;
  }
  return `Decisión ${number} de la Comisión`;
}

/** A name as Spanish uses it: as it is, with no article (a company's name takes none). */
function name(party: PartyName) {
  return party.name;
}

export const es: Messages = {
  documentTitle: "Política de privacidad",
  titles,
  see: (title) => t`(véase «${title}»)`,
  untranslated: {
    en: "(solo en inglés)",
    de: "(solo en alemán)",
    fr: "(solo en francés)",
    it: "(solo en italiano)",
    es: "(solo en español)",
    nl: "(solo en neerlandés)",
    pl: "(solo en polaco)",
  },

  email: "Correo electrónico",
  phone: "Teléfono",
  website: "Sitio web",

  overviewIntro: (controller) =>
    t`Esta política de privacidad explica cómo trata sus datos personales ${name(controller)}: qué servicios utilizamos, qué datos se tratan con ellos, con qué fines y sobre qué base jurídica, durante cuánto tiempo y dónde se conservan los datos, y qué derechos le asisten.`,
  overviewNationalAct: {
    bdsg: t`Además del Reglamento General de Protección de Datos (RGPD), se aplica la Ley Federal alemana de Protección de Datos (Bundesdatenschutzgesetz, BDSG) en la medida en que lo complementa.`,
    "dsg-at": t`Además del Reglamento General de Protección de Datos (RGPD), se aplica la Ley austriaca de Protección de Datos (Datenschutzgesetz, DSG) en la medida en que lo complementa.`,
    "dpa-2018": t`Además del Reglamento General de Protección de Datos del Reino Unido (UK GDPR), se aplica la Ley de Protección de Datos de 2018 (Data Protection Act 2018) en la medida en que lo complementa.`,
    "loi-78-17": t`Además del Reglamento General de Protección de Datos (RGPD), se aplica la Ley francesa de Protección de Datos (loi n° 78-17 du 6 janvier 1978, «Informatique et Libertés») en la medida en que lo complementa.`,
    "codice-privacy": t`Además del Reglamento General de Protección de Datos (RGPD), se aplica el Código italiano de Protección de Datos Personales (Codice in materia di protezione dei dati personali, Decreto legislativo 196/2003) en la medida en que lo complementa.`,
    lopdgdd: t`Además del Reglamento General de Protección de Datos (RGPD), se aplica la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD) en la medida en que lo complementa.`,
    uavg: t`Además del Reglamento General de Protección de Datos (RGPD), se aplica la Ley neerlandesa de aplicación del RGPD (Uitvoeringswet Algemene verordening gegevensbescherming, UAVG) en la medida en que lo complementa.`,
    "ustawa-odo-2018": t`Además del Reglamento General de Protección de Datos (RGPD), se aplica la Ley polaca de Protección de Datos Personales (ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych) en la medida en que lo complementa.`,
  },
  overviewVersion: (version, effective) => t`Versión ${version}, vigente desde el ${effective}.`,
  overviewUpdated: (updated) => t`Última actualización: ${updated}.`,
  overviewObjection: (see) => t`Tenga en cuenta que tiene derecho a oponerse a una parte de este tratamiento ${see}.`,
  controllerIntro: t`El responsable del tratamiento de sus datos personales, en el sentido del Reglamento General de Protección de Datos (RGPD), es:`,
  representativeIntro: t`Como no estamos establecidos en la Unión Europea, hemos designado un representante en la Unión (artículo 27 del RGPD). Puede dirigirse a él para cualquier cuestión relativa al tratamiento de sus datos personales:`,
  jointControllersIntro: t`En una parte del tratamiento determinamos, junto con otras entidades, los fines y los medios del tratamiento de sus datos. En esos casos somos corresponsables del tratamiento (artículo 26 del RGPD). Estas son las demás entidades y los aspectos esenciales de cada acuerdo:`,
  jointControllersEssence: (essence) => t`${essence}`,
  jointControllersRights: t`Puede ejercer sus derechos ante nosotros y ante cada uno de los demás responsables (artículo 26, apartado 3, del RGPD).`,
  dpoIntro: t`Puede ponerse en contacto con nuestro delegado de protección de datos en:`,
  summaryIntro: t`Esta tabla recoge todos los servicios que tratan sus datos personales. Más abajo se explica cada uno en detalle.`,
  summaryCaption: "Los servicios, para qué sirven, su base jurídica, los datos, durante cuánto tiempo se conservan y dónde",
  summaryHeader: {
    service: "Servicio",
    purposes: "Finalidad",
    legalBasis: "Base jurídica",
    data: "Datos",
    retention: "Plazo de conservación",
    countries: "Lugar de tratamiento",
  },
  purposeBasis: (purpose, citation) => t`${purpose}: ${citation}`,

  servicesIntro: t`Para cada servicio, esta parte explica qué es, para qué lo utilizamos, qué datos trata, durante cuánto tiempo y dónde se conservan los datos, cómo puede obtener la supresión de los datos u oponerse al tratamiento y cuál es la base jurídica.`,
  serviceTitles: {
    about: (subject) => t`¿Qué es ${subject}?`,
    purposes: (subject) => t`¿Para qué utilizamos ${subject}?`,
    data: (subject) => t`¿Qué datos trata ${subject}?`,
    storage: "¿Durante cuánto tiempo y dónde se conservan los datos?",
    deletion: "¿Cómo puedo obtener la supresión de mis datos u oponerme?",
    legalBasis: "Base jurídica",
  },
  inHouseTitles: {
    about: t`¿De qué se trata?`,
    purposes: t`¿Para qué tratamos los datos?`,
    data: t`¿Qué datos se tratan?`,
  },

  inHouse: t`Este tratamiento lo realizamos nosotros mismos.`,
  selfHosted: (software, maker) =>
    maker === undefined
      ? t`Alojamos ${software} nosotros mismos, como parte de nuestro sitio web. Los datos que trata no salen de nuestro sitio web.`
      : t`Alojamos ${software} nosotros mismos, como parte de nuestro sitio web. Los datos que trata no salen de nuestro sitio web: su desarrollador, ${name(maker)}, no recibe ninguno de ellos.`,
  providerIntro: t`El proveedor es:`,
  providerIntroUnconfirmed: t`La documentación del proveedor no indica con claridad con cuál de sus sociedades tenemos el contrato. Según la información de que disponemos, es:`,
  roleProcessor: (entity) =>
    t`${name(entity)} trata los datos como nuestro encargado del tratamiento, es decir, solo por cuenta nuestra y siguiendo nuestras instrucciones (artículo 28 del RGPD).`,
  roleJointController: (entity) =>
    t`${name(entity)} y nosotros determinamos conjuntamente los fines y los medios del tratamiento de los datos, por lo que somos corresponsables del tratamiento (artículo 26 del RGPD). Puede ejercer sus derechos ante nosotros o ante ${name(entity)}.`,
  roleController: (entity) =>
    t`${name(entity)} decide por su cuenta qué hace con los datos que recibe y responde de ello como responsable del tratamiento independiente.`,
  rolesIntro: (entity) => t`${name(entity)} desempeña más de una función:`,
  // The scope comes first, after «en relación con», which never contracts with the article that
  // starts it («con el», unlike «a el» or «de el»); the name then stands as the subject.
  roleForProcessor: (scope, entity) =>
    t`En relación con ${scope}, ${name(entity)} es nuestro encargado del tratamiento y actúa solo por cuenta nuestra y siguiendo nuestras instrucciones (artículo 28 del RGPD).`,
  roleForController: (scope, entity) =>
    t`En relación con ${scope}, ${name(entity)} es responsable del tratamiento independiente: determina por su cuenta los fines y los medios del tratamiento.`,
  roleForJointController: (scope, entity) =>
    t`En relación con ${scope}, ${name(entity)} y nosotros somos corresponsables del tratamiento (artículo 26 del RGPD).`,
  jointArrangement: (arrangement) => t`Lo que hemos acordado: ${arrangement}`,
  jointArrangementAt: (link) => t`El acuerdo: ${link}`,
  jointRights: (entity) => t`Puede ejercer sus derechos ante nosotros o ante ${name(entity)}.`,
  providerRepresentative: t`El representante del proveedor en la Unión (artículo 27 del RGPD) es:`,
  parentReceives: (parent) => t`Los datos llegan también a: ${parent}.`,
  providerPrivacyPolicy: (link) => t`Política de privacidad del proveedor: ${link}`,
  otherRecipients: t`Otros destinatarios de los datos:`,

  purposesIntro: t`Tratamos los datos con los siguientes fines:`,

  dataIntro: t`Se tratan los siguientes datos personales:`,
  dataGroups: {
    provided: "Datos que usted nos facilita",
    received: "Datos que recibimos de terceros",
    automatic: "Datos recogidos automáticamente",
    usage: "Datos de uso y metadatos",
    content: "Contenidos que usted crea o comparte",
  },
  dataSource: (source) => t`fuente: ${source}`,
  receivedFrom: (sources) => t`De dónde recibimos estos datos: ${sources}.`,
  specialCategory: t`una categoría especial de datos personales (artículo 9, apartado 1, del RGPD)`,
  dataSubjects: (subjects) => t`Interesados: ${subjects}.`,
  sourcesIntro: t`Origen de los datos:`,
  sourceDataSubject: t`De usted`,
  sourceThirdParty: t`De terceros`,
  sourcePublic: t`De fuentes de acceso público`,
  provisionTitle: "¿Es obligatorio facilitar los datos?",
  provision: {
    statutory: t`Sí, por ley: facilitarlos es un requisito legal.`,
    contractual: t`Sí, en virtud de nuestro contrato con usted: facilitarlos es un requisito contractual, no legal.`,
    precontractual: t`Los necesitamos para celebrar un contrato con usted. No tiene obligación de facilitarlos.`,
    voluntary: t`No, facilitarlos es voluntario.`,
  },
  provisionWithout: {
    statutory: t`Sin ellos no podemos continuar, porque la ley exige estos datos para ello.`,
    contractual: t`Sin ellos no podemos ejecutar el contrato.`,
    precontractual: t`Sin ellos no podemos celebrar un contrato con usted.`,
  },

  retentionFor: (duration) => t`Conservamos los datos durante ${duration}.`,
  retentionUntil: (until) => t`Conservamos los datos hasta que ${until}.`,
  retentionAfter: (duration, until) => t`Suprimimos los datos ${duration} después de que ${until}.`,
  retentionNone: t`Conservamos los datos solo durante el tiempo necesario para los fines descritos.`,
  retentionExceptionsIntro: t`Una parte de los datos se conserva durante un plazo distinto:`,
  retentionShortUntil: (until) => t`hasta que ${until}`,
  retentionShortAfter: (duration, until) => t`${duration} después de que ${until}`,
  retentionShortNone: t`mientras sea necesario para los fines`,
  countries: (countries) => t`Países en los que se tratan los datos: ${countries}.`,
  transfersIntro: t`Los datos se transfieren a países situados fuera de la Unión Europea (UE) y del Espacio Económico Europeo (EEE):`,
  noTransfers: t`Los datos no se transfieren a países situados fuera de la Unión Europea (UE) y del Espacio Económico Europeo (EEE).`,
  transfersUnknown: t`La documentación del proveedor no deja claro si los datos se tratan también en otros países.`,
  transfersIncomplete: t`La documentación del proveedor no deja claro si los datos llegan también a países distintos de los indicados.`,

  transferRecipient: (recipient) => t`destinatario: ${recipient}`,
  adequacyDecisionName,
  adequacyDecision: (decision) => t`Así lo establece la ${decision}.`,
  adequacyScope: (scope) => t`La decisión solo abarca ${scope}.`,
  adequacyNone: t`No existe ninguna decisión de adecuación de la Comisión Europea para este país.`,
  adequacyAlso: (decision) => t`Para este país existe además una decisión de adecuación de la Comisión Europea (${decision}).`,
  adequacyLimited: (scope) =>
    t`La decisión de adecuación de la Comisión Europea para este país solo abarca ${scope}; esta transferencia se basa, en cambio, en el fundamento indicado arriba.`,
  transferUnconfirmedShort: "no confirmada por la documentación del proveedor",
  transferGroundUnconfirmedShort: "la documentación del proveedor no confirma el fundamento",
  transfersSee: (title, { several, copy }) =>
    t`Para saber ${several ? "qué significan estos fundamentos" : "qué significa este fundamento"}${copy ? " y cómo obtener una copia de las garantías" : ""}, véase «${title}».`,
  dpfExplained: t`Para las organizaciones certificadas conforme al marco de privacidad de datos UE-EE. UU., la Comisión Europea ha decidido que Estados Unidos garantiza un nivel de protección adecuado. Estos destinatarios están certificados:`,
  adequacyExplained: t`La Comisión Europea ha decidido que estos países garantizan un nivel de protección adecuado:`,
  transfersUnconfirmedTitle: "Transferencias que la documentación de los proveedores no confirma",
  transfersUnconfirmedIntro: (see) =>
    t`En estas transferencias, la documentación del proveedor no confirma con claridad la transferencia o el fundamento en que se basa. Pregúntenos y le diremos lo que sabemos ${see}.`,
  derogation: t`No se aplican garantías adecuadas conforme al artículo 46 del RGPD: la transferencia solo está permitida como excepción para una situación específica.`,
  copyAt: (clauses, link) =>
    clauses ? t`Puede consultar las cláusulas tipo de protección de datos aquí: ${link}` : t`Puede consultar las garantías aquí: ${link}`,
  copyOnRequest: (clauses, see) =>
    clauses
      ? t`Puede solicitarnos una copia de las cláusulas tipo de protección de datos ${see}.`
      : t`Puede solicitarnos una copia de las garantías ${see}.`,

  deletionOptOut: (link) => t`Página de exclusión voluntaria (opt-out) del proveedor: ${link}`,
  deletionYouCan: (actions) => t`Puede ${actions}.`,
  deletionSeeRights: (title) => t`Sobre la supresión de sus datos y sus demás derechos, véase «${title}».`,
  deletionActions: {
    object: (see) => t`oponerse a este tratamiento ${see}`,
    objectTo: (purposes, see) =>
      t`oponerse al tratamiento ${purposes.length === 1 ? "para la finalidad" : "para las finalidades"} ${formatList(
        purposes.map((label) => `«${label}»`),
        "es",
      )} ${see}`,
    withdraw: (see) => t`retirar su consentimiento en cualquier momento ${see}`,
    withdrawAt: (link) => t`retirar su consentimiento en cualquier momento en nuestra configuración de consentimiento (${link})`,
  },

  legalBasisIntro: t`El tratamiento se basa en las siguientes bases jurídicas:`,
  legalBasisItem: (citation, label) => t`${citation} (${label})`,
  legitimateInterest: (interest) => t`Nuestro interés legítimo: ${interest}`,
  specialCondition: (citation, label) => t`Para las categorías especiales de datos personales nos basamos, además, en el ${citation} (${label}).`,
  parentalConsent: (age, how) =>
    age === undefined
      ? t`Los menores que no alcanzan la edad fijada por la ley no pueden prestar este consentimiento por sí solos: según el artículo 8, apartado 1, del RGPD, esa edad es de 16 años, salvo que el Derecho nacional establezca una inferior, que no podrá ser menor de 13 años. ${how}`
      : t`Los menores de ${String(age.age)} años no pueden prestar este consentimiento por sí solos (${age.citation}): lo presta por ellos el titular de la patria potestad o tutela, o este autoriza el consentimiento del menor. ${how}`,

  recipientsIntro: t`Comunicamos datos personales a los siguientes destinatarios:`,
  recipientsNone: t`Tratamos sus datos personales nosotros mismos y no los comunicamos a nadie, salvo que la ley nos obligue a ello.`,
  recipientsProcessors: t`Los encargados del tratamiento tratan los datos solo por cuenta nuestra y siguiendo nuestras instrucciones (artículo 28 del RGPD).`,
  recipientRoles: {
    processor: (services) => t`Encargado del tratamiento para: ${services}.`,
    "joint-controller": (services) => t`Corresponsable del tratamiento con nosotros para: ${services}.`,
    controller: (services) => t`Responsable del tratamiento independiente para: ${services}.`,
    parent: (services) => t`Recibe también datos en relación con: ${services}.`,
    recipient: (services) => t`Datos procedentes de: ${services}.`,
  },
  recipientJointController: (see) => t`Corresponsable del tratamiento con nosotros ${see}.`,
  recipientLegalBasis: (bases) => t`Base jurídica de la comunicación: ${bases}.`,

  transfersSectionIntro: t`Algunos servicios transfieren datos personales a países situados fuera de la Unión Europea (UE) y del Espacio Económico Europeo (EEE), denominados terceros países. Cada transferencia se basa en uno de los fundamentos que permite el RGPD (artículos 44 a 49 del RGPD):`,

  retentionIntro: t`No conservamos los datos personales más tiempo del necesario para los fines descritos en esta política de privacidad. Cuando vence el plazo de conservación, suprimimos los datos. El plazo de conservación de cada servicio:`,

  rightsIntro: t`Conforme al RGPD, usted tiene los siguientes derechos en relación con sus datos personales. Cuáles se aplican depende de la base jurídica del tratamiento; cuando un derecho solo se aplica a algunos servicios, los indicamos.`,
  rights: {
    A15: {
      name: "Derecho de acceso",
      text: t`Puede preguntarnos si tratamos datos personales que le conciernen y, en tal caso, obtener una copia de ellos junto con información sobre el tratamiento.`,
    },
    A16: {
      name: "Derecho de rectificación",
      text: t`Puede solicitarnos que rectifiquemos los datos inexactos que le conciernen y que completemos los que estén incompletos.`,
    },
    A17: {
      name: "Derecho de supresión",
      text: t`Puede solicitarnos que suprimamos sus datos, por ejemplo cuando ya no los necesitemos para el fin para el que se recogieron. Existen excepciones, como una obligación legal de conservar los datos.`,
    },
    A18: {
      name: "Derecho a la limitación del tratamiento",
      text: t`Puede solicitarnos que limitemos el tratamiento, por ejemplo mientras comprobamos si sus datos son exactos. En ese caso solo conservamos los datos y únicamente los utilizamos en la medida en que la ley lo permita.`,
    },
    A19: {
      name: "Notificación a los destinatarios",
      text: t`Si rectificamos o suprimimos sus datos o limitamos su tratamiento, lo comunicamos a cada uno de los destinatarios a los que se hayan comunicado los datos, salvo que sea imposible o exija un esfuerzo desproporcionado. Si lo solicita, le informamos de quiénes son esos destinatarios.`,
    },
    A20: {
      name: "Derecho a la portabilidad de los datos",
      text: t`Puede recibir los datos que nos haya facilitado en un formato estructurado, de uso común y de lectura mecánica, o solicitar que los transmitamos directamente a otro responsable del tratamiento cuando sea técnicamente posible.`,
    },
    A22: {
      name: "Decisiones automatizadas",
      text: t`Tiene derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzca efectos jurídicos en usted o le afecte significativamente de modo similar.`,
    },
  },
  rightAppliesTo: (services) => t`Este derecho se aplica a: ${services}.`,
  rightsKeptByProvider: (services, several) =>
    several
      ? t`No conservamos datos propios de estos servicios: ${services}. Sus proveedores reciben los datos directamente y los conservan bajo su propia responsabilidad. Para acceder a ellos o para obtener su rectificación o supresión, diríjase al proveedor correspondiente, como indica su política de privacidad.`
      : t`No conservamos datos propios de este servicio: ${services}. El proveedor recibe los datos directamente y los conserva bajo su propia responsabilidad. Para acceder a ellos o para obtener su rectificación o supresión, diríjase al proveedor, como indica su política de privacidad.`,
  keptByProvider: t`No conservamos estos datos nosotros mismos: el proveedor los recibe directamente y los conserva bajo su propia responsabilidad.`,
  keptByProviderShort: "no los conservamos nosotros",
  rightsAlso: (rights) => t`Asimismo, tiene derecho ${rights}.`,
  rightsSeeObjection: (see) => t`a oponerse al tratamiento ${see}`,
  rightsSeeConsent: (see) => t`a retirar su consentimiento ${see}`,
  rightsSeeComplaint: (see) => t`a presentar una reclamación ante una autoridad de control ${see}`,
  rightsHow: (contact) => t`Para ejercer sus derechos, basta con enviar un mensaje a ${contact}.`,
  rightsDeadline: t`Respondemos sin dilación indebida y, a más tardar, en el plazo de un mes. Si una solicitud es compleja, podemos prorrogar este plazo otros dos meses; en tal caso se lo comunicamos dentro del primer mes, indicando los motivos (artículo 12, apartado 3, del RGPD). El ejercicio de sus derechos es, por regla general, gratuito.`,
  rightsIdentity: t`Si tenemos dudas razonables sobre su identidad, podemos pedirle la información necesaria para confirmarla.`,

  objectionBasis: {
    "A6-1-e": t`para el cumplimiento de una misión realizada en interés público o en el ejercicio de poderes públicos (artículo 6, apartado 1, letra e), del RGPD)`,
    "A6-1-ea": t`por un interés legítimo reconocido (artículo 6, apartado 1, letra ea), del UK GDPR)`,
    "A6-1-f": t`sobre la base de nuestros intereses legítimos (artículo 6, apartado 1, letra f), del RGPD)`,
  },
  objectionGeneral: (bases) =>
    t`Si tratamos sus datos personales ${bases}, tiene derecho a oponerse en cualquier momento a este tratamiento por motivos relacionados con su situación particular. Esto se aplica también a la elaboración de perfiles basada en dichas disposiciones. Si se opone, dejaremos de tratar sus datos para esos fines, salvo que acreditemos motivos legítimos imperiosos para el tratamiento que prevalezcan sobre sus intereses, derechos y libertades, o que necesitemos los datos para la formulación, el ejercicio o la defensa de reclamaciones.`,
  objectionDirectMarketing: t`Si tratamos sus datos personales con fines de mercadotecnia directa, puede oponerse a ello en cualquier momento, sin necesidad de indicar motivos. Esto se aplica también a la elaboración de perfiles en la medida en que esté relacionada con dicha mercadotecnia directa. Si se opone, dejaremos de tratar sus datos con fines de mercadotecnia directa.`,
  objectionConcerns: (services) => t`Esto afecta a: ${services}.`,
  objectionHow: (contact) => t`Para oponerse, basta con enviar un mensaje a ${contact}.`,

  consentIntro: t`Cuando tratamos sus datos sobre la base de su consentimiento, puede retirarlo en cualquier momento, con efectos para el futuro (artículo 7, apartado 3, del RGPD). Retirar el consentimiento es tan fácil como darlo. La retirada no afecta a la licitud del tratamiento basado en el consentimiento previo a ella.`,
  consentConcerns: (services) => t`Esto afecta a: ${services}.`,
  consentDevices: (see) => t`Afecta también a las cookies y tecnologías similares que requieren su consentimiento ${see}.`,
  consentSettings: (link) => t`Puede modificar o retirar su consentimiento en nuestra configuración de consentimiento: ${link}`,
  consentContact: (contact) => t`También puede retirar su consentimiento enviando un mensaje a ${contact}.`,

  complaintToController: null,
  complaintIntro: t`Si considera que el tratamiento de sus datos personales infringe el RGPD, tiene derecho a presentar una reclamación ante una autoridad de control (artículo 77 del RGPD), en particular en el Estado miembro de la UE en el que tenga su residencia habitual o su lugar de trabajo, o en el que se haya producido la supuesta infracción. Ello se entiende sin perjuicio de cualquier otro recurso administrativo o acción judicial.`,
  complaintAuthority: t`La autoridad de control competente respecto de nosotros es:`,
  complaintFind: (link) =>
    t`El Comité Europeo de Protección de Datos publica la lista de las autoridades de control de todos los Estados miembros: ${link}`,
  authoritiesUrl: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_es",

  swiss: {
    overview: t`Para las personas que se encuentran en Suiza se aplica además la Ley Federal suiza de Protección de Datos (LPD). Cuando esta exige información que el RGPD no exige, esta política la facilita: sobre la comunicación de datos al extranjero, sobre sus derechos y sobre las denuncias ante el Comisionado Federal de Protección de Datos y Transparencia (FDPIC, por sus siglas en inglés).`,
    transfersTitle: "Para las personas que se encuentran en Suiza: comunicación de datos al extranjero conforme a la LPD",
    transfersIntro: t`Conforme a la LPD, los datos que salen de Suiza se comunican al extranjero, también cuando van a la UE. Cada comunicación se basa en uno de los fundamentos de los artículos 16 y 17 de la LPD:`,
    noGround: "la documentación del proveedor no confirma ningún fundamento conforme al Derecho suizo",
    rights: t`Las personas que se encuentran en Suiza tienen los derechos que les reconoce la LPD: a la información, de forma gratuita y, por regla general, en un plazo de 30 días (artículo 25 de la LPD y artículos 18 y 19 de la Ordenanza sobre la Protección de Datos, OPDo); a la entrega o la transmisión de los datos que nos hayan facilitado (artículo 28 de la LPD); a la rectificación de los datos inexactos (artículo 32, apartado 1, de la LPD); y, cuando un tratamiento vulnere su personalidad, a que cese, a que se prohíba una comunicación a terceros o a que se supriman sus datos, si es necesario por la vía de un tribunal civil (artículo 32, apartado 2, de la LPD).`,
    complaint: (link) =>
      t`En Suiza puede denunciar una infracción de la normativa de protección de datos ante el Comisionado Federal de Protección de Datos y Transparencia (FDPIC). Si hay indicios suficientes de una infracción, este abre una investigación y le informa de las medidas adoptadas y de su resultado (artículo 49 de la LPD): ${link}`,
  },

  automatedNone: t`No tomamos decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en usted o le afecten significativamente de modo similar (artículo 22 del RGPD).`,
  automatedIntro: t`Tomamos las siguientes decisiones por medios automatizados. Así funciona cada una y esto es lo que significa para usted:`,
  automatedProfiling: "incluye elaboración de perfiles",
  automatedLogic: (logic) => t`Cómo se toma la decisión: ${logic}`,
  automatedSignificance: (significance) => t`Qué significa para usted: ${significance}`,
  automatedConsequences: (consequences) => t`Consecuencias previstas para usted: ${consequences}`,
  automatedException: {
    contract: t`Podemos tomar esta decisión por medios automatizados porque es necesaria para la celebración o la ejecución de un contrato con usted (artículo 22, apartado 2, letra a), del RGPD).`,
    law: t`Podemos tomar esta decisión por medios automatizados porque lo autoriza el Derecho de la Unión o de un Estado miembro (artículo 22, apartado 2, letra b), del RGPD).`,
    "explicit-consent": t`Solo tomamos esta decisión por medios automatizados con su consentimiento explícito (artículo 22, apartado 2, letra c), del RGPD).`,
  },
  automatedReview: t`Tiene derecho a obtener intervención humana por nuestra parte, a expresar su punto de vista y a impugnar la decisión (artículo 22, apartado 3, del RGPD).`,

  deviceLaw: {
    tdddg: t`El artículo 25 de la Ley alemana de Protección de Datos en las Telecomunicaciones y los Servicios Digitales (TDDDG)`,
    "tkg-at": t`El artículo 165, apartado 3, de la Ley austriaca de Telecomunicaciones de 2021 (TKG 2021)`,
    "tw-nl": t`El artículo 11.7a de la Ley neerlandesa de Telecomunicaciones (Telecommunicatiewet)`,
    "loi-fr": t`El artículo 82 de la Ley francesa de Protección de Datos (loi n° 78-17 du 6 janvier 1978, «Informatique et Libertés»)`,
    "codice-it": t`El artículo 122, apartado 1, del Código italiano de Protección de Datos Personales (Codice in materia di protezione dei dati personali, Decreto legislativo 196/2003)`,
    "lssi-es": t`El artículo 22.2 de la Ley 34/2002, de 11 de julio, de servicios de la sociedad de la información y de comercio electrónico (LSSI)`,
    "pke-pl": t`El artículo 399 de la Ley polaca de Comunicaciones Electrónicas (Prawo komunikacji elektronicznej, PKE)`,
    eprivacy: t`El Derecho de la UE (artículo 5, apartado 3, de la Directiva 2002/58/CE sobre la privacidad y las comunicaciones electrónicas, tal como la ha transpuesto cada Estado miembro)`,
    fmg: t`El artículo 45c de la Ley suiza de Telecomunicaciones (Fernmeldegesetz, FMG)`,
    pecr: t`La disposición 6 de las Privacy and Electronic Communications (EC Directive) Regulations 2003 del Reino Unido (PECR)`,
  },
  deviceIntro: (law) =>
    t`Algunas funciones almacenan información en su dispositivo o acceden a información almacenada en él, por ejemplo mediante cookies o en el almacenamiento local de su navegador. ${law} solo lo permite con su consentimiento, salvo que sea estrictamente necesario para prestar un servicio que usted haya solicitado expresamente o que su única finalidad sea la transmisión de una comunicación.`,
  deviceAfterwards: t`Qué ocurre después con los datos, y sobre qué base jurídica conforme al RGPD, se explica en cada servicio.`,
  deviceParties: t`«Dominio propio» significa que la información se almacena bajo el dominio de nuestro sitio web, también cuando la instala el script de otro proveedor en nuestras páginas (la tabla indica quién la instala); «dominio de terceros», que se almacena bajo el dominio de otro proveedor.`,
  deviceCaption: "Cookies y tecnologías similares: quién las instala, para qué, durante cuánto tiempo y sobre qué base jurídica",
  deviceHeader: {
    name: "Nombre",
    type: "Tipo",
    setBy: "Quién la instala",
    purpose: "Finalidad",
    duration: "Plazo de conservación",
    ground: "Base jurídica",
  },
  deviceTechnology: {
    cookie: "Cookie",
    "local-storage": "Almacenamiento local",
    "session-storage": "Almacenamiento de sesión",
    "indexed-db": "IndexedDB",
    pixel: "Píxel",
    sdk: "SDK",
    fingerprinting: "Huella digital del dispositivo",
  },
  deviceParty: { first: "dominio propio", third: "dominio de terceros" },
  deviceSession: "hasta el final de la sesión del navegador",
  devicePersistent: "hasta que usted la elimine en su navegador",
  deviceUnconfirmed: "sin confirmar por el proveedor",
  deviceGround: {
    tdddg: {
      consent: "Consentimiento (artículo 25, apartado 1, de la TDDDG)",
      "strictly-necessary": "Estrictamente necesario (artículo 25, apartado 2, número 2, de la TDDDG)",
      transmission: "Transmisión de una comunicación (artículo 25, apartado 2, número 1, de la TDDDG)",
    },
    "tkg-at": {
      consent: "Consentimiento (artículo 165, apartado 3, de la TKG 2021)",
      "strictly-necessary": "Estrictamente necesario (artículo 165, apartado 3, de la TKG 2021)",
      transmission: "Transmisión de una comunicación (artículo 165, apartado 3, de la TKG 2021)",
    },
    "tw-nl": {
      consent: "Consentimiento (artículo 11.7a, apartado 1, de la Telecommunicatiewet)",
      "strictly-necessary": "Estrictamente necesario (artículo 11.7a, apartado 3, letra b), de la Telecommunicatiewet)",
      transmission: "Transmisión de una comunicación (artículo 11.7a, apartado 3, letra a), de la Telecommunicatiewet)",
    },
    "loi-fr": {
      consent: "Consentimiento (artículo 82 de la Loi 78-17)",
      "strictly-necessary": "Estrictamente necesario (artículo 82 de la Loi 78-17)",
      transmission: "Transmisión de una comunicación (artículo 82 de la Loi 78-17)",
    },
    "codice-it": {
      consent: "Consentimiento (artículo 122, apartado 1, del Codice)",
      "strictly-necessary": "Estrictamente necesario (artículo 122, apartado 1, del Codice)",
      transmission: "Transmisión de una comunicación (artículo 122, apartado 1, del Codice)",
    },
    "lssi-es": {
      consent: "Consentimiento (artículo 22.2 de la LSSI)",
      "strictly-necessary": "Estrictamente necesario (artículo 22.2 de la LSSI)",
      transmission: "Transmisión de una comunicación (artículo 22.2 de la LSSI)",
    },
    "pke-pl": {
      consent: "Consentimiento (artículo 399 de la PKE)",
      "strictly-necessary": "Estrictamente necesario (artículo 399 de la PKE)",
      transmission: "Transmisión de una comunicación (artículo 399 de la PKE)",
    },
    eprivacy: {
      consent: "Consentimiento (artículo 5, apartado 3, de la Directiva 2002/58/CE)",
      "strictly-necessary": "Estrictamente necesario (artículo 5, apartado 3, de la Directiva 2002/58/CE)",
      transmission: "Transmisión de una comunicación (artículo 5, apartado 3, de la Directiva 2002/58/CE)",
    },
    fmg: {
      consent: "Consentimiento (artículo 45c, letra b), de la FMG)",
      "strictly-necessary": "Información y derecho a rechazarla (artículo 45c, letra b), de la FMG)",
      transmission: "Servicio de telecomunicaciones (artículo 45c, letra a), de la FMG)",
    },
    pecr: {
      consent: "Consentimiento (PECR, anexo A1, apartado 2)",
      "strictly-necessary": "Estrictamente necesario (PECR, anexo A1, apartado 4)",
      transmission: "Transmisión de una comunicación (PECR, anexo A1)",
    },
  },
  deviceStatistics: {
    pecr: "Estadísticas, con derecho de oposición (PECR, anexo A1)",
    fmg: "Información y derecho a rechazarla (artículo 45c, letra b), de la FMG)",
    "tw-nl":
      "Calidad o eficacia de nuestro servicio, con una incidencia escasa o nula en su privacidad (artículo 11.7a, apartado 3, letra b), de la Telecommunicatiewet)",
  },
  deviceQualityException: t`También lo permite sin consentimiento para obtener información sobre la calidad o la eficacia de nuestro servicio, cuando ello tenga una incidencia escasa o nula en su privacidad.`,
  deviceObject: (see) => t`Puede oponerse en cualquier momento al almacenamiento y la lectura de información con fines estadísticos ${see}.`,
  deviceWithdraw: (see) => t`Puede retirar su consentimiento en cualquier momento ${see}.`,

  changesIntro: t`Actualizamos esta política de privacidad cuando cambia nuestro tratamiento. Antes de tratar sus datos para un fin nuevo, le informaremos sobre ese fin y le facilitaremos cualquier otra información pertinente (artículo 13, apartado 3, del RGPD).`,
  changesVersion: (version, effective) => t`Esta es la versión ${version}, vigente desde el ${effective}.`,
  changesUpdated: (updated) => t`Se actualizó por última vez el ${updated}.`,
  changesHistory: t`Historial de cambios:`,
  changeDate: (date) => date,

  contactIntro: t`Si tiene preguntas sobre protección de datos o desea ejercer sus derechos, póngase en contacto con nosotros:`,
  contactRights: t`Dirija sus solicitudes de ejercicio de derechos a:`,
  contactDpo: t`También puede dirigirse a nuestro delegado de protección de datos:`,

  index: {
    dataTitle: "¿Qué servicios tratan estos datos?",
    dataIntro: t`Para cada tipo de datos que tratan los servicios: qué servicios los tratan, con qué fines, sobre qué base jurídica y dónde.`,
    dataNone: t`Ningún servicio trata datos personales.`,
    dataCategory: (description, key) => t`${description} (${key})`,
    processedBy: (count) => (count === 1 ? t`Los trata 1 servicio:` : t`Los tratan ${String(count)} servicios:`),
    listedAs: (category, key) => t`figura como ${category} (${key})`,
    inHouse: "internamente, sin ninguna otra empresa",
    labels: {
      provider: "Proveedor",
      purpose: "Finalidad",
      legalBasis: "Base jurídica",
      countries: "Lugar de tratamiento",
      transfers: "Transferencias",
      recipient: "Destinatario",
      safeguard: "Garantía",
      details: "Detalles",
    },
    transfersTitle: "¿Adónde van los datos?",
    transfersIntro: t`Para cada país situado fuera de la UE o del EEE al que van datos: las garantías en las que se basan las transferencias y, para cada servicio, quién recibe allí los datos.`,
    transfersNone: t`La política no recoge transferencias a países situados fuera de la UE o del EEE.`,
    servicesOn: (safeguard, count) => (count === 1 ? t`${safeguard}: 1 servicio` : t`${safeguard}: ${String(count)} servicios`),
    unconfirmed: "sin confirmar en la documentación del proveedor",
  },
};
