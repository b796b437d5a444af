import type { Translated } from "../taxonomy/types.js";

/**
 * The kinds of service a provider offers, for finding a catalog entry ("newsletter") and for
 * grouping. Labels are ours, in every locale the policy is written in.
 */
export const serviceCategories = {
  "video-conferencing": { en: "Video conferencing", de: "Videokonferenzen", es: "Videoconferencias" },
  analytics: { en: "Web analytics", de: "Webanalyse", es: "Análisis web" },
  "tag-management": { en: "Tag management", de: "Tag-Management", es: "Gestión de etiquetas" },
  payment: { en: "Payment", de: "Zahlungsabwicklung", es: "Pagos" },
  newsletter: { en: "Newsletter and e-mail", de: "Newsletter und E-Mail-Versand", es: "Boletines y correo electrónico" },
  hosting: { en: "Hosting and cloud", de: "Hosting und Cloud", es: "Alojamiento y nube" },
  cdn: { en: "Content delivery and security", de: "Content Delivery und Sicherheit", es: "Distribución de contenidos y seguridad" },
  fonts: { en: "Web fonts", de: "Webschriften", es: "Fuentes web" },
  maps: { en: "Maps", de: "Karten", es: "Mapas" },
  video: { en: "Embedded video", de: "Eingebettete Videos", es: "Vídeos integrados" },
  "social-media": { en: "Social media plugins and pixels", de: "Social-Media-Plugins und Pixel", es: "Plugins y píxeles de redes sociales" },
  advertising: { en: "Advertising and conversion tracking", de: "Werbung und Conversion-Tracking", es: "Publicidad y seguimiento de conversiones" },
  chat: { en: "Live chat", de: "Live-Chat", es: "Chat en directo" },
  support: { en: "Customer support", de: "Kundensupport", es: "Atención al cliente" },
  crm: { en: "Customer relationship management", de: "Kundenbeziehungsmanagement (CRM)", es: "Gestión de la relación con los clientes (CRM)" },
  "error-monitoring": { en: "Error monitoring", de: "Fehlerüberwachung", es: "Supervisión de errores" },
  scheduling: { en: "Appointment scheduling", de: "Terminbuchung", es: "Reserva de citas" },
  forms: { en: "Online forms and surveys", de: "Online-Formulare und Umfragen", es: "Formularios y encuestas en línea" },
  "bot-protection": { en: "Spam and bot protection", de: "Spam- und Bot-Schutz", es: "Protección contra spam y bots" },
  "shop-platform": { en: "Online shop platforms", de: "Onlineshop-Plattformen", es: "Plataformas de tiendas en línea" },
  "consent-management": { en: "Consent management", de: "Einwilligungsverwaltung", es: "Gestión del consentimiento" },
  reviews: { en: "Customer reviews and trust badges", de: "Kundenbewertungen und Gütesiegel", es: "Valoraciones de clientes y sellos de confianza" },
  shipping: { en: "Shipping and parcel delivery", de: "Versand und Paketzustellung", es: "Envíos y paquetería" },
  collaboration: { en: "Office and collaboration software", de: "Büro- und Kollaborationssoftware", es: "Software de oficina y colaboración" },
  audio: { en: "Embedded audio and podcasts", de: "Eingebettete Audioinhalte und Podcasts", es: "Audio y pódcast integrados" },
} as const satisfies Record<string, Translated>;

export type ServiceCategoryId = keyof typeof serviceCategories;
export const serviceCategoryIds = Object.keys(serviceCategories) as [ServiceCategoryId, ...ServiceCategoryId[]];
