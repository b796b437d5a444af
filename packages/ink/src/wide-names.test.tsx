import { catalog } from "@policy/catalog";
import { loadPolicy } from "@policy/core";
import { cleanup } from "ink-testing-library";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { keys, press } from "../test/helpers.js";
import { renderViewer } from "../test/render-viewer.js";

afterEach(cleanup);

/** Names whose terminal width differs from their length: CJK (2 columns a character), an emoji, a combining accent. */
const names = ["視訊會議", "📹 Videos", "Cafe\u0301 bookings"];

const policy = loadPolicy(
  `meta: { version: "1.0", effective: 2026-12-01 }
locales: [en]
controller:
  name: Beispiel GmbH
  address: { street: Hauptstraße 1, city: Berlin, country: DE }
services:
${names
  .map(
    (name, index) => `  - id: service-${index}
    name: "${name}"
    purposes: [{ purpose: essential.service, legalBasis: A6-1-b }]
    data: [user.device.ip_address]
    subjects: [customer]
    retention: { duration: P1Y }`,
  )
  .join("\n")}
`,
  { catalog },
);

describe("names wider than their length", () => {
  it.each([100, 60])("keep every row of the list within %i columns, and no blank row in it, when selected", async (columns) => {
    const { screen, stdin } = await renderViewer({ policy, columns, rows: 20 });
    // Wide mode shows the list beside the text; narrow mode shows the list alone.
    for (const name of names) {
      for (
        let i = 0;
        i < 10 &&
        !screen()
          .split("\n")
          .some((line) => line.startsWith("›") && line.includes(name));
        i++
      )
        await press(stdin, keys.down);
      expect(screen(), name).toMatch(new RegExp(`^› +${name}`, "m"));
      const lines = screen().split("\n");
      expect(lines, name).toHaveLength(20);
      for (const line of lines) expect(stringWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(columns);
      // The list runs from Overview to Contact with no row left blank by a selection bar too wide for it.
      const list = lines.map((line) => (line.split(" │ ")[0] ?? "").trim());
      const rows = list.slice(
        list.findIndex((row) => row.endsWith("Overview")),
        list.findIndex((row) => row.endsWith("Contact")) + 1,
      );
      expect(rows.length, name).toBeGreaterThan(names.length);
      expect(rows, name).not.toContain("");
    }
  });
});
