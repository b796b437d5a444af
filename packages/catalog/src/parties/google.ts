import type { Party, Source } from "@policy/core";

/*
 * The Google companies every Google entry names, kept once so a change of address is one edit.
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
