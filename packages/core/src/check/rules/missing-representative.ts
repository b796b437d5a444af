import type { PolicyData } from "../../model/policy.js";
import { isEeaMember } from "../../taxonomy/index.js";
import type { RuleFinding, ValidationRule } from "../rule.js";
import { textLaw } from "../text-law.js";

/**
 * A controller outside the EU/EEA whose policy addresses people under the GDPR (Art. 3(2): it
 * offers them goods or services, or monitors their behaviour) names a representative in the
 * Union (Art. 27), unless an exemption of Art. 27(2) applies, which the policy then says. The UK
 * GDPR asks the same of a controller outside the UK, and the FADP (Art. 14) of some controllers
 * outside Switzerland. Only the controller knows whether Art. 3(2) reaches it: a warning.
 */
export const missingRepresentative: ValidationRule = {
  code: "missing-representative",
  stage: "validate",
  severity: "warning",
  duty: {
    en: "A controller abroad that offers goods or services to people or monitors them names its representative where they are.",
    de: "Ein Verantwortlicher im Ausland, der Menschen Waren oder Dienstleistungen anbietet oder ihr Verhalten beobachtet, nennt seinen Vertreter dort, wo sie sind.",
  },
  source: "Art. 27 GDPR; Art. 27 UK GDPR; Art. 14 FADP",
  check({ data }) {
    const country = data.controller.address.country;
    const law = textLaw(data);
    if (law === "fadp") return swissRepresentative(data);
    const inside = law === "gdpr" ? isEeaMember(country) : country === "GB";
    if (inside || data.representative !== undefined || data.representativeExemption !== undefined) return [];
    const [where, reader, citation] = law === "gdpr" ? ["the EU/EEA", "the EU", "GDPR"] : ["the UK", "the UK", "UK GDPR"];
    const [wo, dort, zitat] =
      law === "gdpr" ? ["der EU bzw. des EWR", "in der EU", "DSGVO"] : ["des Vereinigten Königreichs", "im Vereinigten Königreich", "UK GDPR"];
    return [
      {
        segments: ["controller", "address", "country"],
        message: {
          en:
            `the controller is in ${country}, outside ${where}: where you offer goods or services to people in ${reader} or monitor their behaviour (Art. 3(2) ${citation}), ` +
            `name your representative in ${reader} (representative, Art. 27 ${citation}), or say why you need none (representativeExemption: A27-2-a or A27-2-b)`,
          de:
            `der Verantwortliche sitzt in ${country}, außerhalb ${wo}: wenn Sie Menschen ${dort} Waren oder Dienstleistungen anbieten oder ihr Verhalten beobachten (Art. 3 Abs. 2 ${zitat}), ` +
            `nennen Sie Ihren Vertreter ${dort} (representative, Art. 27 ${zitat}) oder sagen Sie, warum Sie keinen brauchen (representativeExemption: A27-2-a oder A27-2-b)`,
        },
      },
    ];
  },
};

/**
 * Art. 14 FADP: a private controller abroad that processes data of people in Switzerland names a
 * representative there where the processing is connected with offering them goods or services or
 * monitoring their behaviour, and is large-scale, regular and high-risk: all four. Only the
 * controller knows whether they hold, so the warning says what they are.
 */
function swissRepresentative(data: PolicyData): RuleFinding[] {
  const country = data.controller.address.country;
  if (country === "CH" || data.representative !== undefined) return [];
  return [
    {
      segments: ["controller", "address", "country"],
      message: {
        en:
          `the controller is in ${country}, outside Switzerland: where your processing of data of people in Switzerland is connected with offering them goods or services or monitoring their behaviour, ` +
          "and is large-scale, regular and high-risk, name your representative in Switzerland (representative, Art. 14 FADP)",
        de:
          `der Verantwortliche sitzt in ${country}, außerhalb der Schweiz: wenn Ihre Bearbeitung von Personendaten von Menschen in der Schweiz mit dem Angebot von Waren oder Dienstleistungen oder der Beobachtung ihres Verhaltens zusammenhängt ` +
          "und umfangreich, regelmässig und mit einem hohen Risiko verbunden ist, nennen Sie Ihre Vertretung in der Schweiz (representative, Art. 14 DSG)",
      },
    },
  ];
}
