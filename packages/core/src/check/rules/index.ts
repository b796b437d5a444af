import type { Rule } from "../rule.js";
import { consentWithoutSettings } from "./consent-without-settings.js";
import { fontsFromGoogle } from "./fonts-from-google.js";
import { marketingStrictlyNecessary } from "./marketing-strictly-necessary.js";
import { receivedWithoutSource } from "./received-without-source.js";
import { retentionUntilNeeded } from "./retention-until-needed.js";
import { transfersEmptied } from "./transfers-emptied.js";

/** Every compliance rule of `policy check`, in the order of `ruleCodes`. */
export const checkRules: readonly Rule[] = [
  retentionUntilNeeded,
  fontsFromGoogle,
  transfersEmptied,
  consentWithoutSettings,
  receivedWithoutSource,
  marketingStrictlyNecessary,
];
