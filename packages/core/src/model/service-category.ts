import type { Translated } from "../taxonomy/types.js";

/**
 * The kinds of service a provider offers, for finding a catalog entry ("newsletter") and for
 * grouping. Labels are ours, in every locale the policy is written in.
 */
export const serviceCategories = {
  "video-conferencing": { en: "Video conferencing", de: "Videokonferenzen", pl: "Wideokonferencje" },
  analytics: { en: "Web analytics", de: "Webanalyse", pl: "Analityka internetowa" },
  "tag-management": { en: "Tag management", de: "Tag-Management", pl: "Zarządzanie tagami" },
  payment: { en: "Payment", de: "Zahlungsabwicklung", pl: "Płatności" },
  newsletter: { en: "Newsletter and e-mail", de: "Newsletter und E-Mail-Versand", pl: "Newsletter i e-mail" },
  hosting: { en: "Hosting and cloud", de: "Hosting und Cloud", pl: "Hosting i chmura" },
  cdn: { en: "Content delivery and security", de: "Content Delivery und Sicherheit", pl: "Dostarczanie treści i bezpieczeństwo" },
  fonts: { en: "Web fonts", de: "Webschriften", pl: "Fonty internetowe" },
  maps: { en: "Maps", de: "Karten", pl: "Mapy" },
  video: { en: "Embedded video", de: "Eingebettete Videos", pl: "Osadzone filmy" },
  "social-media": { en: "Social media plugins and pixels", de: "Social-Media-Plugins und Pixel", pl: "Wtyczki i piksele mediów społecznościowych" },
  advertising: { en: "Advertising and conversion tracking", de: "Werbung und Conversion-Tracking", pl: "Reklama i śledzenie konwersji" },
  chat: { en: "Live chat", de: "Live-Chat", pl: "Czat na żywo" },
  support: { en: "Customer support", de: "Kundensupport", pl: "Obsługa klienta" },
  crm: { en: "Customer relationship management", de: "Kundenbeziehungsmanagement (CRM)", pl: "Zarządzanie relacjami z klientami (CRM)" },
  "error-monitoring": { en: "Error monitoring", de: "Fehlerüberwachung", pl: "Monitorowanie błędów" },
  scheduling: { en: "Appointment scheduling", de: "Terminbuchung", pl: "Rezerwacja terminów" },
  forms: { en: "Online forms and surveys", de: "Online-Formulare und Umfragen", pl: "Formularze i ankiety online" },
  "bot-protection": { en: "Spam and bot protection", de: "Spam- und Bot-Schutz", pl: "Ochrona przed spamem i botami" },
  "shop-platform": { en: "Online shop platforms", de: "Onlineshop-Plattformen", pl: "Platformy sklepów internetowych" },
  "consent-management": { en: "Consent management", de: "Einwilligungsverwaltung", pl: "Zarządzanie zgodami" },
  reviews: { en: "Customer reviews and trust badges", de: "Kundenbewertungen und Gütesiegel", pl: "Opinie klientów i znaki jakości" },
  shipping: { en: "Shipping and parcel delivery", de: "Versand und Paketzustellung", pl: "Wysyłka i doręczanie paczek" },
  collaboration: { en: "Office and collaboration software", de: "Büro- und Kollaborationssoftware", pl: "Oprogramowanie biurowe i do współpracy" },
  audio: { en: "Embedded audio and podcasts", de: "Eingebettete Audioinhalte und Podcasts", pl: "Osadzone nagrania audio i podcasty" },
} as const satisfies Record<string, Translated>;

export type ServiceCategoryId = keyof typeof serviceCategories;
export const serviceCategoryIds = Object.keys(serviceCategories) as [ServiceCategoryId, ...ServiceCategoryId[]];
