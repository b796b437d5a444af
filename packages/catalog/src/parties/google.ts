import type { Party, Source, Transfer } from "@policy/core";

/*
 * The Google companies every Google entry names, and the transfers to Google LLC, kept once so a change is one edit.
 *
 * Google Ireland Limited: Google's own terms name it as the provider of Google services in the EEA and Switzerland
 * (policies.google.com, version effective 22 January 2019); the current terms glossary names it as the Google LLC
 * subsidiary providing services in the EU. Google LLC: address as in the datenanfragen record.
 */

export const googleIreland: Party = {
  name: "Google Ireland Limited",
  address: { street: "Gordon House, Barrow Street", city: "Dublin 4", country: "IE" },
};

export const googleLlc: Party = {
  name: "Google LLC",
  address: { street: "1600 Amphitheatre Pkwy", postalCode: "94043", city: "Mountain View", region: "CA", country: "US" },
  email: "data-access-requests@google.com",
  url: "https://www.google.com",
};

/** Where the two companies above are stated. */
export const googlePartySources: Source[] = [
  { url: "https://policies.google.com/terms/archive/20190122-20200331?gl=DE", facts: ["entity"] },
  { url: "https://policies.google.com/terms/definitions?hl=en-GB&gl=uk/", facts: ["entity", "parent"] },
  {
    url: "https://github.com/datenanfragen/data/blob/0a29c3d6feee53b02e73204a3dbd312eafe56629/companies/google.json",
    facts: ["parent"],
  },
];

/**
 * Google's page on legal frameworks for data transfers (version effective 16 September 2024, linked from its privacy
 * policy): Google LLC and its wholly-owned US subsidiaries are certified under the EU-U.S. Data Privacy Framework.
 */
export const googleFrameworksSource: Source = { url: "https://policies.google.com/privacy/frameworks?hl=pt-BR", facts: ["transfers"] };

/** Google LLC in the US, on its Data Privacy Framework certification (see googleFrameworksSource). */
export const googleDpfTransfer: Transfer = { country: "US", mechanism: "EU-US-DPF", checked: "2026-11-29" };

/**
 * The same for Google's ads and measurement services: Google relies on the DPF there "in some cases" since
 * 1 September 2023, and its Ads Data Processing Terms (Appendix 3A, 7.1) apply the EU standard contractual clauses
 * where it does not. Each entry cites the terms it read.
 */
export const googleAdsTransfer: Transfer = {
  ...googleDpfTransfer,
  note: {
    en: "Google says that since 1 September 2023 it relies in some cases on the Data Privacy Framework for its ads and measurement services; where it does not, its data processing terms apply the EU standard contractual clauses.",
    de: "Google erklärt, sich seit dem 1. September 2023 für seine Werbe- und Messdienste in bestimmten Fällen auf das Data Privacy Framework zu stützen; wo das nicht der Fall ist, gelten nach seinen Bedingungen zur Auftragsverarbeitung die Standardvertragsklauseln der EU.",
  },
};
