import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalog } from "@policy/catalog";
import { formatIssue, safeLoadPolicy } from "@policy/core";
import { describe, expect, it, onTestFinished } from "vitest";
import { policyBin } from "./run-policy.js";
import { Terminal } from "./tmux.js";

// policy init in a real terminal (tmux): the questions, answers refused and asked again, Ctrl-C and Ctrl-D.
// Run as a person would: no CI variable, no colour variables.
const command = `env -u CI -u CONTINUOUS_INTEGRATION -u NO_COLOR -u FORCE_COLOR node '${policyBin}' init`;

/** A terminal in a fresh, empty folder; both are gone after the test. */
function terminalIn(): { terminal: Terminal; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "policy-"));
  const terminal = new Terminal(dir, 140, 40);
  onTestFinished(() => {
    terminal.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { terminal, dir };
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

const prompts = {
  company: "Company or organisation (its full legal name):",
  street: "Street and number:",
  postalCode: "Postal code [none]:",
  city: "City:",
  country: "Country (two-letter ISO code, like DE, AT or GB):",
  email: "E-mail address for questions about privacy:",
  locales: "Languages of the policy: en, de, fr, it, es, nl, pl or all [en, de]:",
  services: "Services you use from the catalog, comma-separated (like zoom, stripe; empty for none) [none]:",
};

/** Waits for the `nth` showing of a question, then types the answer and Enter. */
async function answer(terminal: Terminal, prompt: string, text: string, nth = 1): Promise<void> {
  await terminal.waitFor((screen) => count(screen, prompt) >= nth, `the question "${prompt}" (${nth})`);
  terminal.type(text);
}

describe("policy init in a terminal (tmux)", () => {
  it("asks for what the options do not give, asks again after a refused answer, and writes the file", { timeout: 60_000 }, async () => {
    const { terminal, dir } = terminalIn();
    terminal.type(`${command} --city Berlin; echo "exit=$?"`);
    await terminal.waitFor((screen) => screen.includes("Enter takes the one in [brackets]; Ctrl-C cancels."), "the introduction");
    await answer(terminal, prompts.company, 'Foo: "Bar" #1 GmbH   ');
    await answer(terminal, prompts.street, "Hauptstraße 1");
    await answer(terminal, prompts.postalCode, "10115");
    await answer(terminal, prompts.country, "Germany");
    await terminal.waitFor((screen) => screen.includes('  "Germany" is not an ISO 3166-1 alpha-2 country code; did you mean "DE"?'), "the reason");
    await answer(terminal, prompts.country, "de", 2);
    await answer(terminal, prompts.email, "not an address");
    await terminal.waitFor((screen) => screen.includes('  "not an address" is not an e-mail address'), "the reason");
    await answer(terminal, prompts.email, "privacy@example.com", 2);
    await answer(terminal, prompts.locales, "");
    await answer(terminal, prompts.services, "zom");
    await terminal.waitFor((screen) => screen.includes('  "zom" is not in the catalog; did you mean "zoom"?'), "the suggestion");
    await answer(terminal, prompts.services, "zoom, hetzner", 2);
    const screen = await terminal.waitFor((text) => /^exit=\d+$/m.test(text), "the end");

    expect(screen).toContain("exit=0");
    expect(screen).toContain("Wrote policy.yaml\n\nNext steps:\n");
    // The city came as an option: it is not asked.
    expect(screen).not.toContain(prompts.city);
    expect(readdirSync(dir)).toEqual(["policy.yaml"]);
    const loaded = safeLoadPolicy(readFileSync(join(dir, "policy.yaml"), "utf8"), { catalog });
    expect(loaded.issues.map(formatIssue)).toEqual([]);
    expect(loaded.success).toBe(true);
    if (!loaded.success) return;
    expect(loaded.policy.controller).toEqual({
      // Typed answers are trimmed; what is inside stays as typed.
      name: 'Foo: "Bar" #1 GmbH',
      address: { street: "Hauptstraße 1", postalCode: "10115", city: "Berlin", country: "DE" },
      email: "privacy@example.com",
    });
    expect(loaded.policy.locales).toEqual(["en", "de"]);
    expect(loaded.policy.services.map((service) => service.id)).toEqual(["zoom", "hetzner"]);
  });

  it("on Ctrl-C stops with exit code 130, writes nothing, and gives the terminal back as it was", { timeout: 60_000 }, async () => {
    const { terminal, dir } = terminalIn();
    terminal.type(`${command} site; echo "exit=$?"`);
    await answer(terminal, prompts.company, "Example GmbH");
    await terminal.waitFor((screen) => screen.includes(prompts.street), "the second question");
    terminal.send("C-c");
    const screen = await terminal.waitFor((text) => /^exit=\d+$/m.test(text), "the end");
    expect(screen).toContain("policy: cancelled; nothing was written\nexit=130");
    expect(readdirSync(dir)).toEqual([]);

    terminal.type("stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo END");
    const modes = await terminal.waitFor((text) => /(-?icanon) (-?echo) END/.test(text), "the terminal modes");
    expect(modes).toMatch(/^icanon echo END$/m);
  });

  it("at the end of the input (Ctrl-D) stops with exit code 2 and writes nothing", { timeout: 60_000 }, async () => {
    const { terminal, dir } = terminalIn();
    terminal.type(`${command}; echo "exit=$?"`);
    await answer(terminal, prompts.company, "Example GmbH");
    await answer(terminal, prompts.street, "Hauptstraße 1");
    await terminal.waitFor((screen) => screen.includes(prompts.postalCode), "the third question");
    terminal.send("C-d");
    const screen = await terminal.waitFor((text) => /^exit=\d+$/m.test(text), "the end");
    expect(screen).toContain("policy: the input ended before every question was answered; nothing was written\nexit=2");
    expect(existsSync(join(dir, "policy.yaml"))).toBe(false);
  });

  it("with --yes asks nothing, even in a terminal", { timeout: 60_000 }, async () => {
    const { terminal, dir } = terminalIn();
    terminal.type(`${command} --yes --company 'Example GmbH' --country AT; echo "exit=$?"`);
    const screen = await terminal.waitFor((text) => /^exit=\d+$/m.test(text), "the end");
    expect(screen).toContain("policy: missing --street, --city and --email: give them as options (with --yes nothing is asked)\nexit=2");
    expect(screen).not.toContain(prompts.street);
    expect(readdirSync(dir)).toEqual([]);
  });
});
