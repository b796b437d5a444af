import { describe, expect, it } from "vitest";
import { EmailSchema } from "./scalars.js";

describe("EmailSchema", () => {
  it("takes ordinary addresses, with hyphens, dots and plus inside", () => {
    for (const address of ["datenschutz@lindenberg-ohm.example", "x.y+z@sub.dom-ain.de", "a_b@b.example"]) {
      expect(EmailSchema.safeParse(address).success, address).toBe(true);
    }
  });

  it("refuses a domain label that starts or ends with a hyphen, which no host name has (and CommonMark would not link)", () => {
    for (const address of ["a@b-.example", "a@-b.example", "a@b.-c.example"]) {
      expect(EmailSchema.safeParse(address).success, address).toBe(false);
    }
  });

  it("refuses what is not an address", () => {
    for (const address of ["datenschutz@", "@example.com", "a@localhost", "a b@example.com"]) {
      expect(EmailSchema.safeParse(address).success, address).toBe(false);
    }
  });
});
