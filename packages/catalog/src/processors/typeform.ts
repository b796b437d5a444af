import type { Processor } from "@policy/core";

/**
 * Typeform: online forms, surveys and quizzes from Barcelona.
 *
 * Entity: Typeform's terms of use (the page the datenanfragen record cites) name TYPEFORM S.L., Carrer Bac de Roda, 163,
 * 08018 Barcelona (tax code B65831836); the datenanfragen record writes the same address as "C/Bac de Roda, 163" and the
 * name as "TYPEFORM, S.L.". We follow Typeform's page.
 * Role: the terms describe the service as creating forms and storing them, and their answers, for the account holder;
 * no Typeform page we read says "processor" in so many words.
 * Transfers: the company is in Spain and no Typeform page we read names a transfer, so none is listed.
 * Deletion and retention: no Typeform page we read says how respondents delete their answers or how long they are kept,
 * so both are left out.
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
    url: "https://www.typeform.com",
  },
  role: "processor",
  urls: {
    website: "https://www.typeform.com",
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
    { url: "https://admin.typeform.com/to/dwk6gt", facts: ["entity", "activities"] },
    {
      url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/typeform.json",
      facts: ["entity", "urls"],
    },
    {
      url: "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv",
      facts: ["device-access"],
    },
  ],
  checked: "2026-11-29",
};
