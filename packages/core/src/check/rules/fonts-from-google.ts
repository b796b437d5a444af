import type { ComplianceRule } from "../rule.js";

/**
 * Loading fonts from Google's servers sends each visitor's IP address to Google. The Landgericht
 * München I held that this, on legitimate interests and without consent, infringed the visitor's
 * rights, because the fonts can be served from one's own server (judgment of 20 January 2022,
 * 3 O 17493/20). A service on the catalog's Google Fonts entry that rests any purpose on
 * Art. 6(1)(f) fails: host the fonts yourself, or ask for consent.
 */
export const fontsFromGoogle: ComplianceRule = {
  code: "fonts-from-google",
  stage: "check",
  severity: "error",
  duty: {
    en: "Do not load fonts from Google's servers on legitimate interests: host them yourself, or ask for consent.",
    de: "Schriften nicht auf Grundlage berechtigter Interessen von Googles Servern laden: selbst hosten oder um Einwilligung bitten.",
  },
  source: "LG München I, judgment of 20 January 2022, 3 O 17493/20; Art. 6(1)(f) GDPR",
  check({ policy }) {
    return policy.services.flatMap((service, index) => {
      if (service.processor?.id !== "google-fonts") return [];
      return service.purposes.flatMap((purpose, purposeIndex) =>
        purpose.legalBasis === "A6-1-f"
          ? [
              {
                segments: ["services", index, "purposes", purposeIndex, "legalBasis"],
                message: {
                  en: "fonts loaded from Google's servers send each visitor's IP address to Google; a court held that legitimate interests do not cover this: host the fonts yourself and remove the service, or rest it on consent (A6-1-a)",
                  de: "Schriften von Googles Servern übermitteln die IP-Adresse jedes Besuchers an Google; ein Gericht hat entschieden, dass berechtigte Interessen das nicht tragen: hosten Sie die Schriften selbst und entfernen Sie den Dienst, oder stützen Sie ihn auf eine Einwilligung (A6-1-a)",
                },
              },
            ]
          : [],
      );
    });
  },
};
