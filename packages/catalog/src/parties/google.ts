import type { DpfCertification, Party, Source, Transfer } from "@policy/core";

/*
 * The Google companies the Google entries name, Google LLC's certification under the Data Privacy Framework and the
 * transfers to Google LLC, kept once so a change is one edit.
 *
 * Read (stored copies, 2026-12-06):
 * - Google Terms of Service, effective 30 July 2026, as archived by Open Terms Archive (contrib-versions, commit
 *   05df7582): in the EEA and Switzerland Google services are provided by, and users contract with, Google Ireland
 *   Limited, Gordon House, Barrow Street, Dublin 4, Ireland; "affiliate" means Google LLC and its subsidiaries,
 *   including Google Ireland Limited.
 * - Google Privacy Policy, effective 2 April 2026, as archived by Open Terms Archive (contrib-versions, commit
 *   c76a4c99): unless a service-specific notice says otherwise, the data controller for users in the EEA or
 *   Switzerland is Google Ireland Limited (same address); Google LLC is at 1600 Amphitheatre Parkway, Mountain View,
 *   California 94043, USA. It links its page on legal frameworks for data transfers.
 * - Google's page "Legal frameworks for data transfers", effective 16 September 2024 (stored copy of
 *   policies.google.com/privacy/frameworks in Brazilian Portuguese): Google complies with the EU-U.S. and the
 *   Swiss-U.S. Data Privacy Framework and the UK Extension to the EU-U.S. DPF; Google LLC and its wholly owned US
 *   subsidiaries, unless explicitly excluded, are certified. No stored copy of Google LLC's entry on the DPF List
 *   (dataprivacyframework.gov) was found, so the certification cites Google's own statement.
 *
 * Re-checked 2026-12-06: the transfers now name their recipient, Google LLC, and carry its certification (EU-US,
 * UK Extension and Swiss-US, as Google's page states), instead of leaving the recipient to default to the entity
 * (Google Ireland Limited), which made the policy call Google Ireland the certified US recipient. Google LLC's address
 * now follows Google's privacy policy ("1600 Amphitheatre Parkway"); its e-mail address came only from the
 * datenanfragen record and is dropped. Google Ireland: no change (now sourced from the current terms and privacy
 * policy instead of the 2019 terms and the glossary). Google Cloud EMEA Limited, which Google Workspace customers in
 * EMEA contract with, is added for Google Meet; no Google document read gives its address (see google-meet.ts).
 *
 * Added 2026-12-06 (issue 16): the Google Cloud Terms of Service, the archived Cloud Data Processing Addendum and the
 * EU standard contractual clauses for Google Cloud and Workspace, with the US transfer they provide, shared by
 * google-workspace and google-cloud; Google Cloud EMEA Limited unchanged.
 */

const checked = "2026-12-06";

export const googleIreland: Party = {
  name: "Google Ireland Limited",
  address: { street: "Gordon House, Barrow Street", city: "Dublin 4", country: "IE" },
};

export const googleLlc: Party = {
  name: "Google LLC",
  address: { street: "1600 Amphitheatre Parkway", postalCode: "94043", city: "Mountain View", region: "CA", country: "US" },
  url: "https://www.google.com/",
};

/**
 * Google Cloud EMEA Limited: Google moved the Google Cloud and Google Workspace accounts of customers with an address
 * in EMEA from Google Ireland Limited to it (Google's account migration notice). Its address is in no Google document
 * read; the one here is the address third-party pages give, and the entry that uses it marks it unconfirmed.
 */
export const googleCloudEmea: Party = {
  name: "Google Cloud EMEA Limited",
  address: { street: "70 Sir John Rogerson's Quay", city: "Dublin 2", country: "IE" },
};

/** Google Terms of Service (EEA version) as archived by Open Terms Archive. */
export const googleTermsSource: Source = {
  url: "https://github.com/OpenTermsArchive/contrib-versions/blob/05df7582ef2068d4748b91a30fae53dc7ba08e4c/Google/Terms%20of%20Service.md",
  facts: ["entity", "parent"],
  checked,
  updated: "2026-07-30",
};

/** Google Privacy Policy (EEA version) as archived by Open Terms Archive. */
export const googlePrivacyPolicyUrl =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/c76a4c99c24ad0999b21c70d2c1460119084d828/Google/Privacy%20Policy.md";

export const googlePrivacyPolicySource: Source = {
  url: googlePrivacyPolicyUrl,
  facts: ["entity", "parent"],
  checked,
  updated: "2026-04-02",
};

/** Google's page on legal frameworks for data transfers (stored copy in Brazilian Portuguese). */
export const googleFrameworksUrl = "https://policies.google.com/privacy/frameworks?hl=pt-BR";

export const googleFrameworksSource: Source = { url: googleFrameworksUrl, facts: ["transfers"], checked, updated: "2024-09-16" };

/** Google LLC's certification, as Google's page on legal frameworks for data transfers states it. */
export const googleLlcDpfCertification: DpfCertification = {
  frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
  source: googleFrameworksUrl,
  checked,
};

/** Data that reaches Google LLC in the US, on Google LLC's certification under the Data Privacy Framework. */
export const googleDpfTransfer: Transfer = {
  country: "US",
  recipient: "Google LLC",
  mechanism: "EU-US-DPF",
  certification: googleLlcDpfCertification,
  checked,
};

/**
 * The same for Google's ads and measurement services (Google Analytics, Tag Manager): Google says it relies in some
 * cases on the Data Privacy Framework for them since 1 September 2023 (UK Extension and Swiss-US since 16 September
 * 2024); where it has adopted no such solution, its Ads Data Processing Terms (Appendix 3A, 7.1) apply the EU standard
 * contractual clauses. Each entry cites the terms it read.
 */
export const googleAdsTransfer: Transfer = {
  ...googleDpfTransfer,
  note: {
    en: "Google says that since 1 September 2023 it relies in some cases on the Data Privacy Framework for its ads and measurement services; where it does not, its data processing terms apply the EU standard contractual clauses.",
    de: "Google erklärt, sich seit dem 1. September 2023 für seine Werbe- und Messdienste in bestimmten Fällen auf den EU-US-Datenschutzrahmen zu stützen; wo das nicht der Fall ist, gelten nach seinen Bedingungen zur Auftragsverarbeitung die Standardvertragsklauseln der EU.",
  },
};

/**
 * The same for services under Google's Controller-Controller Data Protection Terms (Google Maps, reCAPTCHA through
 * the Google APIs Terms): where Google has adopted a data transfer solution such as the Data Privacy Framework, its
 * transfers follow it; otherwise the EU standard contractual clauses for controllers in those terms apply (Appendix 1,
 * Part A, 4.2).
 */
export const googleControllerTermsTransfer: Transfer = {
  ...googleDpfTransfer,
  note: {
    en: "Google's controller terms let it rely on the Data Privacy Framework where it has adopted it for a transfer; where it has not, the EU standard contractual clauses in those terms apply.",
    de: "Nach Googles Bedingungen für Verantwortliche stützt Google eine Übermittlung auf den EU-US-Datenschutzrahmen, soweit es diesen dafür übernommen hat; andernfalls gelten die dort vereinbarten Standardvertragsklauseln der EU.",
  },
};

/** Google's Controller-Controller Data Protection Terms, version 11, archived by Open Terms Archive under Google Maps. */
export const googleControllerTermsUrl =
  "https://github.com/OpenTermsArchive/vlopses-ie-versions/blob/d337252bf19a9a2165f7f2e346f725fa0950b286/Google%20Maps/Data%20Processor%20Agreement.md";

/** Google's notice on moving Google Cloud and Google Workspace accounts in EMEA to Google Cloud EMEA Limited. */
export const googleCloudEmeaMigrationUrl =
  "https://notifications.google.com/g/p/AD-FnEymI_ioxlK0o7datW7cNaoFl_RvXyjIRrzYWibpSmULplqaqupDRwU-ZeV56Z1YL3QQdaiSsByUa3qVex1h9iPngYYIz09vaMfMP89Cv4Z7qK_a";

/**
 * Google Cloud Terms of Service (last modified 1 June 2026) as archived by Open Terms Archive under "Google Cloud
 * Platform": they cover Google Cloud Platform and Google Workspace; "Google" has the meaning given at
 * cloud.google.com/terms/google-entity; Google processes Customer Data only under the Cloud Data Processing Addendum
 * (5.2).
 */
export const googleCloudTermsUrl =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/294df225bba0aed686d4573174cdc1e0adcec817/Google%20Cloud%20Platform/Terms%20of%20Service.md";

/** Cloud Data Processing Addendum (Customers), archived version of 23 May 2024 (stored copy): Google is a processor (4.1). */
export const googleCloudDpaArchiveUrl = "https://cloud.google.com/terms/data-processing-addendum/index-20240523";

/** EU standard contractual clauses, Module 3 (processor to processor, Google exporter), for Google Cloud and Workspace. */
export const googleCloudSccUrl = "https://cloud.google.com/terms/sccs/eu-p2p-google-exporter";

/**
 * Customer data of Google Workspace and Google Cloud reaching Google LLC in the US: Google's Cloud terms provide the EU
 * standard contractual clauses (processor to processor) for transfers to its subprocessors outside the EEA. No Google
 * Cloud or Workspace document read names Google LLC as the recipient or relies on its Data Privacy Framework
 * certification, so the entries that use this transfer mark it unconfirmed.
 */
export const googleCloudSccTransfer: Transfer = {
  country: "US",
  recipient: "Google LLC",
  mechanism: "A46-2-c",
  safeguards: googleCloudSccUrl,
  note: {
    en: "Google's data processing terms for Google Cloud and Google Workspace provide the EU standard contractual clauses (processor to processor) for its transfers to subprocessors outside the EEA. Google LLC is also certified under the EU-US Data Privacy Framework.",
    de: "Googles Bedingungen zur Auftragsverarbeitung für Google Cloud und Google Workspace sehen für Übermittlungen an Unterauftragsverarbeiter außerhalb des EWR die Standardvertragsklauseln der EU (zwischen Auftragsverarbeitern) vor. Google LLC ist zudem nach dem EU-US-Datenschutzrahmen zertifiziert.",
  },
  checked,
};

/** The day these entries were re-checked. */
export const googleChecked = checked;
