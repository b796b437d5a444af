import * as z from "zod";
import { defaultLocales, locales } from "../taxonomy/index.js";
import { AutomatedDecisionSchema } from "./automated-decision.js";
import { CaliforniaSchema } from "./california.js";
import { CheckConfigSchema } from "./check-config.js";
import { DeviceAccessSchema } from "./device-access.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { AddressSchema, DataProtectionOfficerSchema, PartySchema } from "./party.js";
import { EmailSchema, HttpUrlSchema, IsoDateSchema, PhoneSchema } from "./scalars.js";
import { ServiceSchema } from "./service.js";
import { jurisdictions } from "./data-protection-law.js";

export { jurisdictions, type Jurisdiction } from "./data-protection-law.js";

export const PolicyMetaSchema = z
  .strictObject({
    version: z.string().min(1).meta({ description: 'Your version label for this policy, e.g. "2.1".' }),
    effective: IsoDateSchema.meta({ description: "The date this version takes effect." }),
    updated: IsoDateSchema.optional().meta({ description: "The date of the last change; defaults to effective." }),
  })
  .meta({ id: "PolicyMeta", description: "Version and dates of the policy." });

/** A controller that decides jointly with us (Art. 26 GDPR). */
export const JointControllerSchema = z
  .strictObject({
    party: PartySchema,
    essence: LocalizedTextSchema.meta({ description: "The essence of the arrangement: who does what for whom." }),
  })
  .meta({ id: "JointController", description: "A joint controller and the essence of the arrangement." });

/** A change to the policy, so readers see what is new (and new purposes before they apply, Art. 13(3)). */
export const PolicyChangeSchema = z
  .strictObject({
    date: IsoDateSchema,
    summary: LocalizedTextSchema.meta({ description: "What changed, in a sentence or two." }),
  })
  .meta({ id: "PolicyChange", description: "One entry in the history of the policy." });

/** The person who acts for the controller in law: what TILT calls the controller's representative. */
export const LegalRepresentativeSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'The person\'s name, e.g. "Clara Lindenberg".' }),
    email: EmailSchema,
    phone: PhoneSchema.optional(),
  })
  .meta({
    id: "LegalRepresentative",
    description: "A person who represents the controller in law, such as a managing director or a member of the board.",
  });

/** Where people send requests to exercise their rights, when not to the controller's address. */
export const RightsContactSchema = z
  .strictObject({
    email: EmailSchema.optional(),
    url: HttpUrlSchema.optional().meta({ description: "A web form for requests." }),
    phone: PhoneSchema.optional().meta({
      description: "A telephone number for requests. Under the CCPA, a toll-free number (Cal. Civ. Code § 1798.130(a)(1)(A)).",
    }),
    address: AddressSchema.optional(),
  })
  .meta({ id: "RightsContact", description: "Where requests about data protection rights go." });

/** The whole description of an organisation's processing: the source a policy is rendered from. */
export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: "The JSON Schema this file follows (for editors)." }),
    meta: PolicyMetaSchema,
    locales: z
      .array(z.enum(locales))
      .min(1)
      .superRefine((list, context) => {
        list.forEach((locale, index) => {
          const first = list.indexOf(locale);
          if (first === index) return;
          context.addIssue({
            code: "custom",
            message: `the language "${locale}" is already listed at locales[${first}]`,
            path: [index],
            params: { policyCode: "duplicate-id" },
          });
        });
      })
      .default([...defaultLocales])
      .meta({ description: "The languages the policy is written in; every free text must exist in each.", uniqueItems: true }),
    jurisdictions: z.array(z.enum(jurisdictions)).min(1).optional().meta({
      description:
        "The laws the policy follows: gdpr, uk-gdpr (the UK GDPR and the Data Protection Act 2018), tdddg (Germany's cookie rule), ccpa. Defaults to the data protection law of the controller's country.",
    }),
    controller: PartySchema.meta({ description: "Who is responsible for the processing (Art. 4(7) GDPR)." }),
    representative: PartySchema.optional().meta({ description: "The representative in the EU (Art. 27 GDPR)." }),
    representativeExemption: z.enum(["A27-2-a", "A27-2-b"]).optional().meta({
      description:
        "Why a controller outside the EU/EEA names no representative: A27-2-a (occasional processing, no large-scale special categories or criminal data, unlikely to result in a risk) or A27-2-b (a public authority or body).",
    }),
    legalRepresentative: LegalRepresentativeSchema.optional().meta({
      description:
        "The person who represents the controller in law (a managing director, a board member), for the TILT export, which asks for one. The policy's text does not print it. Not the representative in the EU: that is representative.",
    }),
    jointControllers: z.array(JointControllerSchema).default([]),
    dpo: DataProtectionOfficerSchema.optional(),
    supervisoryAuthority: PartySchema.optional().meta({
      description: "The authority you answer to; people may also complain to any other.",
    }),
    rightsContact: RightsContactSchema.optional().meta({ description: "Defaults to the controller's contact details." }),
    consentSettingsUrl: HttpUrlSchema.optional().meta({ description: "Where people change or withdraw their consent." }),
    california: CaliforniaSchema.optional().meta({ description: "Required where jurisdictions lists ccpa." }),
    services: z.array(ServiceSchema).min(1),
    deviceAccess: z.array(DeviceAccessSchema).default([]).meta({
      description: "Cookies and similar technologies of your own, not tied to one service.",
    }),
    automatedDecisions: z.array(AutomatedDecisionSchema).default([]),
    securityMeasures: z.array(LocalizedTextSchema).default([]).meta({
      description:
        "The technical and organisational security measures you take for all processing (Art. 32(1) GDPR), each in a sentence or two: for the record of processing activities (Art. 30(1)(g)), not for the public policy.",
    }),
    changes: z.array(PolicyChangeSchema).default([]).meta({ description: "The history of the policy, newest first." }),
    check: CheckConfigSchema.optional().meta({
      description: "How policy check treats its rules for this policy: a rule switched off (with the reason) or set to another severity.",
    }),
  })
  .meta({
    id: "Policy",
    title: "Privacy policy",
    description: "An organisation's data processing, described as data and rendered as a privacy policy.",
  });

export type PolicyInput = z.input<typeof PolicySchema>;
/** A policy as parsed, before catalog references are resolved. */
export type PolicyData = z.output<typeof PolicySchema>;
