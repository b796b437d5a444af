import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalog } from "@policy/catalog";
import { changeNotice, diff, type Locale, loadPolicy, type Policy } from "@policy/core";
import { parse, stringify } from "yaml";
import { toHtml } from "../src/index.js";

/** The repository's example policy (apps/example/policy.yaml), loaded with the catalog. */
export const examplePolicyFile = fileURLToPath(new URL("../../../apps/example/policy.yaml", import.meta.url));

export function examplePolicy(): Policy {
  return loadPolicy(readFileSync(examplePolicyFile, "utf8"), { filename: "policy.yaml", catalog });
}

/**
 * The example's standalone page, as `npm start` writes it to apps/example/out/policy.<locale>.html
 * (with `--standalone --toc`), rendered afresh from the policy: the tests check what this source
 * renders, not a copy committed before it changed.
 */
export function examplePage(locale: Locale): string {
  return toHtml(examplePolicy(), { locale, standalone: true, toc: true });
}

/**
 * The example as a business under the CCPA too: its section for California residents, with a
 * service that shares data, the opt-out page, preference signals and a financial incentive.
 */
export function californiaPolicy(): Policy {
  const source = parse(readFileSync(examplePolicyFile, "utf8"));
  source.jurisdictions = ["gdpr", "ccpa"];
  // In English, the section's language, and German, whose version points to it.
  source.locales = ["en", "de"];
  source.rightsContact = { email: "privacy@lindenberg-ohm.example", phone: "+1 800 555 0100" };
  source.california = {
    thresholds: ["revenue"],
    optOutUrl: "https://lindenberg-ohm.example/do-not-sell-or-share",
    optOutPreferenceSignal: true,
    sellsUnder16: false,
    doNotTrack: "not-honored",
    financialIncentives: [
      {
        name: { en: "Client club", de: "Kundenclub", es: "Club de clientes" },
        terms: {
          en: "Members give us their e-mail address and get our reports first.",
          de: "Mitglieder geben uns ihre E-Mail-Adresse und erhalten unsere Berichte zuerst.",
          es: "Los miembros nos facilitan su dirección de correo electrónico y reciben primero nuestros informes.",
        },
      },
    ],
  };
  for (const service of source.services) service.california = "neither";
  source.services[0].california = "shared";
  return loadPolicy(stringify(source), { filename: "california.yaml", catalog });
}

/** The example's notice of what changed from version 0.9 (apps/example/history) to 1.0, as `npm start` writes it. */
export function changeNoticePage(locale: Locale): string {
  const before = loadPolicy(readFileSync(new URL("../../../apps/example/history/policy-0.9.yaml", import.meta.url), "utf8"), {
    filename: "policy-0.9.yaml",
    catalog,
  });
  const after = examplePolicy();
  return toHtml(changeNotice(before, after, diff(before, after), { locale, date: "2026-12-01" }), { standalone: true });
}
