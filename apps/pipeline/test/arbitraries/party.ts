// A company or authority a policy names (core's Party), with an address, and the data protection
// officer, whose address is optional. Names and address lines are adversarial text; the contact
// details are valid but awkward.

import fc from "fast-check";
import type { Address, DataProtectionOfficer, Party } from "@policy/core";
import { adversarialText } from "./adversarial-text.js";
import { countryCode, email, httpUrl, phone } from "./scalars.js";
import { once } from "./memo.js";
import { optional, withoutUndefined } from "./without-undefined.js";

export const address: () => fc.Arbitrary<Address> = once(() => {
  return fc
    .record({
      street: adversarialText(),
      postalCode: optional(fc.oneof(fc.stringMatching(/^[0-9]{4,5}$/), adversarialText())),
      city: adversarialText(),
      region: optional(adversarialText()),
      country: countryCode(),
    })
    .map(withoutUndefined);
});

export const party: () => fc.Arbitrary<Party> = once(() => {
  return fc
    .record({
      name: adversarialText(),
      address: address(),
      email: optional(email()),
      phone: optional(phone()),
      url: optional(httpUrl()),
    })
    .map(withoutUndefined);
});

export const dataProtectionOfficer: () => fc.Arbitrary<DataProtectionOfficer> = once(() => {
  return fc
    .record({
      name: optional(adversarialText()),
      email: email(),
      phone: optional(phone()),
      address: optional(address()),
    })
    .map(withoutUndefined);
});
