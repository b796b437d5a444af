import * as z from "zod";
import { LocalizedTextSchema } from "./localized-text.js";
import { HttpUrlSchema } from "./scalars.js";

/** A financial incentive offered for personal information (Cal. Civ. Code § 1798.125(b)). */
export const FinancialIncentiveSchema = z
  .strictObject({
    name: LocalizedTextSchema.meta({ description: "The programme's name, e.g. our loyalty programme." }),
    terms: LocalizedTextSchema.meta({
      description:
        "Its material terms: what people give (which personal information) and what they get in return, and how the difference relates to the value of their data (§ 1798.125(b)(1)).",
    }),
  })
  .meta({ id: "FinancialIncentive", description: "A financial incentive for personal information, as § 1798.125(b) asks it to be described." });

/**
 * Whether a service's data is sold (Cal. Civ. Code § 1798.140(ad): disclosed to a third party for
 * money or other valuable consideration), shared (§ 1798.140(ah): disclosed to a third party for
 * cross-context behavioural advertising), both, or neither. A business states this for each
 * category of personal information it collects (§ 1798.100(a)(1)).
 */
export const CaliforniaDisclosureSchema = z.enum(["neither", "sold", "shared", "sold-and-shared"]).meta({
  id: "CaliforniaDisclosure",
  description:
    "Under the CCPA: whether this service's data is sold (disclosed to a third party for money or other valuable consideration, Cal. Civ. Code § 1798.140(ad)), shared (disclosed to a third party for cross-context behavioural advertising, § 1798.140(ah)), both, or neither. Defaults to shared for a catalog provider of advertising; otherwise required where the policy declares ccpa.",
});
export type CaliforniaDisclosure = z.output<typeof CaliforniaDisclosureSchema>;

/** Which thresholds of Cal. Civ. Code § 1798.140(d)(1) make a business subject to the CCPA. */
export const californiaThresholds = ["revenue", "consumers", "selling-or-sharing"] as const;
export type CaliforniaThreshold = (typeof californiaThresholds)[number];

/** What a policy under the CCPA says beyond what the rest of the policy holds. */
export const CaliforniaSchema = z
  .strictObject({
    thresholds: z.array(z.enum(californiaThresholds)).min(1).meta({
      description:
        "Why the CCPA applies to you, Cal. Civ. Code § 1798.140(d)(1): revenue (annual gross revenues above $25,000,000 in the preceding calendar year, as adjusted, (A)), consumers (you buy, sell or share the personal information of 100,000 or more consumers or households a year, (B)), selling-or-sharing (you derive 50 percent or more of your annual revenues from selling or sharing personal information, (C)).",
      uniqueItems: true,
    }),
    onlineOnly: z.boolean().default(false).meta({
      description:
        "You operate exclusively online and have a direct relationship with the consumers whose data you collect: then an e-mail address for requests is enough, and no toll-free number is needed (§ 1798.130(a)(1)(A)).",
    }),
    optOutUrl: HttpUrlSchema.optional().meta({
      description: 'Your "Do Not Sell or Share My Personal Information" page (§ 1798.135(a)(1)), where you sell or share.',
    }),
    limitUrl: HttpUrlSchema.optional().meta({
      description:
        'Your "Limit the Use of My Sensitive Personal Information" page (§ 1798.135(a)(2)), where you use sensitive personal information beyond the purposes of § 1798.121(a).',
    }),
    choicesUrl: HttpUrlSchema.optional().meta({
      description: "A single page for both choices, in place of the two above (§ 1798.135(a)(3)).",
    }),
    optOutPreferenceSignal: z.boolean().optional().meta({
      description:
        "Whether you process opt-out preference signals (such as Global Privacy Control) as requests to opt out of sale and sharing. A business that sells or shares must (Cal. Code Regs. tit. 11, § 7025(b)).",
    }),
    sensitiveBeyondLimits: z.boolean().default(false).meta({
      description:
        "You use or disclose sensitive personal information for purposes beyond those § 1798.121(a) allows (what is necessary to provide the goods or services a consumer asks for, and the business purposes it names): then people have the right to limit that use.",
    }),
    sellsUnder16: z.boolean().optional().meta({
      description:
        "Whether you sell or share the personal information of consumers you know to be under 16, with the authorisation § 1798.120(c) requires. Required where you sell or share.",
    }),
    doNotTrack: z.enum(["honored", "not-honored"]).optional().meta({
      description: "How your website responds to Do Not Track signals from browsers.",
    }),
    financialIncentives: z.array(FinancialIncentiveSchema).default([]).meta({
      description:
        "Financial incentives you offer for personal information (a loyalty programme, a discount for signing up), which the policy must describe (§ 1798.125(b)(2)).",
    }),
  })
  .meta({
    id: "California",
    description: "What a policy under the California Consumer Privacy Act (as amended by the CPRA) states beyond the rest of the policy.",
  });
export type CaliforniaInput = z.input<typeof CaliforniaSchema>;

/**
 * A service's disclosure where the policy does not state it: shared for a provider of advertising
 * (its activities are cross-context behavioural advertising, § 1798.140(k)), neither for work done
 * in-house (no provider receives the data); unknown otherwise, which the policy must then state.
 */
export function defaultCaliforniaDisclosure(processor: { readonly categories?: readonly string[] | undefined } | null): CaliforniaDisclosure | null {
  if (processor === null) return "neither";
  return processor.categories?.includes("advertising") === true ? "shared" : null;
}

/** Whether a disclosure is a sale, a sharing, or both. */
export const isSoldOrShared = (disclosure: CaliforniaDisclosure | null): boolean => disclosure !== null && disclosure !== "neither";

export type FinancialIncentive = z.output<typeof FinancialIncentiveSchema>;
