import type { Processor } from "@policy/core";
import { metaDpfTransfer, metaEuPrivacyPolicyUrl, metaPlatformsInc, metaPlatformsIncSource, metaTransfersNewsSource } from "../parties/meta.js";
import { metaPixelDisagreements, metaPixelProduct, metaPixelProductSources } from "../products/meta-pixel.js";

/**
 * Meta Pixel and the Facebook/Instagram social plugins and embeds.
 *
 * Read:
 * - Meta's Privacy Policy in its EU version, effective 23 July 2026 (Open Terms Archive, pga-versions, commit
 *   e4da78fa of 22 August 2026): Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5 is the data
 *   controller; Meta processes certain information it receives from partners "as a joint controller with them" and
 *   links to its Controller Addendum; Meta Platforms, Inc. has certified its participation in the EU-U.S. and
 *   Swiss-U.S. Data Privacy Frameworks, Meta relies on them for transfers to Meta Platforms, Inc. for the products and
 *   services the certification covers, and on the standard contractual clauses in other situations.
 * - Meta's Privacy Policy for users outside the EU, same date (vlopses-ie-versions, commit b9904e83): Meta Platforms,
 *   Inc., 1 Meta Way, Menlo Park, CA 94025.
 * - Meta's Controller Addendum (facebook.com/legal/controller_addendum, read in a stored copy served through a
 *   translation proxy; no date shown): Meta Platforms Ireland Limited (same address) and the business are joint
 *   controllers under Art. 26 GDPR for the collection of the data the product terms (such as the Meta Business Tools
 *   Terms) specify and its transmission to Meta Ireland; the processing by Meta Ireland afterwards is not part of the
 *   joint processing; the business agrees to implement and configure the tools as Meta's documentation says. The
 *   table of responsibilities that follows was cut off in the copy we could read, so the arrangement below states only
 *   this and the data subject's right (Art. 26(3)) to turn to either controller.
 * - The product's data and cookies, which the US entry shares: see products/meta-pixel.ts.
 * - Meta's newsroom statement on EU-US transfers (about.fb.com, stored copy, update of 7 September 2023): data
 *   relating to Meta business tools moves to the US under the DPF from that day.
 *
 * Re-checked 2026-12-06:
 * - entity: no change (Meta Platforms Ireland Limited, Merrion Road), now from the July 2026 EU policy and the Controller
 *   Addendum; the datenanfragen record is no longer cited.
 * - parent: no change (1 Meta Way), now from the July 2026 non-EU policy; the earlier citation pointed at a commit
 *   that is not in the archive we can read.
 * - role: joint controller as before, now with roles: joint controller with us for collecting the data on our website
 *   and sending it to Meta (arrangement in our words from the Controller Addendum), and controller on its own for what
 *   Meta does with the data afterwards (Controller Addendum; privacy policy).
 * - transfers: recipient Meta Platforms, Inc. as before; certification added: EU-U.S. and Swiss-U.S. as Meta's EU
 *   policy states them (it does not mention the UK Extension; no stored copy of the DPF List entry was found).
 * - device access: _fbp and _fbc are first-party cookies on our own domain (were third-party on facebook.com); _fbp
 *   lasts 90 days (was 4 months), _fbc 90 days (was 2 years); datr and sb 400 days (were 2 years); c_user and xs 365
 *   days (were 90 days); fr unchanged. Where the Open Cookie Database differs it is kept as a disagreement. ig_did is
 *   not in Meta's cookie policy and stays as the Open Cookie Database gives it.
 * - activities: no change. The developers.facebook.com pixel page is no longer cited (not re-read).
 * Unconfirmed: none marked. Not readable: the Controller Addendum's table of responsibilities, and the Meta Business
 * Tools Terms in a Meta copy. Meta's Data Processing Terms (pga-versions, "Facebook/User Consent Policy.md") name the
 * Business Tools Terms among the terms under which Meta may act as a processor; we could not read for which data, so
 * no processor role is listed.
 */
export const metaPixel: Processor = {
  id: "meta-pixel",
  name: "Meta Pixel",
  aliases: ["Facebook Pixel"],
  categories: ["social-media", "advertising"],
  entity: {
    name: "Meta Platforms Ireland Limited",
    address: { street: "Merrion Road", postalCode: "D04 X2K5", city: "Dublin 4", country: "IE" },
    url: "https://www.facebook.com/",
  },
  parent: metaPlatformsInc,
  role: "joint-controller",
  roles: [
    {
      role: "joint-controller",
      scope: {
        en: "collecting data on our website with the Meta Pixel and Meta's buttons and embeds, and sending it to Meta",
        de: "die Erhebung von Daten auf unserer Website mit dem Meta-Pixel und den Schaltflächen und eingebetteten Inhalten von Meta und ihre Übermittlung an Meta",
      },
      arrangement: {
        en: "We and Meta Platforms Ireland Limited are jointly responsible only for collecting the data on our website and sending it to Meta; what Meta does with the data once it has received it is Meta's responsibility alone and not part of the joint processing. We have agreed with Meta to set up its tools as Meta's documentation describes. For the data Meta keeps after receiving it, Meta answers as its privacy policy describes.",
        de: "Wir und die Meta Platforms Ireland Limited sind nur für die Erhebung der Daten auf unserer Website und ihre Übermittlung an Meta gemeinsam verantwortlich; was Meta nach dem Empfang mit den Daten macht, verantwortet Meta allein, es gehört nicht zur gemeinsamen Verarbeitung. Wir haben mit Meta vereinbart, seine Werkzeuge so einzurichten, wie es die Dokumentation von Meta beschreibt. Für die Daten, die Meta nach dem Empfang speichert, steht Meta ein, wie in seiner Datenschutzrichtlinie beschrieben.",
      },
      arrangementUrl: "https://www.facebook.com/legal/controller_addendum",
    },
    {
      role: "controller",
      scope: {
        en: "what Meta does with the data after receiving it, such as measuring and targeting ads and improving its products",
        de: "das, was Meta nach dem Empfang mit den Daten macht, etwa Werbung messen und ausrichten und seine Produkte verbessern",
      },
    },
  ],
  urls: {
    website: "https://www.facebook.com/",
    privacyPolicy: "https://www.facebook.com/privacy/policy/",
  },
  description: {
    en: "Meta's pixel and its Facebook and Instagram buttons and embeds report visits and actions on a website to Meta, which uses them to measure and target ads.",
    de: "Das Pixel von Meta sowie die Schaltflächen und eingebetteten Inhalte von Facebook und Instagram melden Besuche und Aktionen auf einer Website an Meta, das damit Werbung misst und ausrichtet.",
  },
  ...metaPixelProduct,
  transfers: [metaDpfTransfer],
  sources: [
    // Meta's Privacy Policy, EU version effective 23 July 2026: controller and address, joint controllership with
    // partners, DPF certification of Meta Platforms, Inc. and the standard contractual clauses.
    {
      url: metaEuPrivacyPolicyUrl,
      facts: ["entity", "role", "urls", "transfers", "activities"],
      checked: "2026-12-06",
      updated: "2026-07-23",
    },
    metaPlatformsIncSource,
    // Meta's Controller Addendum, read in a stored copy: the joint controllers, the scope of the joint processing.
    { url: "https://www.facebook.com/legal/controller_addendum", facts: ["entity", "role"], checked: "2026-12-06" },
    metaTransfersNewsSource,
    ...metaPixelProductSources,
  ],
  checked: "2026-12-06",
  unconfirmed: [],
  disagreements: metaPixelDisagreements,
};
