import type { Translated } from "../taxonomy/types.js";

/**
 * The kinds of service a provider offers, for finding a catalog entry ("newsletter") and for
 * grouping. Labels are ours, in every locale the policy is written in.
 */
export const serviceCategories = {
  "video-conferencing": { en: "Video conferencing", de: "Videokonferenzen", nl: "Videovergaderen" },
  analytics: { en: "Web analytics", de: "Webanalyse", nl: "Webanalyse" },
  "tag-management": { en: "Tag management", de: "Tag-Management", nl: "Tagbeheer" },
  payment: { en: "Payment", de: "Zahlungsabwicklung", nl: "Betalingen" },
  newsletter: { en: "Newsletter and e-mail", de: "Newsletter und E-Mail-Versand", nl: "Nieuwsbrief en e-mail" },
  hosting: { en: "Hosting and cloud", de: "Hosting und Cloud", nl: "Hosting en cloud" },
  cdn: { en: "Content delivery and security", de: "Content Delivery und Sicherheit", nl: "Contentlevering en beveiliging" },
  fonts: { en: "Web fonts", de: "Webschriften", nl: "Weblettertypen" },
  maps: { en: "Maps", de: "Karten", nl: "Kaarten" },
  video: { en: "Embedded video", de: "Eingebettete Videos", nl: "Ingesloten video" },
  "social-media": { en: "Social media plugins and pixels", de: "Social-Media-Plugins und Pixel", nl: "Plug-ins en pixels van sociale media" },
  advertising: { en: "Advertising and conversion tracking", de: "Werbung und Conversion-Tracking", nl: "Advertenties en conversietracking" },
  chat: { en: "Live chat", de: "Live-Chat", nl: "Livechat" },
  support: { en: "Customer support", de: "Kundensupport", nl: "Klantenservice" },
  crm: { en: "Customer relationship management", de: "Kundenbeziehungsmanagement (CRM)", nl: "Klantrelatiebeheer (CRM)" },
  "error-monitoring": { en: "Error monitoring", de: "Fehlerüberwachung", nl: "Foutbewaking" },
  scheduling: { en: "Appointment scheduling", de: "Terminbuchung", nl: "Afspraken plannen" },
  forms: { en: "Online forms and surveys", de: "Online-Formulare und Umfragen", nl: "Onlineformulieren en enquêtes" },
  "bot-protection": { en: "Spam and bot protection", de: "Spam- und Bot-Schutz", nl: "Bescherming tegen spam en bots" },
  "shop-platform": { en: "Online shop platforms", de: "Onlineshop-Plattformen", nl: "Platforms voor webwinkels" },
  "consent-management": { en: "Consent management", de: "Einwilligungsverwaltung", nl: "Toestemmingsbeheer" },
  reviews: { en: "Customer reviews and trust badges", de: "Kundenbewertungen und Gütesiegel", nl: "Klantbeoordelingen en keurmerken" },
  shipping: { en: "Shipping and parcel delivery", de: "Versand und Paketzustellung", nl: "Verzending en pakketbezorging" },
  collaboration: { en: "Office and collaboration software", de: "Büro- und Kollaborationssoftware", nl: "Kantoor- en samenwerkingssoftware" },
  audio: { en: "Embedded audio and podcasts", de: "Eingebettete Audioinhalte und Podcasts", nl: "Ingesloten audio en podcasts" },
} as const satisfies Record<string, Translated>;

export type ServiceCategoryId = keyof typeof serviceCategories;
export const serviceCategoryIds = Object.keys(serviceCategories) as [ServiceCategoryId, ...ServiceCategoryId[]];
