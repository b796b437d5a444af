import { describe, expect, it } from "vitest";
import { germanLandOf } from "./german-land-of.js";

describe("germanLandOf", () => {
  it("without a postal code, knows only a city-state by its name", () => {
    expect(germanLandOf({ city: "Berlin" })).toBe("BE");
    expect(germanLandOf({ city: " hamburg " })).toBe("HH");
    expect(germanLandOf({ city: "Bremen" })).toBe("HB");
    // Essen is also a town in Lower Saxony: a large city's name alone is not enough.
    expect(germanLandOf({ city: "Essen" })).toBeUndefined();
    expect(germanLandOf({ city: "München" })).toBeUndefined();
  });

  it("finds the Land of a seat in a large city", () => {
    expect(germanLandOf({ postalCode: "80331", city: "München" })).toBe("BY");
    expect(germanLandOf({ postalCode: "10999", city: "Berlin" })).toBe("BE");
    expect(germanLandOf({ postalCode: "20095", city: "Hamburg" })).toBe("HH");
    expect(germanLandOf({ postalCode: "01067", city: "Dresden" })).toBe("SN");
  });

  it("reads the city loosely only in spacing and case", () => {
    expect(germanLandOf({ postalCode: "60311", city: "  frankfurt  am Main " })).toBe("HE");
    expect(germanLandOf({ postalCode: " 80331 ", city: "MÜNCHEN" })).toBe("BY");
  });

  it("finds the Land from a postal code inside a region that lies in one Land", () => {
    // Ansbach, the BayLDA's seat: 91xxx lies wholly in Bavaria.
    expect(germanLandOf({ postalCode: "91522", city: "Ansbach" })).toBe("BY");
  });

  it("lets the city decide a code whose places lie in two Länder", () => {
    expect(germanLandOf({ postalCode: "12529", city: "Schönefeld" })).toBe("BB");
    expect(germanLandOf({ postalCode: "12529", city: "Berlin" })).toBe("BE");
    expect(germanLandOf({ postalCode: "69434", city: "Hirschhorn" })).toBe("HE");
    expect(germanLandOf({ postalCode: "69434", city: "Heddesbach" })).toBe("BW");
  });

  it("stays undecided where a code crosses a border and the city does not settle it", () => {
    expect(germanLandOf({ postalCode: "12529", city: "Potsdam" })).toBeUndefined();
    // The data files "Hamburg Altengamme" under Schleswig-Holstein and "Hamburg" under Hamburg.
    expect(germanLandOf({ postalCode: "21039", city: "Hamburg Altengamme" })).toBeUndefined();
    // 22113 is Hamburg and Oststeinbek (Schleswig-Holstein); its zone has places in both.
    expect(germanLandOf({ postalCode: "22113", city: "Oststeinbek" })).toBeUndefined();
  });

  it("stays undecided where city and code contradict each other", () => {
    expect(germanLandOf({ postalCode: "80331", city: "Berlin" })).toBeUndefined();
  });

  it("stays undecided for a code that is not a German postal code", () => {
    expect(germanLandOf({ postalCode: "00000", city: "Berlin" })).toBeUndefined();
    expect(germanLandOf({ postalCode: "8033", city: "München" })).toBeUndefined();
    expect(germanLandOf({ postalCode: "D-80331", city: "München" })).toBeUndefined();
    expect(germanLandOf({ postalCode: "1030", city: "Wien" })).toBeUndefined();
  });
});
