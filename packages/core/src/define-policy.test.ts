import { describe, expect, expectTypeOf, it } from "vitest";
import { definePolicy } from "./define-policy.js";
import type { DataCategoryId, LegalBasisId } from "./taxonomy/index.js";
import { parsePolicy } from "./validate/parse-policy.js";

const controller = {
  name: "Beispiel GmbH",
  address: { street: "Hauptstraße 1", postalCode: "10115", city: "Berlin", country: "DE" },
  email: "privacy@beispiel.example",
} as const;

describe("definePolicy", () => {
  it("returns its argument unchanged, ready for parsePolicy", () => {
    const input = definePolicy({
      meta: { version: "1", effective: "2026-01-01" },
      locales: ["en"],
      controller,
      services: [
        {
          id: "contact-form",
          purposes: [{ purpose: "essential.service.operations.support", legalBasis: "A6-1-b" }],
          data: ["user.contact.email", { category: "user.name", details: "your name" }],
          subjects: ["customer"],
          retention: { duration: "P1Y" },
        },
      ],
    });
    expect(parsePolicy(input).services[0]?.data).toEqual([
      { category: "user.contact.email", collected: "provided" },
      { category: "user.name", details: "your name", collected: "provided" },
    ]);
  });

  it("keeps the literal ids in its type, so editors complete them", () => {
    const input = definePolicy({
      meta: { version: "1", effective: "2026-01-01" },
      controller,
      services: [
        {
          id: "shop",
          purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
          data: ["user.contact.email"],
          subjects: ["customer"],
          retention: { duration: "P1Y" },
        },
      ],
    });
    expectTypeOf(input.services[0].data[0]).toEqualTypeOf<"user.contact.email">();
    expectTypeOf(input.services[0].purposes[0].legalBasis).toExtend<LegalBasisId>();
    expectTypeOf<"user.contact.email">().toExtend<DataCategoryId>();
  });

  it("rejects unknown ids at compile time", () => {
    // Each line below fails to compile; `npm test` type-checks this file, so an id that
    // stopped being an error would fail the build (an unused @ts-expect-error is an error).
    const typos = () => [
      definePolicy({
        meta: { version: "1", effective: "2026-01-01" },
        controller,
        services: [
          {
            id: "shop",
            // @ts-expect-error: a typo in a purpose
            purposes: [{ purpose: "essential.servic", legalBasis: "A6-1-b" }],
            // @ts-expect-error: a typo in a data category
            data: ["user.contact.emial"],
            // @ts-expect-error: not a data subject
            subjects: ["customers"],
            retention: { duration: "P1Y" },
          },
        ],
      }),
      definePolicy({
        meta: { version: "1", effective: "2026-01-01" },
        // @ts-expect-error: not an ISO 3166-1 alpha-2 code
        controller: { ...controller, address: { ...controller.address, country: "DEU" } },
        services: [
          {
            id: "shop",
            // @ts-expect-error: Art. 6(1) has no letter g
            purposes: [{ purpose: "essential.service", legalBasis: "A6-1-g" }],
            data: ["user.contact.email"],
            subjects: ["customer"],
          },
        ],
      }),
    ];
    expect(typeof typos).toBe("function");
  });
});
