import type { Translated } from "../taxonomy/types.js";

/**
 * The kinds of service a provider offers, for finding a catalog entry ("newsletter") and for
 * grouping. Labels are ours, in every locale the policy is written in.
 */
export const serviceCategories = {
  "video-conferencing": { en: "Video conferencing", de: "Videokonferenzen", it: "Videoconferenze" },
  analytics: { en: "Web analytics", de: "Webanalyse", it: "Analisi web" },
  "tag-management": { en: "Tag management", de: "Tag-Management", it: "Gestione dei tag" },
  payment: { en: "Payment", de: "Zahlungsabwicklung", it: "Pagamenti" },
  newsletter: { en: "Newsletter and e-mail", de: "Newsletter und E-Mail-Versand", it: "Newsletter e invio di e-mail" },
  hosting: { en: "Hosting and cloud", de: "Hosting und Cloud", it: "Hosting e cloud" },
  cdn: { en: "Content delivery and security", de: "Content Delivery und Sicherheit", it: "Distribuzione dei contenuti e sicurezza" },
  fonts: { en: "Web fonts", de: "Webschriften", it: "Caratteri tipografici web" },
  maps: { en: "Maps", de: "Karten", it: "Mappe" },
  video: { en: "Embedded video", de: "Eingebettete Videos", it: "Video incorporati" },
  "social-media": { en: "Social media plugins and pixels", de: "Social-Media-Plugins und Pixel", it: "Plugin e pixel dei social media" },
  advertising: {
    en: "Advertising and conversion tracking",
    de: "Werbung und Conversion-Tracking",
    it: "Pubblicità e tracciamento delle conversioni",
  },
  chat: { en: "Live chat", de: "Live-Chat", it: "Chat dal vivo" },
  support: { en: "Customer support", de: "Kundensupport", it: "Assistenza clienti" },
  crm: { en: "Customer relationship management", de: "Kundenbeziehungsmanagement (CRM)", it: "Gestione delle relazioni con i clienti (CRM)" },
  "error-monitoring": { en: "Error monitoring", de: "Fehlerüberwachung", it: "Monitoraggio degli errori" },
  scheduling: { en: "Appointment scheduling", de: "Terminbuchung", it: "Prenotazione di appuntamenti" },
  forms: { en: "Online forms and surveys", de: "Online-Formulare und Umfragen", it: "Moduli e sondaggi online" },
  "bot-protection": { en: "Spam and bot protection", de: "Spam- und Bot-Schutz", it: "Protezione da spam e bot" },
  "shop-platform": { en: "Online shop platforms", de: "Onlineshop-Plattformen", it: "Piattaforme per negozi online" },
  "consent-management": { en: "Consent management", de: "Einwilligungsverwaltung", it: "Gestione del consenso" },
  reviews: { en: "Customer reviews and trust badges", de: "Kundenbewertungen und Gütesiegel", it: "Recensioni dei clienti e marchi di fiducia" },
  shipping: { en: "Shipping and parcel delivery", de: "Versand und Paketzustellung", it: "Spedizione e consegna di pacchi" },
  collaboration: {
    en: "Office and collaboration software",
    de: "Büro- und Kollaborationssoftware",
    it: "Software per l'ufficio e la collaborazione",
  },
  audio: { en: "Embedded audio and podcasts", de: "Eingebettete Audioinhalte und Podcasts", it: "Audio e podcast incorporati" },
} as const satisfies Record<string, Translated>;

export type ServiceCategoryId = keyof typeof serviceCategories;
export const serviceCategoryIds = Object.keys(serviceCategories) as [ServiceCategoryId, ...ServiceCategoryId[]];
