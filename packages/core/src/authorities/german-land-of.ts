import type { GermanLand } from "./german-land.js";
import { largeCityLands, postalZoneRanges, splitPostalCodes } from "./german-postal-zones.js";

/** A German controller's seat, as its postal address gives it. */
export interface GermanSeat {
  /** Absent where the address gives none: then only a city-state's name decides. */
  readonly postalCode?: string | undefined;
  readonly city: string;
}

/**
 * The city-states are Länder of their own, so their name alone tells the Land. Other cities need
 * their code: "Essen" is also a town in Lower Saxony.
 */
const cityStates: Readonly<Record<string, GermanLand>> = { berlin: "BE", hamburg: "HH", bremen: "HB" };

/** "frankfurt  am main " and "Frankfurt am Main" are the same city; nothing more is assumed. */
function normalizeCity(city: string): string {
  return city.trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
}

const cityLands = new Map(Object.entries(largeCityLands).map(([city, land]) => [normalizeCity(city), land]));

/** The Länder a three-digit zone's places lie in, or undefined for a zone the data does not know. */
function zoneLands(zone: string): readonly GermanLand[] | undefined {
  const range = postalZoneRanges.find(([first, last]) => first <= zone && zone <= last);
  return range?.[2].split("/") as GermanLand[] | undefined;
}

function singleLand(zone: string): GermanLand | undefined {
  const lands = zoneLands(zone);
  return lands?.length === 1 ? lands[0] : undefined;
}

function neighbourZones(zone: string): string[] {
  const number = Number(zone);
  return [number - 1, number + 1].filter((n) => n >= 0 && n <= 999).map((n) => String(n).padStart(3, "0"));
}

/**
 * The Land a postal code alone decides. The data lists only a few of the ~280 codes that cross a
 * Land border, so a code alone counts only where its whole two-digit region lies in one Land, or
 * where its zone and the zones on either side of it do: a border lies between zones of different
 * Länder, and that is where an unlisted crossing code would be.
 */
function landOfPostalCode(code: string): GermanLand | undefined {
  const zone = code.slice(0, 3);
  const land = singleLand(zone);
  if (land === undefined) return undefined;
  const region = Array.from({ length: 10 }, (_, digit) => `${code.slice(0, 2)}${digit}`).filter((z) => zoneLands(z) !== undefined);
  if (region.every((z) => singleLand(z) === land)) return land;
  const neighbours = neighbourZones(zone).filter((z) => zoneLands(z) !== undefined);
  return neighbours.length > 0 && neighbours.every((z) => singleLand(z) === land) ? land : undefined;
}

/**
 * For a code whose places lie in more than one Land: the Land of the place the city names, unless
 * a place of another Land is part of the name ("Hamburg Altengamme" is filed under
 * Schleswig-Holstein in the data, "Hamburg" under Hamburg): then it stays undecided.
 */
function landOfSplitCode(places: Readonly<Record<string, GermanLand>>, city: string): GermanLand | undefined {
  const entries = Object.entries(places).map(([place, land]) => [normalizeCity(place), land] as const);
  const land = entries.find(([place]) => place === city)?.[1];
  if (land === undefined) return undefined;
  const clash = entries.some(([place, other]) => other !== land && (city.startsWith(`${place} `) || place.startsWith(`${city} `)));
  return clash ? undefined : land;
}

/**
 * The German Land of a controller's seat, where its postal code and city decide it, or undefined
 * where they do not (a code crossing a Land border, a code or city the data does not know, or a
 * city that contradicts its code). Undefined means "ask": a wrong Land names the wrong authority,
 * so a policy then states its Land itself.
 */
export function germanLandOf(seat: GermanSeat): GermanLand | undefined {
  const city = normalizeCity(seat.city);
  if (seat.postalCode === undefined) return cityStates[city];
  const code = seat.postalCode.trim();
  if (!/^\d{5}$/.test(code)) return undefined;
  const split = splitPostalCodes[code];
  if (split !== undefined) return landOfSplitCode(split, city);
  const lands = zoneLands(code.slice(0, 3));
  if (lands === undefined) return undefined;
  // A large city lies in one Land, whatever its codes do; its code must still point there.
  const cityLand = cityLands.get(city);
  if (cityLand !== undefined) return lands.includes(cityLand) ? cityLand : undefined;
  return landOfPostalCode(code);
}
