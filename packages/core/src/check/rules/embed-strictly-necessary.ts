import { usesConsent } from "../../compose/legal.js";
import type { ComplianceRule } from "../rule.js";

/** Kinds of service whose content another provider serves into the page: a video, a map, a post. */
const embedded = new Set(["video", "maps", "social-media"]);

/**
 * Storage and access without consent are allowed where strictly necessary for a service the
 * person explicitly asked for (Art. 5(3) ePrivacy Directive, § 25(2) no. 2 TDDDG). Content
 * embedded from another provider without asking first loads with the page, before the visitor
 * asks for it, so its provider's cookies do not meet that exception. Where the content loads
 * only once the visitor consents (its processing rests on consent), the visitor has asked for
 * it, and a cookie the provider needs to show it can be strictly necessary.
 */
export const embedStrictlyNecessary: ComplianceRule = {
  code: "embed-strictly-necessary",
  stage: "check",
  severity: "warning",
  duty: {
    en: "Do not claim that another provider's cookies of content embedded without asking first (a video, a map, a post) are strictly necessary: ask for consent before the content loads.",
    de: "Cookies eines anderen Anbieters in Inhalten, die ohne vorherige Frage eingebettet sind (ein Video, eine Karte, ein Beitrag), nicht als unbedingt erforderlich ausgeben: vor dem Laden um Einwilligung bitten.",
  },
  source: "Art. 5(3) Directive 2002/58/EC (ePrivacy); § 25(2) no. 2 TDDDG",
  check({ policy }) {
    return policy.services.flatMap((service, index) => {
      if (!(service.processor?.categories ?? []).some((category) => embedded.has(category)) || usesConsent(service)) return [];
      return service.deviceAccess.flatMap((access, accessIndex) =>
        access.ground === "strictly-necessary" && access.party === "third"
          ? [
              {
                segments: ["services", index, "deviceAccess", accessIndex, "ground"],
                message: {
                  en: `${access.name} belongs to content another provider embeds in your pages, which loads with the page, before the visitor asks for it: it is not strictly necessary for a service the visitor requested, so ask for consent before the content loads, and rest the service on it (A6-1-a) and this cookie too (ground: consent)`,
                  de: `${access.name} gehört zu Inhalten, die ein anderer Anbieter in Ihre Seiten einbettet und die mit der Seite laden, bevor der Besucher sie anfordert: es ist nicht unbedingt erforderlich für einen gewünschten Dienst; fragen Sie also vor dem Laden nach einer Einwilligung und stützen Sie den Dienst (A6-1-a) und dieses Cookie (ground: consent) darauf`,
                },
              },
            ]
          : [],
      );
    });
  },
};
