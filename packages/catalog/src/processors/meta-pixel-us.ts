import type { Processor } from "@policy/core";
import { metaChecked, metaDpfTransfer, metaEuPrivacyPolicyUrl, metaPlatformsInc, metaTransfersNewsSource } from "../parties/meta.js";
import { metaPixelDisagreements, metaPixelProduct, metaPixelProductSources } from "../products/meta-pixel.js";

const PRIVACY_POLICY_US =
  "https://github.com/OpenTermsArchive/vlopses-us-versions/blob/1fd7765f895727bf1101749972bc189bde088879/Facebook/Privacy%20Policy.md";
const COMMERCIAL_TERMS =
  "https://github.com/OpenTermsArchive/vlopses-us-versions/blob/cbc16e2d60a6a5e65e0f2a327cb66f06643b41c2/Facebook/Commercial%20Terms.md";
const LIMITED_DATA_USE = "https://developers.facebook.com/docs/marketing-apis/data-processing-options/";

/**
 * The Meta Pixel and Meta's buttons and embeds for a business in the United States, which deals with Meta Platforms,
 * Inc. The product (what it collects, its cookies) is the one the EU entry describes: see products/meta-pixel.ts.
 *
 * Read (stored copies, 2026-12-06):
 * - Meta's Privacy Policy, US English, updated 23 July 2026 (Open Terms Archive, vlopses-us-versions, commit 1fd7765f):
 *   partners share information with Meta through its business tools, including "Websites you visit and cookie data,
 *   like through Social Plugins or the Meta Pixel"; Meta uses it among other things for ads; "We don't sell any of
 *   your information to anyone"; contact: Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025 (parties/meta.ts).
 * - Meta's Commercial Terms, effective 6 March 2024 (vlopses-us-versions, commit cbc16e2d): a business in the United
 *   States arbitrates its commercial claims with Meta Platforms, Inc., under California law.
 * - Meta for Developers, "Data Processing Options for US Users" (stored copies of the Marketing API page and of the
 *   Meta Pixel page, updated 1 May 2023): a business must itself switch on Limited Data Use; for data from people in
 *   the states where it applies (California among them), Meta then processes "in accordance with our role as a
 *   service provider or processor", and retargeting and measurement are limited.
 * - Transfers: for data from the EU, the UK or Switzerland, the same Data Privacy Framework certification as in the EU
 *   entry (parties/meta.ts).
 *
 * Unconfirmed: Meta's role. Its documents name one only for data sent with Limited Data Use switched on, which the
 * business must choose and which applies to some US states only, so it is no role of the entry: a policy whose
 * business has switched it on says so in the service. Without it, no Meta document read says in terms what Meta is;
 * the privacy policy describes Meta using what partners send for its own purposes, such as ads, which is why the
 * entry names it a controller, marked unconfirmed so that a policy does not state it. The Meta Business Tools Terms
 * and the State-Specific Terms, to which Limited Data Use refers, were not found in a Meta copy.
 */
export const metaPixelUs: Processor = {
  id: "meta-pixel-us",
  name: "Meta Pixel",
  aliases: [],
  categories: ["social-media", "advertising"],
  entity: metaPlatformsInc,
  role: "controller",
  urls: {
    website: "https://www.facebook.com/",
    privacyPolicy: "https://www.facebook.com/privacy/policy/",
  },
  description: {
    en: "The Meta Pixel and Meta's buttons and embeds send what visitors see and do on a website to Meta, which uses it to measure ads and to decide whom to show them to.",
    de: "Das Meta-Pixel sowie die Schaltflächen und eingebetteten Inhalte von Meta übermitteln, was Besucher auf einer Website sehen und tun, an Meta, das damit Werbung misst und entscheidet, wem es sie zeigt.",
  },
  ...metaPixelProduct,
  transfers: [metaDpfTransfer],
  sources: [
    { url: PRIVACY_POLICY_US, facts: ["entity", "urls", "activities"], checked: metaChecked, updated: "2026-07-23" },
    { url: COMMERCIAL_TERMS, facts: ["entity"], checked: metaChecked, updated: "2024-03-06" },
    { url: LIMITED_DATA_USE, facts: ["role"], checked: metaChecked },
    { url: metaEuPrivacyPolicyUrl, facts: ["transfers"], checked: metaChecked, updated: "2026-07-23" },
    metaTransfersNewsSource,
    ...metaPixelProductSources,
  ],
  checked: metaChecked,
  unconfirmed: [
    {
      fact: "role",
      note: "Meta's documents name its role only for data from some US states sent with Limited Data Use switched on (service provider or processor); none read says what Meta is otherwise. Its privacy policy describes its own uses of what partners send, such as ads.",
    },
  ],
  disagreements: metaPixelDisagreements,
};
