import { describe, expect, it } from "vitest";
import { runPolicy } from "./run-policy.js";

describe("policy taxonomy", () => {
  it("lists the kinds of id and how many each has", async () => {
    const result = await runPolicy(["taxonomy"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("kind        ids");
    expect(result.stdout).toMatch(/^subjects +\d+$/m);
    expect(result.stdout).toMatch(/^countries +249$/m);
  });

  it("finds an id by a word of it or of its English or German label", async () => {
    expect((await runPolicy(["taxonomy", "subjects", "applicant"])).stdout).toBe(
      "id             English         Deutsch\njob_applicant  Job applicants  Bewerberinnen und Bewerber\n",
    );
    expect((await runPolicy(["taxonomy", "countries", "Österreich"])).stdout).toContain("AT  Austria  Österreich");
    expect((await runPolicy(["taxonomy", "bases", "berechtigte"])).stdout).toMatch(/^A6-1-f +Legitimate interests +Berechtigte Interessen$/m);
  });

  it("prints { id, en, de } for scripts with --json", async () => {
    const result = await runPolicy(["taxonomy", "data", "email", "--json"]);
    expect(JSON.parse(result.stdout)).toContainEqual({ id: "user.contact.email", en: "E-mail address", de: "E-Mail-Adresse" });
  });

  it("says so with exit 1 when nothing matches, and refuses an unknown kind with a suggestion and exit 2", async () => {
    expect(await runPolicy(["taxonomy", "data", "zzzz"])).toMatchObject({ code: 1, stdout: 'No data match "zzzz".\n' });
    const unknown = await runPolicy(["taxonomy", "subject"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no kind of id is called "subject"; did you mean "subjects"?');
  });
});
