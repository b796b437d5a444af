import type { Translated } from "../taxonomy/types.js";

/**
 * The kinds of service a provider offers, for finding a catalog entry ("newsletter") and for
 * grouping. Labels are ours, in every locale the policy is written in.
 */
export const serviceCategories = {
  "video-conferencing": { en: "Video conferencing", de: "Videokonferenzen", fr: "Visioconférence" },
  analytics: { en: "Web analytics", de: "Webanalyse", fr: "Mesure d'audience" },
  "tag-management": { en: "Tag management", de: "Tag-Management", fr: "Gestion des balises" },
  payment: { en: "Payment", de: "Zahlungsabwicklung", fr: "Paiement" },
  newsletter: { en: "Newsletter and e-mail", de: "Newsletter und E-Mail-Versand", fr: "Lettres d'information et courriels" },
  hosting: { en: "Hosting and cloud", de: "Hosting und Cloud", fr: "Hébergement et cloud" },
  cdn: { en: "Content delivery and security", de: "Content Delivery und Sicherheit", fr: "Diffusion de contenu et sécurité" },
  fonts: { en: "Web fonts", de: "Webschriften", fr: "Polices web" },
  maps: { en: "Maps", de: "Karten", fr: "Cartes" },
  video: { en: "Embedded video", de: "Eingebettete Videos", fr: "Vidéos intégrées" },
  "social-media": { en: "Social media plugins and pixels", de: "Social-Media-Plugins und Pixel", fr: "Modules et pixels de réseaux sociaux" },
  advertising: { en: "Advertising and conversion tracking", de: "Werbung und Conversion-Tracking", fr: "Publicité et suivi des conversions" },
  chat: { en: "Live chat", de: "Live-Chat", fr: "Messagerie instantanée" },
  support: { en: "Customer support", de: "Kundensupport", fr: "Assistance à la clientèle" },
  crm: { en: "Customer relationship management", de: "Kundenbeziehungsmanagement (CRM)", fr: "Gestion de la relation client (CRM)" },
  "error-monitoring": { en: "Error monitoring", de: "Fehlerüberwachung", fr: "Surveillance des erreurs" },
  scheduling: { en: "Appointment scheduling", de: "Terminbuchung", fr: "Prise de rendez-vous" },
  forms: { en: "Online forms and surveys", de: "Online-Formulare und Umfragen", fr: "Formulaires et enquêtes en ligne" },
  "bot-protection": { en: "Spam and bot protection", de: "Spam- und Bot-Schutz", fr: "Protection contre le spam et les robots" },
  "shop-platform": { en: "Online shop platforms", de: "Onlineshop-Plattformen", fr: "Plateformes de boutique en ligne" },
  "consent-management": { en: "Consent management", de: "Einwilligungsverwaltung", fr: "Gestion du consentement" },
  reviews: { en: "Customer reviews and trust badges", de: "Kundenbewertungen und Gütesiegel", fr: "Avis clients et labels de confiance" },
  shipping: { en: "Shipping and parcel delivery", de: "Versand und Paketzustellung", fr: "Expédition et livraison de colis" },
  collaboration: {
    en: "Office and collaboration software",
    de: "Büro- und Kollaborationssoftware",
    fr: "Logiciels de bureautique et de collaboration",
  },
  audio: { en: "Embedded audio and podcasts", de: "Eingebettete Audioinhalte und Podcasts", fr: "Audio et podcasts intégrés" },
} as const satisfies Record<string, Translated>;

export type ServiceCategoryId = keyof typeof serviceCategories;
export const serviceCategoryIds = Object.keys(serviceCategories) as [ServiceCategoryId, ...ServiceCategoryId[]];
