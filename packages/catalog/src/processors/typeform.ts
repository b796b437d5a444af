import type { Processor } from "@policy/core";

/**
 * Typeform: online forms, surveys and quizzes from Barcelona.
 *
 * Read (2026-12-06):
 * - Typeform's terms of use (admin.typeform.com/to/dwk6gt, the page the datenanfragen record cites; no date on the
 *   stored copy): the services are provided by TYPEFORM S.L., Carrer Bac de Roda, 163, 08018 Barcelona, tax code
 *   B65831836; the service creates forms ("typeforms") and stores them and their answers for the account holder.
 * - Typeform's Master Enterprise Agreement v5 (typeform.com/meaarchive5, an archived version in force before 21 April
 *   2023): TYPEFORM SL, "registered at C/ Pallars 108, Aticco - Typeform, 08018 Barcelona".
 * - Open Cookie Database: tf_respondent_cc on .typeform.com, 6 months. Typeform documents no cookies in any page we
 *   could read; the cookie's value (seen in public request logs) holds consent groups, so it may record the
 *   respondent's cookie choice rather than keep the form working; we keep the database's description.
 *
 * Not found: Typeform's privacy policy, data processing agreement and sub-processor list are not among the stored
 * copies (pages corpus, ToS;DR and Open Terms Archive archives searched). Several third-party copies of Typeform's
 * sign-up page link a privacy policy at www.typeform.com/privacy-policy/, and a third-party note says Typeform's DPA
 * names affiliates in the US, the UK and Germany; both are leads only. So the privacy-policy URL and any transfer
 * outside the EEA stay out of this entry until Typeform's own pages can be read.
 *
 * Re-checked 2026-12-06:
 * - Entity: name no change; address kept from the terms of use but marked unconfirmed, since Typeform's own enterprise
 *   agreement (v5) gives another Barcelona address and we could not tell which is current.
 * - URLs, transfers: still none; see "Not found".
 * - Role: processor, no change; the terms describe storing forms and answers for the account holder, no Typeform page
 *   we read says "processor".
 * - Cookies: tf_respondent_cc unchanged (Open Cookie Database only).
 * - Deletion and retention: still left out; no Typeform page we read states them.
 */
export const typeform: Processor = {
  id: "typeform",
  name: "Typeform",
  aliases: [],
  categories: ["forms"],
  entity: {
    name: "TYPEFORM S.L.",
    address: { street: "Carrer Bac de Roda, 163", postalCode: "08018", city: "Barcelona", country: "ES" },
    email: "dpo@typeform.com",
    url: "https://www.typeform.com/",
  },
  role: "processor",
  urls: {
    website: "https://www.typeform.com/",
  },
  description: {
    en: "Typeform lets websites build forms, surveys and quizzes that ask one question at a time, and stores the answers for the form's owner.",
    de: "Mit Typeform erstellen Websites Formulare, Umfragen und Quiz, die eine Frage nach der anderen stellen; die Antworten speichert Typeform für den Inhaber des Formulars.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Receiving and handling what you send us through our online forms.",
          de: "Das, was Sie uns über unsere Online-Formulare senden, entgegenzunehmen und zu bearbeiten.",
        },
      },
    ],
    data: [
      {
        category: "user.content.private",
        details: { en: "your answers to the form's questions", de: "Ihre Antworten auf die Fragen des Formulars" },
        collected: "provided",
      },
      {
        category: "user.contact",
        details: {
          en: "name, e-mail address or other contact details, if the form asks for them",
          de: "Name, E-Mail-Adresse oder andere Kontaktdaten, wenn das Formular danach fragt",
        },
        collected: "provided",
      },
    ],
    subjects: ["website_visitor", "contact_person"],
  },
  domains: [],
  transfers: [],
  deviceAccess: [
    {
      name: "tf_respondent_cc",
      technology: "cookie",
      domain: ".typeform.com",
      purpose: {
        en: "Needed for an embedded Typeform form to work while you fill it in.",
        de: "Wird benötigt, damit ein eingebettetes Typeform-Formular beim Ausfüllen funktioniert.",
      },
      duration: "P6M",
      party: "third",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    { url: "https://admin.typeform.com/to/dwk6gt", facts: ["entity", "role", "urls", "activities"], checked: "2026-12-06" },
    { url: "https://typeform.com/meaarchive5", facts: ["entity"], checked: "2026-12-06" },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
      checked: "2026-12-06",
    },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity.address",
      note: "Typeform's terms of use give Carrer Bac de Roda, 163; Typeform's Master Enterprise Agreement v5 (in force before April 2023) gives C/ Pallars 108, Aticco - Typeform, 08018 Barcelona. Typeform's privacy policy and imprint, which would settle it, were not among the stored copies (checked 2026-12-06).",
    },
  ],
  disagreements: [],
};
