import { competentAuthority } from "../../authorities/competent-authority.js";
import { isEeaMember } from "../../taxonomy/index.js";
import type { ValidationRule } from "../rule.js";
import { textLaw } from "../text-law.js";

/**
 * Art. 13(2)(d) GDPR: the policy says where to complain. Without `supervisoryAuthority`, compose
 * names the authority competent for the controller's seat from our data; where it cannot, this
 * says why. Under the UK GDPR and the FADP there is one authority each, which the text names or
 * links to; under the GDPR, a controller outside the EU/EEA has no lead authority, and the text
 * points to the list of all, where people find the one where they live or work.
 */
export const missingSupervisoryAuthority: ValidationRule = {
  code: "missing-supervisory-authority",
  stage: "validate",
  severity: "warning",
  duty: {
    en: "Tell people of their right to complain to a supervisory authority, and name the one competent for you.",
    de: "Auf das Recht zur Beschwerde bei einer Aufsichtsbehörde hinweisen und die für Sie zuständige nennen.",
  },
  source: "Art. 13(2)(d) GDPR",
  check({ data }) {
    if (data.supervisoryAuthority !== undefined) return [];
    const country = data.controller.address.country;
    if (textLaw(data) !== "gdpr" || !isEeaMember(country)) return [];
    const competent = competentAuthority(data.controller);
    if (typeof competent === "object") return [];
    const why = {
      "land-needed": {
        en: "in Germany each Land has its own authority, and the postal code and city do not tell the Land: give it as controller.address.land (BY, BE, ...)",
        de: "in Deutschland hat jedes Land seine eigene Behörde, und Postleitzahl und Ort ergeben das Land nicht: geben Sie es in controller.address.land an (BY, BE, ...)",
      },
      unknown: { en: `we know no supervisory authority for ${country}`, de: `für ${country} kennen wir keine Aufsichtsbehörde` },
      unconfirmed: {
        en: `we know the authority for ${country} only from a third party's list, which the policy does not repeat as certain`,
        de: `die Behörde für ${country} kennen wir nur aus der Liste eines Dritten, die die Erklärung nicht als gesichert wiedergibt`,
      },
    }[competent];
    return [
      {
        segments: competent === "land-needed" ? ["controller", "address"] : [],
        message: {
          en: `the policy names no supervisory authority (supervisoryAuthority), and none can be chosen for the controller: ${why.en}. Without one, it points to the EDPB's list of all authorities`,
          de: `die Erklärung nennt keine Aufsichtsbehörde (supervisoryAuthority), und für den Verantwortlichen lässt sich keine bestimmen: ${why.de}. Ohne sie verweist sie auf die Liste aller Behörden beim EDSA`,
        },
      },
    ];
  },
};
