import type { CollectionMode } from "../../model/data-item.js";
import type { DeviceAccess } from "../../model/device-access.js";
import type { AutomatedDecision } from "../../model/automated-decision.js";
import type { ProcessorRole } from "../../model/processor.js";
import type { Inline, InlineArg } from "../inline.js";
import type { ListedRight } from "../listed-right.js";
import type { ObjectionBasis } from "../objection-basis.js";
import type { CookieRule, NationalAct, StatisticsRule } from "../country-law.js";
import type { PartyName } from "../party-name.js";
import type { Locale } from "../../taxonomy/index.js";

/**
 * Every word compose writes, in one language. `en.ts` and `de.ts` each implement this interface,
 * so a message missing in one language is a compile error. Messages with values are functions;
 * the values (names, texts from the policy, links) come in as nodes or strings and are inserted as
 * nodes, never spliced into Markdown. A function returns a run of phrasing content (`Inline`)
 * where the message becomes document text, a string where it is a title or a table header.
 */
export interface Messages {
  /** The document's title. */
  readonly documentTitle: string;
  /** The titles of the general sections; also used in cross-references ("see “Your rights”"). */
  readonly titles: {
    readonly overview: string;
    readonly controller: string;
    readonly representative: string;
    readonly jointControllers: string;
    readonly dpo: string;
    readonly summary: string;
    readonly services: string;
    readonly recipients: string;
    readonly transfers: string;
    readonly retention: string;
    readonly rights: string;
    readonly objection: string;
    readonly consent: string;
    readonly complaint: string;
    readonly automatedDecisions: string;
    readonly deviceAccess: string;
    readonly changes: string;
    readonly contact: string;
  };
  /** A cross-reference to another section by its title: "(see “Contact”)". */
  readonly see: (title: string) => Inline;
  /** A name in quotation marks, for in-house processing in a question: What is “Contact form”? */
  /** After a text the policy gives only in another language, by that language: "(only in German)". */
  readonly untranslated: Readonly<Record<Locale, string>>;

  // Contact details
  readonly email: string;
  readonly phone: string;
  readonly website: string;

  // Overview
  readonly overviewIntro: (controller: PartyName) => Inline;
  readonly overviewVersion: (version: string, effective: string) => Inline;
  /** The national act that supplements the GDPR where the controller is established. */
  readonly overviewNationalAct: Readonly<Record<NationalAct, Inline>>;
  readonly overviewUpdated: (updated: string) => Inline;
  readonly overviewObjection: (see: Inline) => Inline;
  readonly controllerIntro: Inline;
  readonly representativeIntro: Inline;
  readonly jointControllersIntro: Inline;
  readonly jointControllersEssence: (essence: InlineArg) => Inline;
  readonly jointControllersRights: Inline;
  readonly dpoIntro: Inline;
  readonly summaryIntro: Inline;
  /** The summary table's caption, for renderers that caption tables (HTML). */
  readonly summaryCaption: string;
  readonly summaryHeader: {
    readonly service: string;
    readonly purposes: string;
    readonly legalBasis: string;
    readonly data: string;
    readonly retention: string;
    readonly countries: string;
  };
  /** One purpose with its legal basis in the summary table: "Providing the service: Art. 6(1)(b) GDPR". */
  readonly purposeBasis: (purpose: string, citation: string) => Inline;

  // Services
  readonly servicesIntro: Inline;
  /** The questions every service answers; `subject` is the product ("Zoom"). */
  readonly serviceTitles: {
    readonly about: (subject: Inline) => Inline;
    readonly purposes: (subject: Inline) => Inline;
    readonly data: (subject: Inline) => Inline;
    readonly storage: string;
    readonly deletion: string;
    readonly legalBasis: string;
  };
  /** The same questions for processing done in-house, which has no product to name. */
  readonly inHouseTitles: { readonly about: Inline; readonly purposes: Inline; readonly data: Inline };

  // What is <service>?
  readonly inHouse: Inline;
  /** In place of inHouse for software we run ourselves: nothing leaves the website; its maker where confirmed. */
  readonly selfHosted: (software: Inline, maker: PartyName | undefined) => Inline;
  readonly providerIntro: Inline;
  /** In place of providerIntro where the provider's documents do not say which of its companies is the one. */
  readonly providerIntroUnconfirmed: Inline;
  readonly roleProcessor: (entity: PartyName) => Inline;
  readonly roleJointController: (entity: PartyName) => Inline;
  readonly roleController: (entity: PartyName) => Inline;
  /** Where the provider plays more than one role: the lead-in, then one sentence per role and what it covers. */
  readonly rolesIntro: (entity: PartyName) => Inline;
  readonly roleForProcessor: (scope: InlineArg, entity: PartyName) => Inline;
  readonly roleForController: (scope: InlineArg, entity: PartyName) => Inline;
  readonly roleForJointController: (scope: InlineArg, entity: PartyName) => Inline;
  /** The essence of a joint-control arrangement (Art. 26(2) GDPR), and where to read it. */
  readonly jointArrangement: (arrangement: InlineArg) => Inline;
  readonly jointArrangementAt: (link: InlineArg) => Inline;
  readonly jointRights: (entity: PartyName) => Inline;
  readonly providerRepresentative: Inline;
  readonly parentReceives: (parent: Inline) => Inline;
  readonly providerPrivacyPolicy: (link: InlineArg) => Inline;
  readonly otherRecipients: Inline;

  // Why do we use <service>?
  readonly purposesIntro: Inline;

  // What data does <service> process?
  readonly dataIntro: Inline;
  readonly dataGroups: Readonly<Record<CollectionMode, string>>;
  /** Where a data item received from others comes from, after the item: "source: the credit agency". */
  readonly dataSource: (source: InlineArg) => Inline;
  /** Where the data received from others comes from, when the items do not say it each. */
  readonly receivedFrom: (sources: Inline) => Inline;
  readonly specialCategory: Inline;
  readonly dataSubjects: (subjects: Inline) => Inline;
  readonly sourcesIntro: Inline;
  readonly sourceDataSubject: Inline;
  readonly sourceThirdParty: Inline;
  readonly sourcePublic: Inline;
  readonly provisionTitle: string;
  readonly provision: Readonly<Record<"statutory" | "contractual" | "precontractual" | "voluntary", Inline>>;
  /** What follows from not providing the data, where the policy does not say. */
  /** What follows when the data is not given, where the policy does not say it in its own words. */
  readonly provisionWithout: Readonly<Record<"statutory" | "contractual" | "precontractual", Inline>>;

  // How long and where is the data stored?
  /** A duration alone: "We keep the data for 30 days." (German durations are accusative: "30 Tage lang".) */
  readonly retentionFor: (duration: string) => Inline;
  readonly retentionUntil: (until: InlineArg) => Inline;
  /** A duration counted from an event: "We delete the data 6 months after the appointment has taken place." */
  readonly retentionAfter: (duration: string, until: InlineArg) => Inline;
  readonly retentionNone: Inline;
  /** Before the parts of the data kept for a period of their own. */
  readonly retentionExceptionsIntro: Inline;
  readonly retentionShortUntil: (until: InlineArg) => Inline;
  readonly retentionShortAfter: (duration: string, until: InlineArg) => Inline;
  readonly retentionShortNone: Inline;
  readonly countries: (countries: Inline) => Inline;
  readonly transfersIntro: Inline;
  readonly noTransfers: Inline;
  /** Where the provider's documents do not say whether the data goes to other countries (no transfer listed). */
  readonly transfersUnknown: Inline;
  /** Where they do not say whether it goes to countries beyond the transfers listed. */
  readonly transfersIncomplete: Inline;

  // One transfer to a third country
  readonly transferRecipient: (recipient: InlineArg) => Inline;
  /** The name of an adequacy decision, from the English act ("Commission Implementing Decision (EU) 2023/1795") and its number. */
  readonly adequacyDecisionName: (decision: string, reference: string) => string;
  /** Under the adequacy ground, which says once what a decision means: the country's decision. */
  readonly adequacyDecision: (decision: string) => Inline;
  readonly adequacyScope: (scope: string) => Inline;
  readonly adequacyNone: Inline;
  readonly adequacyAlso: (decision: string) => Inline;
  readonly adequacyLimited: (scope: string) => Inline;
  /** In a service's list of transfers, in place of the ground: the transfer, or its ground, that the provider's documents do not confirm. */
  readonly transferUnconfirmedShort: string;
  readonly transferGroundUnconfirmedShort: string;
  /** After a service's transfers: where the grounds are explained. */
  /** `several`: the service's transfers rest on more than one ground; `copy`: some on safeguards a person can get a copy of. */
  readonly transfersSee: (title: string, about: { readonly several: boolean; readonly copy: boolean }) => Inline;
  /** The transfers section: what each kind of ground means, said once for all transfers on it. */
  readonly dpfExplained: Inline;
  readonly adequacyExplained: Inline;
  readonly transfersUnconfirmedTitle: string;
  readonly transfersUnconfirmedIntro: (see: Inline) => Inline;
  readonly derogation: Inline;
  /** Where the safeguards can be read; `clauses` when they are standard contractual clauses. */
  readonly copyAt: (clauses: boolean, link: InlineArg) => Inline;
  readonly copyOnRequest: (clauses: boolean, see: Inline) => Inline;

  // How can I delete my data or object?
  readonly deletionOptOut: (link: InlineArg) => Inline;
  /**
   * The rights that set this service apart (objection, withdrawal of consent), said once in a
   * sentence that refers to where each is explained.
   */
  readonly deletionYouCan: (actions: Inline) => Inline;
  /** A pointer to the rights section, for erasure and the rest, which apply as they do everywhere. */
  readonly deletionSeeRights: (title: string) => Inline;
  readonly deletionActions: {
    readonly object: (see: Inline) => Inline;
    /** Objection to the processing for some of the service's purposes, by their labels. */
    readonly objectTo: (purposes: readonly string[], see: Inline) => Inline;
    readonly withdraw: (see: Inline) => Inline;
    readonly withdrawAt: (link: InlineArg) => Inline;
  };

  // Legal basis
  readonly legalBasisIntro: Inline;
  readonly legalBasisItem: (citation: string, label: string) => Inline;
  readonly legitimateInterest: (interest: InlineArg) => Inline;
  readonly specialCondition: (citation: string, label: Inline) => Inline;
  /**
   * Art. 8 GDPR, for a service on consent offered directly to children: the age below which a
   * child cannot consent alone, with its provision (undefined where our sources do not confirm
   * the country's age), then the author's words on how a parent's consent is obtained.
   */
  readonly parentalConsent: (age: { readonly age: number; readonly citation: string } | undefined, how: InlineArg) => Inline;

  // Recipients
  readonly recipientsIntro: Inline;
  readonly recipientsNone: Inline;
  readonly recipientsProcessors: Inline;
  readonly recipientRoles: Readonly<Record<ProcessorRole | "parent" | "recipient", (services: Inline) => Inline>>;
  readonly recipientJointController: (see: Inline) => Inline;
  /** The legal basis of passing data on to a recipient that decides for itself what it does with it (a tax adviser, the police). */
  readonly recipientLegalBasis: (bases: Inline) => Inline;

  // Transfers to third countries
  readonly transfersSectionIntro: Inline;

  // Retention
  readonly retentionIntro: Inline;

  // Your rights
  readonly rightsIntro: Inline;
  readonly rights: Readonly<Record<ListedRight, { readonly name: string; readonly text: Inline }>>;
  readonly rightAppliesTo: (services: Inline, several: boolean) => Inline;
  /** Services whose data only their provider keeps: the rights over it are the provider's to answer. */
  readonly rightsKeptByProvider: (services: Inline, several: boolean) => Inline;
  /** In place of a retention, where only the provider keeps a service's data. */
  readonly keptByProvider: Inline;
  readonly keptByProviderShort: string;
  /** "You also have the right {list}." with the items below. */
  readonly rightsAlso: (rights: Inline) => Inline;
  readonly rightsSeeObjection: (see: Inline) => Inline;
  readonly rightsSeeConsent: (see: Inline) => Inline;
  readonly rightsSeeComplaint: (see: Inline) => Inline;
  readonly rightsHow: (contact: Inline) => Inline;
  readonly rightsDeadline: Inline;
  readonly rightsIdentity: Inline;

  // Right to object
  readonly objectionBasis: Readonly<Record<ObjectionBasis, Inline>>;
  readonly objectionGeneral: (bases: Inline) => Inline;
  readonly objectionDirectMarketing: Inline;
  readonly objectionConcerns: (services: Inline, several: boolean) => Inline;
  readonly objectionHow: (contact: Inline) => Inline;

  // Withdrawal of consent
  readonly consentIntro: Inline;
  readonly consentConcerns: (services: Inline, several: boolean) => Inline;
  readonly consentDevices: (see: Inline) => Inline;
  readonly consentSettings: (link: InlineArg) => Inline;
  readonly consentContact: (contact: Inline) => Inline;

  // Complaint
  /** Where the law has people complain to the controller first (the UK, s. 164A DPA 2018), how; null where it does not. */
  readonly complaintToController: ((see: Inline) => Inline) | null;
  readonly complaintIntro: Inline;
  readonly complaintAuthority: Inline;
  readonly complaintFind: (link: InlineArg) => Inline;
  /** The European Data Protection Board's list of member authorities, in this language. */
  readonly authoritiesUrl: string;

  /**
   * What a text under the GDPR adds for readers in Switzerland, where the policy names the FADP
   * too: said once each, in the overview, the transfers, the rights and the complaint sections.
   */
  readonly swiss: {
    readonly overview: Inline;
    readonly transfersTitle: string;
    readonly transfersIntro: Inline;
    readonly noGround: string;
    readonly rights: Inline;
    readonly complaint: (link: InlineArg) => Inline;
  };

  // Automated decisions
  readonly automatedNone: Inline;
  readonly automatedIntro: Inline;
  readonly automatedProfiling: string;
  readonly automatedLogic: (logic: InlineArg) => Inline;
  readonly automatedSignificance: (significance: InlineArg) => Inline;
  readonly automatedConsequences: (consequences: InlineArg) => Inline;
  readonly automatedException: Readonly<Record<NonNullable<AutomatedDecision["exception"]>, Inline>>;
  readonly automatedReview: Inline;

  // Cookies and similar technologies
  readonly deviceLaw: Readonly<Record<CookieRule, Inline>>;
  readonly deviceIntro: (law: Inline) => Inline;
  readonly deviceAfterwards: Inline;
  readonly deviceParties: Inline;
  /** The device-access table's caption. */
  readonly deviceCaption: string;
  readonly deviceHeader: {
    readonly name: string;
    readonly type: string;
    readonly setBy: string;
    readonly purpose: string;
    readonly duration: string;
    readonly ground: string;
  };
  readonly deviceTechnology: Readonly<Record<DeviceAccess["technology"], string>>;
  readonly deviceParty: Readonly<Record<DeviceAccess["party"], string>>;
  readonly deviceSession: string;
  /** Storage with no expiry (local storage): it stays until the visitor deletes it. */
  readonly devicePersistent: string;
  /** In place of a lifetime or a party the provider's documents do not confirm. */
  readonly deviceUnconfirmed: string;
  readonly deviceGround: Readonly<Record<CookieRule, Readonly<Record<Exclude<DeviceAccess["ground"], "statistics">, string>>>>;
  /** The statistics ground, where the cookie rule knows it (PECR), or treats it as any use (Art. 45c FMG). */
  readonly deviceStatistics: Readonly<Record<StatisticsRule, string>>;
  /** Art. 11.7a(3)(b) Telecommunicatiewet's exception for statistics, said after the intro where a cookie uses it. */
  readonly deviceQualityException: Inline;
  /** Where a cookie or similar technology rests on the statistics exception: how to object. */
  readonly deviceObject: (see: Inline) => Inline;
  readonly deviceWithdraw: (see: Inline) => Inline;

  // Changes
  readonly changesIntro: Inline;
  readonly changesVersion: (version: string, effective: string) => Inline;
  readonly changesUpdated: (updated: string) => Inline;
  readonly changesHistory: Inline;
  /** A date in the history of changes, before its summary: Polish adds «r.» ("1 grudnia 2026 r."). */
  readonly changeDate: (date: string) => string;

  // Contact
  readonly contactIntro: Inline;
  readonly contactRights: Inline;
  readonly contactDpo: Inline;

  // The index beside the text: which services process which data, and where the data goes
  readonly index: {
    readonly dataTitle: string;
    readonly dataIntro: Inline;
    /** In place of the entries where no service names any data. */
    readonly dataNone: Inline;
    /** A kind of data: its description, and its key in the policy file. */
    readonly dataCategory: (description: string, key: string) => Inline;
    readonly processedBy: (count: number) => Inline;
    /** A service that names a broader or narrower kind of data than the one looked up: "listed as Device information (user.device)". */
    readonly listedAs: (category: string, key: string) => Inline;
    readonly inHouse: string;
    /** The labels of a service's facts in an entry ("Provider: ..."). */
    readonly labels: {
      readonly provider: string;
      readonly purpose: string;
      readonly legalBasis: string;
      readonly countries: string;
      readonly transfers: string;
      readonly recipient: string;
      readonly safeguard: string;
      readonly details: string;
    };
    readonly transfersTitle: string;
    readonly transfersIntro: Inline;
    /** In place of the entries where no service transfers data to a third country. */
    readonly transfersNone: Inline;
    /** A safeguard and how many of the services sending data to the country rest on it. */
    readonly servicesOn: (safeguard: string, count: number) => Inline;
    /** In place of a safeguard the provider's documents do not confirm. */
    readonly unconfirmed: string;
  };
}
