/**
 * The 16 German Länder, as ISO 3166-2 subdivision codes without the "DE-" prefix. Each has its own
 * supervisory authority for private companies (§ 40 BDSG), so a German controller's Land decides
 * which authority its policy names.
 */
export const germanLands = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"] as const;
export type GermanLand = (typeof germanLands)[number];

const lands: ReadonlySet<string> = new Set(germanLands);

export function isGermanLand(value: string): value is GermanLand {
  return lands.has(value);
}
