import { cleanup, render } from "ink-testing-library";
import { compose, parsePolicy, type PolicyInput } from "@policy/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { examplePolicy, keys, plain, press, tick } from "../test/helpers.js";
import { renderViewer, resize, untilComposed } from "../test/render-viewer.js";
import { PolicyViewer } from "./policy-viewer.js";

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

/** The text pane of a two-pane frame: each body line right of the " │ " rule. */
function textPane(screen: string): string {
  return screen
    .split("\n")
    .filter((line) => line.includes(" │ "))
    .map((line) => line.slice(line.indexOf(" │ ") + 3))
    .join("\n");
}

/** The row of the navigation list with the selection marker. */
function selectedRow(screen: string): string | undefined {
  return screen
    .split("\n")
    .find((line) => line.startsWith("›"))
    ?.split(" │ ")[0]
    ?.trim();
}

describe("PolicyViewer layout", () => {
  it("shows the header, the section list beside the open section, and the keys", async () => {
    const { screen } = await renderViewer();
    const lines = screen().split("\n");
    expect(lines[0]).toBe("Privacy policy · Lindenberg & Ohm Beratung GmbH");
    expect(lines[1]).toBe("Version 1.0 · effective 2026-12-01 · Language: English");
    expect(lines).toHaveLength(24);
    expect(selectedRow(screen())).toBe("› Overview");
    for (const title of [
      "Video meetings with Zoom",
      "Website hosting",
      "Transfers to third countries",
      "Your rights",
      "Your right to object",
      "Contact",
    ]) {
      expect(screen()).toContain(`  ${title}`);
    }
    expect(textPane(screen())).toContain("This privacy policy explains how Lindenberg & Ohm Beratung GmbH");
    // The focus is on the list: its title is bold on a heavy rule, the text's dim on a light one.
    expect(lines[2]).toMatch(/^━ Sections ━+─┬─ Overview ─+$/);
    expect(lines[2]?.indexOf("┬")).toBe(lines[5]?.indexOf("│"));
    // The footer's keys are the list's; the rule above says which section is open and how much of it is in view.
    expect(lines[22]).toMatch(/─ section 1 of \d+ · \d+% ─$/);
    expect(lines[23]).toBe("↑↓ move · Enter read · / search · Tab text · d data · t transfers · l language · ? help · q quit");
  });

  it("wraps the text to the pane: no line is wider than the terminal", async () => {
    const { screen } = await renderViewer({ columns: 90 });
    for (const line of screen().split("\n")) expect(line.length).toBeLessThanOrEqual(90);
    expect(textPane(screen())).toContain("processes your personal data: which services we use");
  });

  it("shows one pane at a time below 80 columns: the list, then the text after Enter", async () => {
    const { stdin, screen } = await renderViewer({ columns: 60 });
    expect(screen()).not.toContain(" │ ");
    expect(screen()).toContain("› Overview");
    expect(screen()).not.toContain("This privacy policy explains");
    await press(stdin, "j", "j", keys.enter);
    expect(screen()).not.toContain("› Overview");
    expect(screen().split("\n")[3]).toBe("Video meetings with Zoom");
    for (const line of screen().split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    await press(stdin, keys.tab);
    expect(screen()).toContain("›   Video meetings with Zoom");
    expect(screen()).not.toContain("What is Zoom?");
  });

  it("follows a resize: from two panes at 100 columns to one at 60 and back", async () => {
    const { stdout, screen } = await renderViewer();
    expect(screen()).toContain(" │ ");
    resize(stdout, 60, 20);
    await tick();
    expect(screen()).not.toContain(" │ ");
    expect(screen().split("\n")).toHaveLength(20);
    expect(screen().split("\n")[2]).toBe(`━ Sections ${"━".repeat(49)}`);
    resize(stdout, 120, 30);
    await tick();
    expect(screen()).toContain(" │ ");
    expect(screen().split("\n")).toHaveLength(30);
  });
});

describe("PolicyViewer keys", () => {
  it("moves through the list with ↓/↑ and j/k, opening each section beside it", async () => {
    const { stdin, screen } = await renderViewer();
    await press(stdin, keys.down);
    expect(selectedRow(screen())).toBe("› The services in detail");
    await press(stdin, "j", "j");
    expect(selectedRow(screen())).toBe("›   Website hosting");
    expect(textPane(screen())).toContain("What is Hetzner?");
    await press(stdin, "k");
    expect(selectedRow(screen())).toBe("›   Video meetings with Zoom");
    await press(stdin, keys.up);
    expect(selectedRow(screen())).toBe("› The services in detail");
  });

  it("g and G go to the first and the last section", async () => {
    const { stdin, screen } = await renderViewer();
    await press(stdin, "G");
    expect(selectedRow(screen())).toBe("› Contact");
    await press(stdin, "g");
    expect(selectedRow(screen())).toBe("› Overview");
  });

  it("Enter or → opens the text; then ↓, PgDn, space, PgUp, G and g scroll it; Tab and ← go back to the list", async () => {
    const { stdin, screen } = await renderViewer();
    await press(stdin, "j", "j", keys.enter);
    const top = textPane(screen()).split("\n");
    expect(top[0]).toBe("Video meetings with Zoom");
    expect(top).toHaveLength(19);
    await press(stdin, keys.down);
    expect(textPane(screen()).split("\n")[0]).toBe(top[1]);
    await press(stdin, "g", keys.pageDown);
    // A page is the pane's height less one line: the last line read stays in view, now at the top.
    expect(textPane(screen()).split("\n")[0]).toBe(top[18]);
    const secondPage = textPane(screen()).split("\n");
    await press(stdin, " ");
    expect(textPane(screen()).split("\n")[0]).toBe(secondPage[18]);
    await press(stdin, keys.pageUp);
    expect(textPane(screen()).split("\n")).toEqual(secondPage);
    await press(stdin, "G");
    expect(textPane(screen())).toContain("Legal basis");
    await press(stdin, "g");
    expect(textPane(screen()).split("\n")[0]).toBe("Video meetings with Zoom");
    // Moving in the list now would change the selection: the text has the focus.
    expect(selectedRow(screen())).toBe("›   Video meetings with Zoom");
    await press(stdin, keys.tab, "j");
    expect(selectedRow(screen())).toBe("›   Website hosting");
    await press(stdin, keys.right, keys.down, keys.left, "j");
    expect(selectedRow(screen())).toBe("›   Booking appointments with…");
  });

  it("/ searches every section and service; matches are highlighted, n and N move between them", async () => {
    const { stdin, screen, lastFrame } = await renderViewer({ rows: 30 });
    await press(stdin, "/");
    expect(screen().split("\n").at(-1)).toMatch(/^Search: {4}Enter search · Esc cancel/);
    await press(stdin, "B", "r", "e", "v", "o");
    expect(screen().split("\n").at(-1)).toMatch(/^Search: Brevo {3}found in \d+ sections/);
    await press(stdin, keys.enter);
    // The first section with "Brevo" is the overview (its table of services).
    expect(screen().split("\n").at(-1)).toMatch(/^“Brevo”: match 1 of \d+ · n next · N previous/);
    const frame = lastFrame() ?? "";
    // The current match on green, the others on yellow.
    expect(frame).toMatch(/\u001b\[[0-9;]*42m[^\u001b]*Brevo/);
    expect(plain(frame)).toContain("Newsletter with Brevo");

    let sections = 0;
    for (let i = 0; i < 30 && !selectedRow(screen())?.includes("Newsletter with Brevo"); i++) {
      await press(stdin, "n");
      sections++;
    }
    expect(selectedRow(screen())).toBe("›   Newsletter with Brevo");
    expect(sections).toBeGreaterThan(0);
    expect(textPane(screen())).toContain("Brevo");
    await press(stdin, "N");
    expect(screen().split("\n").at(-1)).toMatch(/^“Brevo”: match/);
    // Esc clears the search (its status and highlights); the text keeps the focus.
    await press(stdin, keys.escape);
    expect(screen().split("\n").at(-1)).toMatch(/^↑↓ scroll · Space page/);
    expect(lastFrame()).not.toMatch(/\u001b\[[0-9;]*4[23]m/);
  });

  it("finds a search across the services and says when there is nothing", async () => {
    const { stdin, screen } = await renderViewer();
    await press(stdin, "/", "calendly.com", keys.enter);
    expect(selectedRow(screen())).toBe("›   Booking appointments with…");
    expect(textPane(screen())).toContain("calendly.com");
    await press(stdin, "/", "zzqx", keys.enter);
    expect(screen().split("\n").at(-1)).toBe("“zzqx” is not in the policy · / search again · Esc clear · ? help · q quit");
    await press(stdin, "/", "abc", keys.backspace, keys.escape);
    expect(screen().split("\n").at(-1)).toMatch(/^“zzqx” is not in the policy/);
  });

  it("d answers which services process the IP address, with purpose, legal basis and country", async () => {
    const { stdin, screen } = await renderViewer({ rows: 60 });
    await press(stdin, "d");
    expect(screen().split("\n")[3]).toBe("Which services process this data?");
    for (let i = 0; i < 20 && selectedRow(screen()) !== "› IP address"; i++) await press(stdin, "j");
    expect(selectedRow(screen())).toBe("› IP address");
    const answer = textPane(screen());
    // The document's entry for the kind of data: its title, its description with its key, the services.
    expect(answer.split("\n")[0]).toBe("IP address");
    expect(answer.replace(/\s+/g, " ")).toContain("Unique identifier related to device connection. (user.device.ip_address)");
    expect(answer).toContain("Processed by 3 services:");
    const services = answer
      .split("\n")
      .filter((line) => /^[A-Z]/.test(line) && !line.startsWith("IP address") && !line.startsWith("Unique") && !line.startsWith("Processed"));
    expect(services).toEqual(["Video meetings with Zoom", "Website hosting", "Booking appointments with Calendly"]);
    const zoom = answer.slice(answer.indexOf("Video meetings with Zoom"), answer.indexOf("Website hosting"));
    expect(zoom).toContain("• Provider: Zoom Communications, Inc., United States");
    expect(zoom).toContain("• Purpose: Providing the service");
    expect(zoom).toContain("• Legal basis: Art. 6(1)(b) GDPR");
    expect(zoom).toContain("• Purpose: Business operations");
    expect(zoom).toContain("• Legal basis: Art. 6(1)(f) GDPR, legitimate interests");
    expect(zoom).toContain("• Where processed: United States");
    expect(zoom).toContain("• Transfers: United States (Zoom Communications, Inc.): EU-US Data");
    const hetzner = answer.slice(answer.indexOf("Website hosting"), answer.indexOf("Booking appointments"));
    expect(hetzner).toContain("• Provider: Hetzner Online GmbH, Germany");
    expect(hetzner).toContain("• Purpose: Security");
    expect(hetzner).toContain("• Where processed: Germany");
    expect(hetzner).not.toContain("Transfers");
    const calendly = answer.slice(answer.indexOf("Booking appointments with Calendly"));
    expect(calendly).toContain("• Provider: Calendly, LLC, United States");
    expect(calendly).toContain("• Legal basis: Art. 6(1)(b) GDPR");
    expect(calendly).toContain("• Transfers: United States (Calendly, LLC): EU-US Data Privacy");
    expect(answer).not.toContain("Newsletter with Brevo");
    // Esc closes the view, not the viewer.
    await press(stdin, keys.escape);
    expect(selectedRow(screen())).toBe("› Overview");
  });

  it("t shows the countries data goes to, the safeguards, and each service's recipient", async () => {
    const { stdin, stdout, screen } = await renderViewer({ rows: 50 });
    await press(stdin, "t");
    expect(screen().split("\n")[3]).toBe("Where does the data go?");
    // The countries come in the order of their codes: Canada, India, the United States.
    expect(selectedRow(screen())).toBe("› Canada (1)");
    expect(textPane(screen())).toContain("• Adequacy decision (Art. 45(9) GDPR): 1 service");
    await press(stdin, "j", "j");
    expect(selectedRow(screen())).toBe("› United States (3)");
    const answer = textPane(screen());
    expect(answer).toContain("• Standard contractual clauses adopted by the European Commission");
    expect(answer).toContain("(Art. 46(2)(c) GDPR): 1 service");
    expect(answer).toMatch(/• EU-US Data Privacy Framework [^•]*: 2 services/);
    expect(answer).toContain("• Recipient: Zoom Communications, Inc.");
    expect(answer).toContain("• Recipient: Calendly, LLC");
    // On a smaller terminal: Tab to the answer and scroll it; t again closes the view.
    resize(stdout, 100, 16);
    await press(stdin, keys.tab, "j", "j");
    expect(textPane(screen()).split("\n")[0]).toBe(answer.split("\n")[2]);
    expect(selectedRow(screen())).toBe("› United States (3)");
    await press(stdin, "t");
    expect(selectedRow(screen())).toBe("› Overview");
  });

  it("l switches between the policy's languages and keeps the open section", async () => {
    const { stdin, screen } = await renderViewer();
    await press(stdin, "j", "j");
    expect(textPane(screen())).toContain("What is Zoom?");
    await press(stdin, "l");
    await untilComposed(screen);
    expect(screen().split("\n")[0]).toBe("Datenschutzerklärung · Lindenberg & Ohm Beratung GmbH");
    expect(screen().split("\n")[1]).toBe("Version 1.0 · gültig ab 2026-12-01 · Sprache: Deutsch");
    expect(selectedRow(screen())).toBe("›   Videokonferenzen mit Zoom");
    expect(textPane(screen())).toContain("Was ist Zoom?");
    expect(screen()).toContain("  Widerspruchsrecht");
    expect(screen().split("\n").at(-1)).toMatch(/^↑↓ bewegen · Enter lesen/);
    // On through the example's other languages, and round to English.
    for (const _ of examplePolicy().locales.slice(2)) {
      await press(stdin, "l");
      await untilComposed(screen);
    }
    await press(stdin, "l");
    expect(textPane(screen())).toContain("What is Zoom?");
  });

  it("shows a composed document as it is, in its one language: l stays, d reads its index", async () => {
    const document = compose(examplePolicy(), { locale: "de", index: true });
    const { stdin, screen } = await renderViewer({ policy: document, locale: "de" });
    expect(screen().split("\n")[0]).toBe("Datenschutzerklärung · Lindenberg & Ohm Beratung GmbH");
    await press(stdin, "j", "j");
    expect(textPane(screen())).toContain("Was ist Zoom?");
    await press(stdin, "l");
    expect(textPane(screen())).toContain("Was ist Zoom?");
    await press(stdin, "d");
    expect(screen()).toContain(document.index?.[0]?.title);
  });

  it("? shows the keys, in the viewer's language; Esc closes it", async () => {
    const { stdin, screen } = await renderViewer();
    await press(stdin, "?");
    expect(screen()).toContain("Keys");
    expect(screen()).toMatch(/\/ +search every service and section/);
    expect(screen()).toMatch(/q +quit/);
    await press(stdin, keys.escape, "l");
    await untilComposed(screen);
    await press(stdin, "?");
    expect(screen()).toContain("Tasten");
    expect(screen()).toMatch(/d +Daten: welche Dienste eine Art von Daten verarbeiten/);
    await press(stdin, "?");
    expect(screen()).not.toContain("Tasten");
  });

  it("Esc goes back and never quits: from the opened section to the list, and with nothing open it does nothing", async () => {
    const onQuit = vi.fn();
    // Below 80 columns the list and the text take turns, so where Esc goes shows.
    const { stdin, screen } = await renderViewer({ onQuit, columns: 60 });
    await press(stdin, "j", "j", keys.enter);
    expect(screen().split("\n")[3]).toBe("Video meetings with Zoom");
    expect(selectedRow(screen())).toBeUndefined();
    await press(stdin, keys.escape);
    expect(selectedRow(screen())).toBe("›   Video meetings with Zoom");
    await press(stdin, keys.escape, keys.escape);
    expect(onQuit).not.toHaveBeenCalled();
    expect(selectedRow(screen())).toBe("›   Video meetings with Zoom");
  });

  it("closing the help returns to the view it was opened from", async () => {
    const { stdin, screen } = await renderViewer({ rows: 40 });
    await press(stdin, "d", "j");
    const data = screen();
    await press(stdin, "?");
    expect(screen()).toContain("Keys");
    await press(stdin, keys.escape);
    expect(screen()).toBe(data);
  });

  it("Space at the end of a section goes on to the next one", async () => {
    const { stdin, screen } = await renderViewer({ rows: 40 });
    await press(stdin, keys.enter);
    expect(selectedRow(screen())).toBe("› Overview");
    for (let i = 0; i < 10 && selectedRow(screen()) === "› Overview"; i++) await press(stdin, " ");
    expect(selectedRow(screen())).toBe("  The services in detail".replace("  ", "› "));
    expect(textPane(screen()).split("\n")[0]).toBe("The services in detail");
  });

  it.each([
    ["q", "q"],
    ["Ctrl-C", keys.ctrlC],
  ])("%s quits: onQuit is called and ink's app exits", async (_, key) => {
    const onQuit = vi.fn();
    const { stdin, screen } = await renderViewer({ onQuit });
    await press(stdin, key);
    expect(onQuit).toHaveBeenCalledTimes(1);
    // After exit the app no longer reacts to keys.
    const before = screen();
    await press(stdin, "j");
    expect(screen()).toBe(before);
  });
});

describe("PolicyViewer index views", () => {
  // One service whose provider sends data to the US, to a recipient named in words, on a ground
  // its documents do not confirm.
  const policy = parsePolicy({
    meta: { version: "1", effective: "2026-12-01" },
    locales: ["en", "de"],
    controller: { name: "Beispiel GmbH", address: { street: "Hauptstraße 1", city: "Berlin", country: "DE" } },
    services: [
      {
        id: "chat",
        name: { en: "Website chat", de: "Website-Chat" },
        processor: {
          id: "chatco",
          name: "ChatCo",
          entity: { name: "ChatCo SAS", address: { street: "1 rue Exemple", city: "Paris", country: "FR" } },
          description: { en: "Chat for websites.", de: "Chat für Websites." },
          retention: { duration: "P1Y" },
          transfers: [{ country: "US", recipient: { en: "our US support team", de: "unser US-Support-Team" }, mechanism: "A46-2-c" }],
          unconfirmed: [{ fact: "transfers[0].mechanism", note: "not in the DPA" }],
        },
        purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
        data: ["user.name"],
        subjects: ["customer"],
      },
    ],
  } satisfies PolicyInput);

  it("says a safeguard the provider's documents do not confirm is not confirmed, in each language, with the recipient in that language", async () => {
    const { stdin, screen } = await renderViewer({ policy, rows: 30 });
    await press(stdin, "t");
    expect(screen().split("\n")[3]).toBe("Where does the data go?");
    expect(selectedRow(screen())).toBe("› United States (1)");
    let answer = textPane(screen()).replace(/\s+/g, " ");
    expect(answer).toContain("• not confirmed by the provider’s documents: 1 service");
    expect(answer).toContain("• Recipient: our US support team • Safeguard: not confirmed by the provider’s documents");
    expect(answer).not.toContain("Standard contractual clauses");

    await press(stdin, "l");
    await untilComposed(screen);
    expect(screen().split("\n")[3]).toBe("Wohin gehen die Daten?");
    answer = textPane(screen()).replace(/\s+/g, " ");
    expect(answer).toContain("• Empfänger: unser US-Support-Team • Garantie: in den Unterlagen des Anbieters nicht bestätigt");

    await press(stdin, "d");
    expect(screen().split("\n")[3]).toBe("Welche Dienste verarbeiten diese Daten?");
    expect(textPane(screen()).replace(/\s+/g, " ")).toContain(
      "• Übermittlungen: Vereinigte Staaten (unser US-Support-Team): in den Unterlagen des Anbieters nicht bestätigt",
    );
  });

  it("shows the document's words where there is nothing to pick", async () => {
    const inHouse = { ...policy, services: policy.services.map((service) => ({ ...service, processor: null, transfers: [] })) };
    const { stdin, screen } = await renderViewer({ policy: inHouse });
    await press(stdin, "t");
    expect(screen().split("\n").slice(3, 5)).toEqual(["Where does the data go?", "The policy lists no transfers to countries outside the EU/EEA."]);
  });
});

describe("PolicyViewer while composing", () => {
  // Composing takes about a second for 2,000 services: the viewer draws first, composes on the next turn.
  it("draws the header, “Composing the policy…” and the footer in the very first frame, the sections after a tick", async () => {
    const { lastFrame } = render(<PolicyViewer policy={examplePolicy()} locale="en" color={true} />);
    // No tick yet: this is the frame render() drew.
    const first = plain(lastFrame()).split("\n");
    expect(first[0]).toBe("Privacy policy · Lindenberg & Ohm Beratung GmbH");
    expect(first[1]).toBe("Version 1.0 · effective 2026-12-01 · Language: English");
    expect(first[3]).toBe("Composing the policy…");
    expect(first.at(-1)).toMatch(/^↑↓ move · Enter read/);
    expect(first.join("\n")).not.toContain("Overview");
    expect(first.join("\n")).not.toContain("Video meetings with Zoom");

    const screen = () => plain(lastFrame());
    await tick();
    await untilComposed(screen);
    expect(screen().split("\n")[0]).toBe(first[0]);
    expect(selectedRow(screen())).toBe("› Overview");
    expect(screen()).toContain("  Video meetings with Zoom");
    expect(screen()).not.toContain("Composing the policy…");
  });

  it("l to a language not composed yet shows the German loading line first, then the German text", async () => {
    const { stdin, screen, frames } = await renderViewer();
    await press(stdin, "j", "j");
    const before = frames.length;
    stdin.write("l");
    await tick();
    await untilComposed(screen);
    const after = frames.slice(before).map(plain);
    const loading = after.findIndex((frame) => frame.includes("Die Datenschutzerklärung wird erstellt…"));
    const german = after.findIndex((frame) => frame.includes("Was ist Zoom?"));
    expect(loading).toBe(0);
    expect(after[loading]?.split("\n")[0]).toBe("Datenschutzerklärung · Lindenberg & Ohm Beratung GmbH");
    expect(after[loading]?.split("\n")[1]).toBe("Version 1.0 · gültig ab 2026-12-01 · Sprache: Deutsch");
    expect(after[loading]).not.toContain("Zoom");
    expect(german).toBeGreaterThan(loading);
    expect(selectedRow(screen())).toBe("›   Videokonferenzen mit Zoom");
    // On through the example's other languages; English, composed already, comes back without the loading line.
    for (const _ of examplePolicy().locales.slice(2)) {
      await press(stdin, "l");
      await untilComposed(screen);
    }
    const englishFrom = frames.length;
    await press(stdin, "l");
    expect(
      frames
        .slice(englishFrom)
        .map(plain)
        .some((frame) => frame.includes("Composing the policy…")),
    ).toBe(false);
    expect(textPane(screen())).toContain("What is Zoom?");
  });

  it("applies keys pressed while composing once the text is there, in order", async () => {
    const { stdin, lastFrame } = render(<PolicyViewer policy={examplePolicy()} locale="en" color={true} />);
    const screen = () => plain(lastFrame());
    // Before any tick: the policy is not composed yet, the keys wait for it.
    stdin.write("jj");
    expect(screen()).toContain("Composing the policy…");
    await tick();
    await untilComposed(screen);
    expect(selectedRow(screen())).toBe("›   Video meetings with Zoom");

    // "l" and "j" in one read: "j" arrives while German is being composed, and moves from the section "l" kept open.
    stdin.write("lj");
    await tick();
    await untilComposed(screen);
    expect(screen()).toContain("Sprache: Deutsch");
    expect(selectedRow(screen())).toBe("›   Hosting der Website");
  });

  it.each([
    ["q", "q"],
    ["Ctrl-C", keys.ctrlC],
  ])("%s quits while composing, without waiting for the text", async (_, key) => {
    const onQuit = vi.fn();
    const { stdin, lastFrame } = render(<PolicyViewer policy={examplePolicy()} locale="en" color={true} onQuit={onQuit} />);
    stdin.write(key);
    expect(onQuit).toHaveBeenCalledTimes(1);
    await tick();
    await tick();
    // The app has exited before composing: no section ever reached the screen. (How the last
    // frame looks otherwise depends on ink: with CI set it draws only on exit.)
    expect(plain(lastFrame())).not.toContain("Overview");
  });
});

describe("PolicyViewer styles", () => {
  it("sets headings, links and the right-to-object section apart", async () => {
    const { stdin, lastFrame } = await renderViewer({ rows: 40 });
    await press(stdin, "j", "j");
    const service = lastFrame() ?? "";
    expect(service).toMatch(/\u001b\[[0-9;]*36m[^\u001b]*What is Zoom\?/);
    expect(service).toMatch(/\u001b\[[0-9;]*34m[^\u001b]*https:\/\/zoom\.(us|com)/);
    for (let i = 0; i < 20 && !plain(lastFrame()).includes("› Your right to object"); i++) await press(stdin, "j");
    const objection = plain(lastFrame());
    expect(objection).toContain("› Your right to object");
    // A bar down the left edge of the whole section, and its own colour.
    const text = textPane(objection)
      .split("\n")
      .filter((line) => line !== "");
    expect(text.slice(0, 5).every((line) => line.startsWith("▌"))).toBe(true);
    expect(lastFrame()).toMatch(/\u001b\[33m▌/);
  });

  it("turns colour off when NO_COLOR is set, keeping bold and inverse", async () => {
    vi.stubEnv("NO_COLOR", "1");
    const { stdin, lastFrame } = await renderViewer({ color: undefined });
    await press(stdin, "j", "j", "/", "Zoom", keys.enter);
    const frame = lastFrame() ?? "";
    expect(plain(frame)).toContain("What is Zoom?");
    // No foreground or background colour codes (30-37, 39-47, 49, 90-107) at all.
    expect(frame).not.toMatch(/\u001b\[(?:[0-9;]*;)?(?:3[0-79]|4[0-79]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/);
    expect(frame).toMatch(/\u001b\[[0-9;]*7m/);
    expect(frame).toMatch(/\u001b\[[0-9;]*1m/);
  });

  it("uses colour when NO_COLOR is empty or unset", async () => {
    vi.stubEnv("NO_COLOR", "");
    const { stdin, lastFrame } = await renderViewer({ color: undefined });
    await press(stdin, "j", "j");
    expect(lastFrame()).toMatch(/\u001b\[36m/);
  });
});

describe("PolicyViewer with hostile text", () => {
  it("prints names with escape sequences and carriage returns as plain text", async () => {
    const policy = examplePolicy();
    const [first, ...rest] = policy.services;
    const hostile = {
      ...policy,
      controller: { ...policy.controller, name: "Evil\u001b[31m Corp\r\u001b[2J" },
      services: [{ ...first!, name: { en: "Zoom\u001b[31m red\rEVIL\u001b]0;title\u0007" } }, ...rest],
    } as typeof policy;
    const { stdin, lastFrame } = await renderViewer({ policy: hostile });
    await press(stdin, "j", "j");
    const frame = lastFrame() ?? "";
    expect(frame).not.toContain("\r");
    expect(frame).not.toContain("\u001b[31m");
    expect(frame).not.toContain("\u001b[2J");
    expect(frame).not.toContain("\u001b]");
    expect(plain(frame).split("\n")[0]).toBe("Privacy policy · Evil Corp");
    expect(plain(frame)).toContain("›   Zoom redEVIL");
  });
});
