import { compose, parsePolicy, type PolicyInput } from "@policy/core";
import { describe, expect, it } from "vitest";
import { examplePolicy } from "../../test/helpers.js";
import { indexPicker } from "./index-picker.js";

const text = (lines: readonly { plain: string }[]) => lines.map((line) => line.plain.trimEnd()).join("\n");

describe("the index views read the composed document's index", () => {
  const document = compose(examplePolicy(), { locale: "en", index: true });
  const [dataIndex, transfersIndex] = document.index!;

  it("offers the index's entries under the index's title, keyed by their section ids", () => {
    const data = indexPicker(document.index!, "data");
    expect(data.title).toBe(dataIndex!.title);
    expect(data.labels).toEqual(dataIndex!.sections.map((section) => section.title));
    expect(data.keys).toEqual(dataIndex!.sections.map((section) => section.id));
    expect(data.keys).toContain("data-index--user-device-ip-address");
  });

  it("adds to each country how many services send data there, and nothing else", () => {
    const transfers = indexPicker(document.index!, "transfers");
    expect(transfers.title).toBe("Where does the data go?");
    expect(transfers.labels).toEqual(transfersIndex!.sections.map((section) => `${section.title} (${section.sections.length})`));
    expect(transfers.labels).toEqual(["Canada (1)", "India (1)", "United States (3)"]);
  });

  it("shows an entry as the document has it: its title, its text, and each service under its name", () => {
    const data = indexPicker(document.index!, "data");
    const ip = data.keys.indexOf("data-index--user-device-ip-address");
    const lines = text(data.lines(ip, 200)).split("\n");
    const entry = dataIndex!.sections[ip]!;
    expect(lines[0]).toBe(entry.title);
    expect(lines).toContain("Unique identifier related to device connection. (user.device.ip_address)");
    expect(lines).toContain("Processed by 3 services:");
    for (const service of entry.sections) expect(lines).toContain(service.title);
    expect(data.lines(data.labels.length, 80)).toEqual([]);
  });

  it("shows the index's own text where it has no entries, and nothing for a document without an index", () => {
    const inHouse = parsePolicy({
      meta: { version: "1", effective: "2026-12-01" },
      locales: ["de"],
      controller: { name: "Beispiel GmbH", address: { street: "Hauptstraße 1", city: "Berlin", country: "DE" } },
      services: [
        {
          id: "shop",
          purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
          data: ["user.name"],
          subjects: ["customer"],
          retention: { duration: "P1Y" },
        },
      ],
    } satisfies PolicyInput);
    const transfers = indexPicker(compose(inHouse, { locale: "de", index: true }).index!, "transfers");
    expect(transfers.labels).toEqual([]);
    expect(text(transfers.empty(80))).toBe("Die Erklärung nennt keine Übermittlungen in Länder außerhalb der EU/des EWR.");
    const none = indexPicker([], "data");
    expect([none.labels, none.empty(80)]).toEqual([[], []]);
  });
});
