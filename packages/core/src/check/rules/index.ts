import type { Rule } from "../rule.js";
import { analyticsUsOnClauses } from "./analytics-us-on-clauses.js";
import { californiaNeedsEnglish } from "./california-needs-english.js";
import { californiaWithoutCcpa } from "./california-without-ccpa.js";
import { childConsent } from "./child-consent.js";
import { consentWithoutSettings } from "./consent-without-settings.js";
import { consentWithoutWithdrawal } from "./consent-without-withdrawal.js";
import { dpfWithoutCertification } from "./dpf-without-certification.js";
import { duplicateName } from "./duplicate-name.js";
import { embedStrictlyNecessary } from "./embed-strictly-necessary.js";
import { fontsFromGoogle } from "./fonts-from-google.js";
import { jurisdictionMismatch } from "./jurisdiction-mismatch.js";
import { keptByProcessor } from "./kept-by-processor.js";
import { marketingStrictlyNecessary } from "./marketing-strictly-necessary.js";
import { missingCalifornia } from "./missing-california.js";
import { missingCaliforniaDisclosure } from "./missing-california-disclosure.js";
import { missingLegitimateInterest } from "./missing-legitimate-interest.js";
import { missingMinorsStatement } from "./missing-minors-statement.js";
import { missingOptOutLink } from "./missing-opt-out-link.js";
import { missingProvision } from "./missing-provision.js";
import { missingRepresentative } from "./missing-representative.js";
import { missingRequestMethods } from "./missing-request-methods.js";
import { missingRetention } from "./missing-retention.js";
import { missingSpecialCategoryCondition } from "./missing-special-category-condition.js";
import { missingSupervisoryAuthority } from "./missing-supervisory-authority.js";
import { missingTransfer } from "./missing-transfer.js";
import { nothingKeptUnsaid } from "./nothing-kept-unsaid.js";
import { optOutSignalIgnored } from "./opt-out-signal-ignored.js";
import { placeholderText } from "./placeholder-text.js";
import { receivedWithoutSource } from "./received-without-source.js";
import { retentionUntilNeeded } from "./retention-until-needed.js";
import { staleProviderFacts } from "./stale-provider-facts.js";
import { transferGroundMismatch } from "./transfer-ground-mismatch.js";
import { transfersEmptied } from "./transfers-emptied.js";
import { groundNotInLaw } from "./ground-not-in-law.js";
import { unconfirmedFact } from "./unconfirmed-fact.js";
import { untranslatedCatalogText } from "./untranslated-catalog-text.js";
import { languageUnderLaw } from "./language-under-law.js";

/** Every rule, in the order of `ruleCodes`: first those of every validation, then those of `policy check`. */
export const policyRules: readonly Rule[] = [
  duplicateName,
  missingLegitimateInterest,
  missingSpecialCategoryCondition,
  missingRetention,
  transferGroundMismatch,
  groundNotInLaw,
  keptByProcessor,
  missingCalifornia,
  californiaNeedsEnglish,
  missingCaliforniaDisclosure,
  missingRequestMethods,
  missingOptOutLink,
  missingMinorsStatement,
  untranslatedCatalogText,
  languageUnderLaw,
  missingTransfer,
  missingProvision,
  unconfirmedFact,
  staleProviderFacts,
  jurisdictionMismatch,
  missingRepresentative,
  missingSupervisoryAuthority,
  californiaWithoutCcpa,
  retentionUntilNeeded,
  fontsFromGoogle,
  transfersEmptied,
  consentWithoutSettings,
  receivedWithoutSource,
  marketingStrictlyNecessary,
  embedStrictlyNecessary,
  consentWithoutWithdrawal,
  dpfWithoutCertification,
  analyticsUsOnClauses,
  childConsent,
  placeholderText,
  nothingKeptUnsaid,
  optOutSignalIgnored,
];
