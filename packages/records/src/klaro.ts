import { chooseText, getPurpose, type DeviceAccess, type LocalizedText, type Locale, type Policy, type Service } from "@policy/core";

export interface KlaroOptions {
  /** Where the rendered policy is published: the consent notice links to it. */
  readonly privacyPolicyUrl: string;
  /** The language klaro starts in (default: the policy's first). */
  readonly locale?: Locale | undefined;
}

/** Grounds that need no consent (Art. 5(3) ePrivacy Directive): a service with only these is `required`. */
const withoutConsent = new Set<DeviceAccess["ground"]>(["strictly-necessary", "transmission"]);

/**
 * A configuration for the klaro consent manager (klaro 0.7, `version: 1`): a klaro service for
 * each service of the policy that stores or reads something on the device or rests on consent,
 * and one for the policy's own cookies; each with its purposes, its cookies (names with `*` as
 * the regular expressions klaro reads from strings starting with `^`), `required` where nothing
 * of it needs consent, and its title and description in every language of the policy. Declining
 * is as easy as accepting (`hideDeclineAll: false`), and nothing is on before consent
 * (`default: false`). The texts are the policy's; klaro's own words are klaro's translations.
 */
export function toKlaro(policy: Policy, { privacyPolicyUrl, locale }: KlaroOptions): Record<string, unknown> {
  const plain = policy.locales[0] ?? "en";
  const text = (value: LocalizedText, lang: Locale) => chooseText(value, lang, plain).value;
  const services = policy.services.filter((service) => service.deviceAccess.length > 0 || onConsent(service));
  const purposeIds = [...new Set(services.flatMap((service) => service.purposes.map((p) => p.purpose)))];
  const own = policy.deviceAccess;
  const translations = Object.fromEntries([
    ["zz", { privacyPolicyUrl }],
    ...policy.locales.map((lang) => [lang, { purposes: Object.fromEntries(purposeIds.map((id) => [purposeKey(id), getPurpose(id).label[lang]])) }]),
  ]);
  return {
    version: 1,
    elementID: "klaro",
    storageMethod: "cookie",
    storageName: "klaro",
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    lang: locale ?? plain,
    translations,
    services: [
      ...services.map((service) => ({
        name: service.id,
        purposes: [...new Set(service.purposes.map((p) => purposeKey(p.purpose)))],
        cookies: cookiesOf(service.deviceAccess),
        required: !onConsent(service) && service.deviceAccess.every((access) => withoutConsent.has(access.ground)),
        translations: Object.fromEntries(
          policy.locales.map((lang) => [
            lang,
            {
              title: text(service.name, lang),
              ...((service.description ?? service.processor?.description) === undefined
                ? {}
                : { description: text((service.description ?? service.processor?.description) as LocalizedText, lang) }),
            },
          ]),
        ),
      })),
      ...(own.length === 0
        ? []
        : [
            {
              name: "site",
              purposes: [],
              cookies: cookiesOf(own),
              required: own.every((access) => withoutConsent.has(access.ground)),
              translations: Object.fromEntries(policy.locales.map((lang) => [lang, { title: policy.controller.name }])),
            },
          ]),
    ],
  };
}

/** Whether any purpose of the service rests on consent (Art. 6(1)(a) or 9(2)(a) GDPR). */
function onConsent(service: Service): boolean {
  return service.purposes.some((purpose) => purpose.legalBasis === "A6-1-a") || service.specialCategoryCondition === "A9-2-a";
}

/** klaro keys purposes by name; our ids have dots, which klaro's translation lookup would read as a path. */
function purposeKey(id: string): string {
  return id.replaceAll(".", "-");
}

/** The cookies (not other storage) by name; a name with `*` as a regular expression klaro compiles. */
function cookiesOf(accesses: readonly DeviceAccess[]): string[] {
  return accesses
    .filter((access) => access.technology === "cookie")
    .map((access) => (access.name.includes("*") ? `^${access.name.split("*").map(escapeRegExp).join(".*")}$` : access.name));
}

function escapeRegExp(part: string): string {
  return part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}
