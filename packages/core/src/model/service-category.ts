import type { Translated } from "../taxonomy/types.js";

/**
 * The kinds of service a provider offers, for finding a catalog entry ("newsletter") and for
 * grouping. Labels are ours, in every locale the policy is written in.
 */
export const serviceCategories = {
  "video-conferencing": { en: "Video conferencing", de: "Videokonferenzen" },
  analytics: { en: "Web analytics", de: "Webanalyse" },
  "tag-management": { en: "Tag management", de: "Tag-Management" },
  payment: { en: "Payment", de: "Zahlungsabwicklung" },
  newsletter: { en: "Newsletter and e-mail", de: "Newsletter und E-Mail-Versand" },
  hosting: { en: "Hosting and cloud", de: "Hosting und Cloud" },
  cdn: { en: "Content delivery and security", de: "Content Delivery und Sicherheit" },
  fonts: { en: "Web fonts", de: "Webschriften" },
  maps: { en: "Maps", de: "Karten" },
  video: { en: "Embedded video", de: "Eingebettete Videos" },
  "social-media": { en: "Social media plugins and pixels", de: "Social-Media-Plugins und Pixel" },
  advertising: { en: "Advertising and conversion tracking", de: "Werbung und Conversion-Tracking" },
  chat: { en: "Live chat", de: "Live-Chat" },
  support: { en: "Customer support", de: "Kundensupport" },
  crm: { en: "Customer relationship management", de: "Kundenbeziehungsmanagement (CRM)" },
  "error-monitoring": { en: "Error monitoring", de: "Fehlerüberwachung" },
  scheduling: { en: "Appointment scheduling", de: "Terminbuchung" },
  forms: { en: "Online forms and surveys", de: "Online-Formulare und Umfragen" },
  "bot-protection": { en: "Spam and bot protection", de: "Spam- und Bot-Schutz" },
  "shop-platform": { en: "Online shop platforms", de: "Onlineshop-Plattformen" },
  "consent-management": { en: "Consent management", de: "Einwilligungsverwaltung" },
  reviews: { en: "Customer reviews and trust badges", de: "Kundenbewertungen und Gütesiegel" },
  shipping: { en: "Shipping and parcel delivery", de: "Versand und Paketzustellung" },
  collaboration: { en: "Office and collaboration software", de: "Büro- und Kollaborationssoftware" },
  audio: { en: "Embedded audio and podcasts", de: "Eingebettete Audioinhalte und Podcasts" },
} as const satisfies Record<string, Translated>;

export type ServiceCategoryId = keyof typeof serviceCategories;
export const serviceCategoryIds = Object.keys(serviceCategories) as [ServiceCategoryId, ...ServiceCategoryId[]];
