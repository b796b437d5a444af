import type { DpfCertification, Party, Source, Transfer } from "@policy/core";

/*
 * The Microsoft companies the Microsoft entries name, kept once so a change of address is one edit.
 *
 * Read: the Microsoft Privacy Statement ("Last Updated: July 2026"), as archived by Open Terms Archive under
 * "Microsoft Copilot" (genai-eu-versions, commit 91c9942f, crawled 3 August 2026; the June 2026 version archived under
 * "Bing" in vlopses-ie-versions says the same). Its "How to contact us" section names Microsoft Corporation and, for
 * the EEA, the UK and Switzerland, Microsoft Ireland Operations Limited as the controllers "when Microsoft is a
 * controller", with the addresses and phone numbers below; its "Storage and processing" section says Microsoft
 * Corporation complies with the EU-U.S. Data Privacy Framework, the UK Extension and the Swiss-U.S. Data Privacy
 * Framework and has certified so to the US Department of Commerce.
 *
 * Re-checked 2026-12-06: entity and parent: no change (both addresses and phone numbers as in the statement). The
 * earlier comment cited a "September 2026" version at a commit that is not in the archive we can read; the newest copy
 * we could read is the July 2026 one, cited below. New: the statement as a shared source, and Microsoft Corporation's
 * DPF certification (EU-U.S., UK Extension, Swiss-U.S.) as the statement gives it. No stored copy of the DPF List
 * entry was found, so the certification rests on Microsoft's own statement.
 */

export const microsoftIreland: Party = {
  name: "Microsoft Ireland Operations Limited",
  address: {
    street: "One Microsoft Place, South County Business Park, Leopardstown",
    city: "Dublin 18",
    country: "IE",
  },
  phone: "+353 1 706 3117",
  url: "https://www.microsoft.com/",
};

export const microsoftCorporation: Party = {
  name: "Microsoft Corporation",
  address: { street: "One Microsoft Way", postalCode: "98052", city: "Redmond", region: "WA", country: "US" },
  phone: "+1 425 882 8080",
  url: "https://www.microsoft.com/",
};

/** The archived Microsoft Privacy Statement (July 2026) the parties and the certification come from. */
export const microsoftPrivacyStatementUrl =
  "https://github.com/OpenTermsArchive/genai-eu-versions/blob/91c9942f3fae8e8bd107681290a599f9d2b8d2aa/Microsoft%20Copilot/Privacy%20Policy.md";

/** The privacy statement as a source: both controllers, their addresses, the DPF certification and the SCCs. */
export const microsoftPrivacyStatementSource: Source = {
  url: microsoftPrivacyStatementUrl,
  facts: ["entity", "parent", "transfers"],
  checked: "2026-12-06",
};

/** Microsoft Corporation's certification under the Data Privacy Framework, as its privacy statement gives it. */
export const microsoftCorporationDpf: DpfCertification = {
  frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
  source: microsoftPrivacyStatementUrl,
  checked: "2026-12-06",
};

/**
 * Microsoft's Trust Center page "GDPR frequently asked questions" (microsoft.com, read in a stored copy): controllers
 * "such as organizations using Microsoft's enterprise online services" use processors "such as Microsoft"; Microsoft's
 * GDPR terms reflect the processor commitments of Art. 28; Microsoft uses the standard contractual clauses.
 */
export const microsoftGdprFaqSource: Source = {
  url: "https://www.microsoft.com/en-ww/trust-center/privacy/gdpr-faqs?market=af",
  facts: ["role", "transfers"],
  checked: "2026-12-06",
};

/**
 * Microsoft's "European Union Model Clauses" page (products.office.com, Slovenian locale with English text, stored copy):
 * Microsoft offers customers the EU standard contractual clauses for in-scope services, "as described in the Microsoft
 * Online Services Terms (OST) Data Protection Addendum (DPA)"; the in-scope services listed include Azure.
 */
export const microsoftModelClausesSource: Source = {
  url: "https://products.office.com/sl-si/business/office-365-trust-center-eu-model-clauses-faq",
  facts: ["transfers"],
  checked: "2026-12-06",
};

/**
 * Microsoft's page "Services permanently excluded from the EU Data Boundary" (learn.microsoft.com, stored copy): most of
 * Microsoft's major commercial online services in the Azure, Dynamics 365, Power Platform and Microsoft 365 families
 * are in scope for the EU Data Boundary, subject to continuing flows of customer data described in its other articles;
 * Azure Front Door and Azure CDN cache content at edge locations worldwide.
 */
export const microsoftEuDataBoundarySource: Source = {
  url: "https://learn.microsoft.com/en-us/privacy/eudb/eu-data-boundary-permanent-transfers-from-services",
  facts: ["transfers"],
  checked: "2026-12-06",
};

/**
 * The US transfer for Microsoft's enterprise online services: to Microsoft Corporation, certified under the Data
 * Privacy Framework according to Microsoft's privacy statement; Microsoft also offers the EU standard contractual
 * clauses to these customers (its GDPR FAQ and EU Model Clauses pages).
 */
export const microsoftOnlineServicesTransfer: Transfer = {
  country: "US",
  recipient: "Microsoft Corporation",
  mechanism: "EU-US-DPF",
  certification: microsoftCorporationDpf,
  note: {
    en: "Most of Microsoft's business cloud services store and process the data of EU customers within the EU (the EU Data Boundary), but some data still leaves it for running the services. Microsoft also offers the EU standard contractual clauses to business customers of these services.",
    de: "Die meisten Cloud-Dienste von Microsoft für Unternehmen speichern und verarbeiten die Daten von Kunden aus der EU innerhalb der EU (EU-Datengrenze); einige Daten verlassen sie aber weiterhin für den Betrieb der Dienste. Zusätzlich bietet Microsoft Geschäftskunden dieser Dienste die Standardvertragsklauseln der EU an.",
  },
  checked: "2026-12-06",
};
