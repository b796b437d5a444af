import type { Translated } from "../taxonomy/types.js";

/**
 * The kinds of service a provider offers, for finding a catalog entry ("newsletter") and for
 * grouping. Labels are ours, in every locale the policy is written in.
 */
export const serviceCategories = {
  "video-conferencing": { en: "Video conferencing", de: "Videokonferenzen", es: "Videoconferencias", nl: "Videovergaderen", pl: "Wideokonferencje" },
  analytics: { en: "Web analytics", de: "Webanalyse", es: "Análisis web", nl: "Webanalyse", pl: "Analityka internetowa" },
  "tag-management": { en: "Tag management", de: "Tag-Management", es: "Gestión de etiquetas", nl: "Tagbeheer", pl: "Zarządzanie tagami" },
  payment: { en: "Payment", de: "Zahlungsabwicklung", es: "Pagos", nl: "Betalingen", pl: "Płatności" },
  newsletter: {
    en: "Newsletter and e-mail",
    de: "Newsletter und E-Mail-Versand",
    es: "Boletines y correo electrónico",
    nl: "Nieuwsbrief en e-mail",
    pl: "Newsletter i e-mail",
  },
  hosting: { en: "Hosting and cloud", de: "Hosting und Cloud", es: "Alojamiento y nube", nl: "Hosting en cloud", pl: "Hosting i chmura" },
  cdn: {
    en: "Content delivery and security",
    de: "Content Delivery und Sicherheit",
    es: "Distribución de contenidos y seguridad",
    nl: "Contentlevering en beveiliging",
    pl: "Dostarczanie treści i bezpieczeństwo",
  },
  fonts: { en: "Web fonts", de: "Webschriften", es: "Fuentes web", nl: "Weblettertypen", pl: "Fonty internetowe" },
  maps: { en: "Maps", de: "Karten", es: "Mapas", nl: "Kaarten", pl: "Mapy" },
  video: { en: "Embedded video", de: "Eingebettete Videos", es: "Vídeos integrados", nl: "Ingesloten video", pl: "Osadzone filmy" },
  "social-media": {
    en: "Social media plugins and pixels",
    de: "Social-Media-Plugins und Pixel",
    es: "Plugins y píxeles de redes sociales",
    nl: "Plug-ins en pixels van sociale media",
    pl: "Wtyczki i piksele mediów społecznościowych",
  },
  advertising: {
    en: "Advertising and conversion tracking",
    de: "Werbung und Conversion-Tracking",
    es: "Publicidad y seguimiento de conversiones",
    nl: "Advertenties en conversietracking",
    pl: "Reklama i śledzenie konwersji",
  },
  chat: { en: "Live chat", de: "Live-Chat", es: "Chat en directo", nl: "Livechat", pl: "Czat na żywo" },
  support: { en: "Customer support", de: "Kundensupport", es: "Atención al cliente", nl: "Klantenservice", pl: "Obsługa klienta" },
  crm: {
    en: "Customer relationship management",
    de: "Kundenbeziehungsmanagement (CRM)",
    es: "Gestión de la relación con los clientes (CRM)",
    nl: "Klantrelatiebeheer (CRM)",
    pl: "Zarządzanie relacjami z klientami (CRM)",
  },
  "error-monitoring": {
    en: "Error monitoring",
    de: "Fehlerüberwachung",
    es: "Supervisión de errores",
    nl: "Foutbewaking",
    pl: "Monitorowanie błędów",
  },
  scheduling: { en: "Appointment scheduling", de: "Terminbuchung", es: "Reserva de citas", nl: "Afspraken plannen", pl: "Rezerwacja terminów" },
  forms: {
    en: "Online forms and surveys",
    de: "Online-Formulare und Umfragen",
    es: "Formularios y encuestas en línea",
    nl: "Onlineformulieren en enquêtes",
    pl: "Formularze i ankiety online",
  },
  "bot-protection": {
    en: "Spam and bot protection",
    de: "Spam- und Bot-Schutz",
    es: "Protección contra spam y bots",
    nl: "Bescherming tegen spam en bots",
    pl: "Ochrona przed spamem i botami",
  },
  "shop-platform": {
    en: "Online shop platforms",
    de: "Onlineshop-Plattformen",
    es: "Plataformas de tiendas en línea",
    nl: "Platforms voor webwinkels",
    pl: "Platformy sklepów internetowych",
  },
  "consent-management": {
    en: "Consent management",
    de: "Einwilligungsverwaltung",
    es: "Gestión del consentimiento",
    nl: "Toestemmingsbeheer",
    pl: "Zarządzanie zgodami",
  },
  reviews: {
    en: "Customer reviews and trust badges",
    de: "Kundenbewertungen und Gütesiegel",
    es: "Valoraciones de clientes y sellos de confianza",
    nl: "Klantbeoordelingen en keurmerken",
    pl: "Opinie klientów i znaki jakości",
  },
  shipping: {
    en: "Shipping and parcel delivery",
    de: "Versand und Paketzustellung",
    es: "Envíos y paquetería",
    nl: "Verzending en pakketbezorging",
    pl: "Wysyłka i doręczanie paczek",
  },
  collaboration: {
    en: "Office and collaboration software",
    de: "Büro- und Kollaborationssoftware",
    es: "Software de oficina y colaboración",
    nl: "Kantoor- en samenwerkingssoftware",
    pl: "Oprogramowanie biurowe i do współpracy",
  },
  audio: {
    en: "Embedded audio and podcasts",
    de: "Eingebettete Audioinhalte und Podcasts",
    es: "Audio y pódcast integrados",
    nl: "Ingesloten audio en podcasts",
    pl: "Osadzone nagrania audio i podcasty",
  },
} as const satisfies Record<string, Translated>;

export type ServiceCategoryId = keyof typeof serviceCategories;
export const serviceCategoryIds = Object.keys(serviceCategories) as [ServiceCategoryId, ...ServiceCategoryId[]];
