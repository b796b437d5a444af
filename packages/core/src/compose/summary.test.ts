import type { Table } from "mdast";
import { describe, expect, it } from "vitest";
import { policyOf, shop } from "../../test/fixtures/compose/policies.js";
import type { Locale } from "../taxonomy/index.js";
import { compose } from "./compose.js";
import { plain } from "./inline.js";

/** The summary table's data cell for the shop with this data. */
function dataCell(data: string[], locale: Locale): string {
  const document = compose(policyOf([{ ...shop, data } as typeof shop]), { locale });
  const summary = document.sections[0]!.sections.find((section) => section.kind === "summary")!;
  const table = summary.content.find((block): block is Table => block.type === "table")!;
  return plain(table.children[1]!.children[3]!.children);
}

describe("labels joined in the summary", () => {
  const data = ["user.device.ip_address", "user.telemetry", "user.location.imprecise", "user.behavior.browsing_history"];

  it("read as a sentence: the first as a label, the rest as they read inside a sentence", () => {
    expect(dataCell(data, "de")).toBe("IP-Adresse, technische Nutzungsdaten, ungefährer Standort und Browserverlauf");
    expect(dataCell(data, "en")).toBe("IP address, technical usage data, approximate location, browsing history");
  });
});
