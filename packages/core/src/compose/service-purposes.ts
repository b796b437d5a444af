import type { Service } from "../model/resolved.js";
import { getPurpose } from "../taxonomy/index.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { parentalConsentBlocks } from "./child-consent.js";
import { inline } from "./inline.js";
import { list, paragraph, strong } from "./nodes.js";
import { section } from "./section.js";

/** Why do we use <service>? Each purpose (Art. 13(1)(c) GDPR), in the policy's words where it gives them. */
export function servicePurposesSection(ctx: Context, service: Service): PolicySection {
  const { m } = ctx;
  const items = service.purposes.map((purpose) => {
    const label = ctx.term(getPurpose(purpose.purpose).label);
    return purpose.description === undefined ? inline(label) : inline(strong(label), ": ", ctx.prose(purpose.description));
  });
  return section("service-purposes", {
    serviceId: service.id,
    title: ctx.serviceTitle(service, "purposes"),
    // Under the FADP there is no section on legal bases, which holds a parent's consent elsewhere.
    content: [paragraph(m.purposesIntro), list(items), ...(ctx.law === "fadp" ? parentalConsentBlocks(ctx, service) : [])],
  });
}
