// The public API of @policy/core. Every name is listed on purpose: what is not here is internal.
// What renderers share (documentFor, option checks, URL checks, the content sanitiser, the table of
// contents) is @policy/core/render: src/render/index.ts.

export { definePolicy } from "./define-policy.js";
export { compose, type ComposeOptions } from "./compose/compose.js";
export { sectionKinds, type PolicyDocument, type PolicySection, type SectionKind } from "./compose/document.js";
export { policyJsonSchema } from "./json-schema.js";
export { diff } from "./diff/diff.js";
export { changeNotice, type NoticeOptions } from "./diff/notice.js";
export { changeSubjects, type ChangeClass, type ChangeKind, type ChangeSubject, type PolicyChange } from "./diff/change.js";
export { changeRules, type ChangeRule, type ChangeRuleId } from "./diff/change-rules.js";

export { AutomatedDecisionSchema, type AutomatedDecision } from "./model/automated-decision.js";
export {
  CaliforniaDisclosureSchema,
  CaliforniaSchema,
  californiaThresholds,
  type CaliforniaDisclosure,
  type CaliforniaInput,
  type CaliforniaThreshold,
} from "./model/california.js";
export { DataItemSchema, collectionModes, type CollectionMode, type DataItemInput } from "./model/data-item.js";
export {
  DeviceAccessSchema,
  deviceAccessTechnologies,
  ePrivacyGrounds,
  type DeviceAccess,
  type DeviceAccessInput,
} from "./model/device-access.js";
export {
  CountryCodeSchema,
  DataCategoryIdSchema,
  DataSubjectIdSchema,
  LegalBasisIdSchema,
  PurposeIdSchema,
  SpecialCategoryConditionIdSchema,
  TransferGroundIdSchema,
} from "./model/ids.js";
export { LocalizedTextSchema, type LocalizedText } from "./model/localized-text.js";
export {
  AddressSchema,
  DataProtectionOfficerSchema,
  PartySchema,
  type Address,
  type DataProtectionOfficer,
  type Party,
} from "./model/party.js";
export {
  JointControllerSchema,
  LegalRepresentativeSchema,
  PolicyChangeSchema,
  PolicyMetaSchema,
  PolicySchema,
  RightsContactSchema,
  jurisdictions,
  type Jurisdiction,
  type PolicyData,
  type PolicyInput,
} from "./model/policy.js";
export { policyRules } from "./check/rules/index.js";
export { adjustableRuleCodes, requiredRuleCodes, ruleCodes, type AdjustableRuleCode, type RuleCode } from "./check/rule-codes.js";
export { CheckConfigSchema, ruleSettingOf, ruleSettings, type CheckConfig, type RuleSetting, type RuleSettings } from "./model/check-config.js";
export type { ComplianceRule, Rule, RuleFinding, RuleInput, ValidationInput, ValidationRule } from "./check/rule.js";
export {
  dataProtectionLaws,
  defaultJurisdictions,
  homeLawOf,
  textLawOf,
  type DataProtectionLaw,
} from "./model/data-protection-law.js";
export { ProcessingPurposeSchema, type ProcessingPurpose } from "./model/processing-purpose.js";
export {
  ActivityDefaultsSchema,
  FactDisagreementSchema,
  ProcessorSchema,
  ProviderRoleSchema,
  SourceSchema,
  UnconfirmedFactSchema,
  entryFactPattern,
  factGroups,
  processorRoles,
  type FactDisagreement,
  type Processor,
  type ProcessorInput,
  type Provider,
  type ProcessorRole,
  type ProviderRole,
  type FactGroup,
  type Source,
  type UnconfirmedFact,
} from "./model/processor.js";
export type { DataItem, DataSource, Policy, Service } from "./model/resolved.js";
export { confirmedRetention, isUnconfirmed, transfersUnconfirmed } from "./model/unconfirmed.js";
export { hostMatches, nameMatches } from "./model/name-patterns.js";
export { RetentionSchema, type Retention } from "./model/retention.js";
export { serviceCategories, serviceCategoryIds, type ServiceCategoryId } from "./model/service-category.js";
export { EmailSchema, HttpUrlSchema, IsoDateSchema, IsoDurationSchema, PhoneSchema, SlugSchema } from "./model/scalars.js";
export { DataSourceSchema, ProvisionSchema, RecipientSchema, ServiceSchema, type ServiceInput } from "./model/service.js";
export {
  DpfCertificationSchema,
  TransferSchema,
  dpfFrameworks,
  type DpfCertification,
  type DpfFramework,
  type Transfer,
} from "./model/transfer.js";

export type { Catalog, ParseOptions } from "./validate/catalog.js";
export { catalogTexts, untranslatedTexts, type CatalogText } from "./validate/catalog-texts.js";
export { compareTexts, percentOf, type TextCoverage } from "./coverage/text-coverage.js";
export { localeCoverage } from "./coverage/locale-coverage.js";
export { formatIssue, issueCodes, type IssueCode, type IssueSeverity, type PolicyIssue } from "./validate/issue.js";
export { defaultMaxBytes, loadPolicy, safeLoadPolicy, type LoadOptions } from "./validate/load-policy.js";
export { locatePaths } from "./validate/locate-paths.js";
export { formatPath } from "./validate/path.js";
export { parsePolicy, safeParsePolicy, type SafeParseResult } from "./validate/parse-policy.js";
export { PolicyError } from "./validate/policy-error.js";
export { collectionOf } from "./validate/resolve.js";
export { editDistance, suggest } from "./validate/suggest.js";
export { serviceCountries } from "./compose/legal.js";
export { chooseText } from "./compose/text.js";
export { postalAddressLines } from "./compose/party.js";
export { formatList, type ListStyle } from "./compose/format.js";

export {
  adequacyDecisions,
  ccpaCategories,
  ccpaCategoryIds,
  ccpaSensitiveCategories,
  ccpaSensitiveIds,
  countryCodes,
  countryName,
  dataCategories,
  dataCategoryIds,
  dataSubjectIds,
  dataSubjects,
  defaultLocales,
  getAdequacy,
  getDigitalConsentAge,
  getUkAdequacy,
  getSwissAdequacy,
  getDataCategory,
  getDataSubject,
  getLegalBasis,
  getPurpose,
  getRight,
  getSpecialCategoryCondition,
  getTransferGround,
  isEeaMember,
  isEuMember,
  isSpecialCategory,
  legalBases,
  legalBasisIds,
  locales,
  sourceLocales,
  isSourceLocale,
  translatedLocales,
  purposeIds,
  purposes,
  rightIds,
  rights,
  rightsForLegalBasis,
  specialCategoryConditionIds,
  specialCategoryConditions,
  transferGroundIds,
  transferGrounds,
  ukAdequacy,
  swissAdequacy,
  swissAdequacyInstrument,
  type AdequacyDecision,
  type UkAdequacy,
  type DigitalConsentAge,
  type SwissAdequacy,
  type CcpaCategory,
  type CcpaCategoryId,
  type CcpaSensitiveId,
  type CountryCode,
  type DataCategory,
  type DataCategoryId,
  type DataSubject,
  type DataSubjectId,
  type DpvMatch,
  type LegalBasisId,
  type LegalConcept,
  type Locale,
  type SourceLocale,
  type SourceText,
  type Purpose,
  type PurposeId,
  type RightId,
  type SpecialCategoryConditionId,
  type TaxonomyEntry,
  type TransferGroundId,
  type Translated,
} from "./taxonomy/index.js";
export {
  type AuthorityCompetence,
  type AuthorityFact,
  type AuthorityName,
  type AuthorityNameChange,
  type AuthorityQuery,
  type AuthoritySource,
  authorityFacts,
  competentAuthority,
  type GermanLand,
  type GermanSeat,
  germanLandNeeded,
  germanLandOf,
  germanLands,
  isGermanLand,
  isUnconfirmedAuthorityFact,
  type NoAuthority,
  type SupervisoryAuthority,
  supervisoryAuthorities,
  supervisoryAuthorityById,
  supervisoryAuthorityFor,
  type UnconfirmedAuthorityFact,
} from "./authorities/index.js";
