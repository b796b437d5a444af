import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { safeParsePolicy, type Policy } from "@policy/core";
import YAML from "yaml";
import { examplePolicyFile } from "./example.js";

/** U+202E RIGHT-TO-LEFT OVERRIDE: shows the text after it in reverse, until something ends it. */
export const rightToLeftOverride = "\u202E";

/** 300 characters without a space: no word, and far wider than any phone. */
export const unbrokenToken = `Datenschutzgrundverordnungskonformitaetspruefung${"x".repeat(252)}`;

/**
 * The example policy with what breaks pages: right-to-left overrides in names, a service name and a cookie name of 300
 * characters without a space, and very long web addresses with their scheme in upper case. Parsed
 * and validated like any policy file, so it is a policy a user can write; it fails loudly if
 * validation ever refuses it.
 */
export function hostilePagePolicy(): Policy {
  const data = YAML.parse(readFileSync(examplePolicyFile, "utf8"));
  data.controller.name = `${rightToLeftOverride}Lindenberg & Ohm Beratung GmbH`;
  data.controller.url = `HTTPS://LINDENBERG-OHM.EXAMPLE/${"datenschutz/".repeat(25)}`;
  data.supervisoryAuthority.url = `HTTP://www.datenschutz-berlin.de/?${"seite=datenschutzerklaerung&".repeat(12)}`;
  data.services[0].name = { en: unbrokenToken, de: unbrokenToken, es: unbrokenToken };
  data.services[1].name = {
    en: `${rightToLeftOverride}Website hosting`,
    de: `${rightToLeftOverride}Hosting der Website`,
    es: `${rightToLeftOverride}Alojamiento del sitio web`,
  };
  data.deviceAccess[0].name = unbrokenToken;
  const result = safeParsePolicy(data, { catalog });
  const errors = result.issues.filter((issue) => issue.severity === "error");
  if (!result.success || errors.length > 0) {
    throw new Error(`the hostile page policy does not validate: ${JSON.stringify(errors.length > 0 ? errors : result.issues)}`);
  }
  return result.policy;
}
