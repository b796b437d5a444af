// A cookie or similar technology (core's DeviceAccess), with adversarial names, providers, domains
// and purposes.

import fc from "fast-check";
import { deviceAccessTechnologies, ePrivacyGrounds, type DeviceAccessInput, type Locale } from "@policy/core";
import { adversarialText } from "./adversarial-text.js";
import { localizedText } from "./localized-text.js";
import { isoDuration } from "./scalars.js";
import { perLocales } from "./memo.js";
import { optional, withoutUndefined } from "./without-undefined.js";

export const deviceAccess: (locales: readonly Locale[]) => fc.Arbitrary<DeviceAccessInput> = perLocales((locales) => {
  return fc
    .record({
      name: adversarialText(),
      technology: optional(fc.constantFrom(...deviceAccessTechnologies)),
      provider: optional(adversarialText()),
      domain: optional(adversarialText()),
      purpose: localizedText(locales),
      duration: fc.oneof(fc.constant("session"), isoDuration()),
      party: fc.constantFrom("first" as const, "third" as const),
      // statistics is the UK's exception alone, an error in a policy under the GDPR: its own tests cover it.
      ground: fc.constantFrom(...ePrivacyGrounds.filter((ground) => ground !== "statistics")),
    })
    .map(withoutUndefined);
});

export const deviceAccessList: (locales: readonly Locale[]) => fc.Arbitrary<DeviceAccessInput[]> = perLocales((locales) => {
  return fc.array(deviceAccess(locales), { maxLength: 2 });
});
