import { describe, expect, it } from "vitest";
import { sectionById, textOf } from "../../test/fixtures/compose/helpers.js";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { ServiceInput } from "../model/service.js";
import { compose } from "./compose.js";

// A shop keeps its orders ten years for tax law, but the support chat only a year.
const orders: ServiceInput = {
  ...shop,
  purposes: [
    { purpose: "essential.service", legalBasis: "A6-1-b" },
    { purpose: "essential.service.operations.support", legalBasis: "A6-1-b" },
  ],
  data: ["user.name", "user.financial", "user.content.private"],
  retention: {
    duration: "P1Y",
    exceptions: [
      {
        data: ["user.financial"],
        duration: "P10Y",
        criteria: { en: "Tax law requires us to keep invoices ten years.", de: "Das Steuerrecht verlangt, Rechnungen zehn Jahre aufzubewahren." },
      },
    ],
  },
};

describe("retention for part of the data", () => {
  const [en, de] = (["en", "de"] as const).map((locale) => compose(policyOf([orders]), { locale }));

  it("gives the service's period, then each part with its own", () => {
    expect(textOf(sectionById(en!, "service-shop--storage")!)).toContain(
      "We keep the data for 1 year.\nSome of the data is kept for a different period:\nFinancial information: We keep the data for 10 years. Tax law requires us to keep invoices ten years.",
    );
    expect(textOf(sectionById(de!, "service-shop--storage")!)).toContain(
      "Für einen Teil der Daten gilt eine andere Speicherdauer:\nFinanzdaten: Wir speichern die Daten 10 Jahre lang.",
    );
  });

  it("shows both periods in the overview's table and in the retention section", () => {
    expect(textOf(sectionById(en!, "summary")!)).toContain("1 year; financial information: 10 years");
    expect(textOf(sectionById(en!, "retention")!)).toContain(
      "Online shop: We keep the data for 1 year.\nSome of the data is kept for a different period:",
    );
  });

  it("is refused where it names data or a purpose the service does not have", () => {
    const wrong = {
      ...orders,
      retention: { duration: "P1Y", exceptions: [{ data: ["user.device.ip_address"], purposes: ["marketing"], duration: "P2Y" }] },
    } as ServiceInput;
    expect(() => policyOf([wrong])).toThrow(/user\.device\.ip_address is not among this service's data/);
    expect(() => policyOf([wrong])).toThrow(/marketing is not among this service's purposes/);
  });
});
