import type { Translated } from "../taxonomy/types.js";

/**
 * The kinds of service a provider offers, for finding a catalog entry ("newsletter") and for
 * grouping. Labels are ours, in every locale the policy is written in.
 */
export const serviceCategories = {
  "video-conferencing": { en: "Video conferencing", de: "Videokonferenzen", es: "Videoconferencias", nl: "Videovergaderen" },
  analytics: { en: "Web analytics", de: "Webanalyse", es: "Análisis web", nl: "Webanalyse" },
  "tag-management": { en: "Tag management", de: "Tag-Management", es: "Gestión de etiquetas", nl: "Tagbeheer" },
  payment: { en: "Payment", de: "Zahlungsabwicklung", es: "Pagos", nl: "Betalingen" },
  newsletter: { en: "Newsletter and e-mail", de: "Newsletter und E-Mail-Versand", es: "Boletines y correo electrónico", nl: "Nieuwsbrief en e-mail" },
  hosting: { en: "Hosting and cloud", de: "Hosting und Cloud", es: "Alojamiento y nube", nl: "Hosting en cloud" },
  cdn: {
    en: "Content delivery and security",
    de: "Content Delivery und Sicherheit",
    es: "Distribución de contenidos y seguridad",
    nl: "Contentlevering en beveiliging",
  },
  fonts: { en: "Web fonts", de: "Webschriften", es: "Fuentes web", nl: "Weblettertypen" },
  maps: { en: "Maps", de: "Karten", es: "Mapas", nl: "Kaarten" },
  video: { en: "Embedded video", de: "Eingebettete Videos", es: "Vídeos integrados", nl: "Ingesloten video" },
  "social-media": {
    en: "Social media plugins and pixels",
    de: "Social-Media-Plugins und Pixel",
    es: "Plugins y píxeles de redes sociales",
    nl: "Plug-ins en pixels van sociale media",
  },
  advertising: {
    en: "Advertising and conversion tracking",
    de: "Werbung und Conversion-Tracking",
    es: "Publicidad y seguimiento de conversiones",
    nl: "Advertenties en conversietracking",
  },
  chat: { en: "Live chat", de: "Live-Chat", es: "Chat en directo", nl: "Livechat" },
  support: { en: "Customer support", de: "Kundensupport", es: "Atención al cliente", nl: "Klantenservice" },
  crm: {
    en: "Customer relationship management",
    de: "Kundenbeziehungsmanagement (CRM)",
    es: "Gestión de la relación con los clientes (CRM)",
    nl: "Klantrelatiebeheer (CRM)",
  },
  "error-monitoring": { en: "Error monitoring", de: "Fehlerüberwachung", es: "Supervisión de errores", nl: "Foutbewaking" },
  scheduling: { en: "Appointment scheduling", de: "Terminbuchung", es: "Reserva de citas", nl: "Afspraken plannen" },
  forms: {
    en: "Online forms and surveys",
    de: "Online-Formulare und Umfragen",
    es: "Formularios y encuestas en línea",
    nl: "Onlineformulieren en enquêtes",
  },
  "bot-protection": {
    en: "Spam and bot protection",
    de: "Spam- und Bot-Schutz",
    es: "Protección contra spam y bots",
    nl: "Bescherming tegen spam en bots",
  },
  "shop-platform": {
    en: "Online shop platforms",
    de: "Onlineshop-Plattformen",
    es: "Plataformas de tiendas en línea",
    nl: "Platforms voor webwinkels",
  },
  "consent-management": { en: "Consent management", de: "Einwilligungsverwaltung", es: "Gestión del consentimiento", nl: "Toestemmingsbeheer" },
  reviews: {
    en: "Customer reviews and trust badges",
    de: "Kundenbewertungen und Gütesiegel",
    es: "Valoraciones de clientes y sellos de confianza",
    nl: "Klantbeoordelingen en keurmerken",
  },
  shipping: { en: "Shipping and parcel delivery", de: "Versand und Paketzustellung", es: "Envíos y paquetería", nl: "Verzending en pakketbezorging" },
  collaboration: {
    en: "Office and collaboration software",
    de: "Büro- und Kollaborationssoftware",
    es: "Software de oficina y colaboración",
    nl: "Kantoor- en samenwerkingssoftware",
  },
  audio: {
    en: "Embedded audio and podcasts",
    de: "Eingebettete Audioinhalte und Podcasts",
    es: "Audio y pódcast integrados",
    nl: "Ingesloten audio en podcasts",
  },
} as const satisfies Record<string, Translated>;

export type ServiceCategoryId = keyof typeof serviceCategories;
export const serviceCategoryIds = Object.keys(serviceCategories) as [ServiceCategoryId, ...ServiceCategoryId[]];
