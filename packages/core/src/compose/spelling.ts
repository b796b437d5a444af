/**
 * Swiss Standard German has no "ß": it writes "ss" (as every German text of the Confederation
 * does: "ausschliesslich", "Massnahmen"). A text we write for a controller in Switzerland is
 * spelled so; names and texts from a policy are left as given.
 */
export function swissSpelling(text: string): string {
  return text.replaceAll("ß", "ss");
}

/**
 * The terms of Swiss data protection law where the GDPR's German differs: the DSG speaks of
 * "Personendaten" and their "Bearbeitung", and of the "Auftragsbearbeiter", never of
 * "personenbezogenen Daten", "Verarbeitung" or "Auftragsverarbeiter". Applied to our own German
 * (message literals), in Swiss spelling.
 */
export function swissLegalGerman(text: string): string {
  return swissSpelling(text)
    .replaceAll(/personenbezogenen? Daten|personenbezogener Daten/g, "Personendaten")
    .replaceAll("Auftragsverarbeiter", "Auftragsbearbeiter")
    .replaceAll("Verarbeit", "Bearbeit")
    .replaceAll("verarbeit", "bearbeit");
}
