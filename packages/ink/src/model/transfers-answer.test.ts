import { parsePolicy, type PolicyInput } from "@policy/core";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../messages/index.js";
import { transfersAnswer } from "./transfers-answer.js";

/** A policy whose one service sends data to the US on a ground the provider's documents may not confirm. */
function policyWith(unconfirmed: readonly string[]) {
  return parsePolicy({
    meta: { version: "1", effective: "2026-12-01" },
    controller: { name: "Beispiel GmbH", address: { street: "Hauptstraße 1", city: "Berlin", country: "DE" } },
    services: [
      {
        id: "chat",
        processor: {
          id: "chatco",
          name: "ChatCo",
          entity: { name: "ChatCo SAS", address: { street: "1 rue Exemple", city: "Paris", country: "FR" } },
          description: { en: "Chat for websites.", de: "Chat für Websites." },
          retention: { duration: "P1Y" },
          transfers: [{ country: "US", recipient: "ChatCo, Inc.", mechanism: "A46-2-c" }],
          unconfirmed: unconfirmed.map((fact) => ({ fact, note: "not in the DPA" })),
        },
        purposes: [{ purpose: "essential.service", legalBasis: "A6-1-b" }],
        data: ["user.name"],
        subjects: ["customer"],
      },
    ],
  } satisfies PolicyInput);
}

/** The text of the answer, one line per list item or heading. */
function plain(node: Nodes): string {
  if (node.type === "text") return node.value;
  const children = "children" in node ? (node.children as Nodes[]).map(plain) : [];
  return ["list", "heading", "root"].includes(node.type) ? children.join("\n") : children.join("");
}

const answer = (unconfirmed: readonly string[]) =>
  transfersAnswer(policyWith(unconfirmed), "US", "en", messagesFor("en"))
    .map(plain)
    .join("\n");

describe("the viewer's answer to “where does the data go?”", () => {
  it("names the safeguard a transfer rests on", () => {
    expect(answer([])).toContain("Standard contractual clauses");
  });

  it("does not name a safeguard the provider's documents do not confirm", () => {
    const text = answer(["transfers[0].mechanism"]);
    expect(text).not.toContain("Standard contractual clauses");
    expect(text).toContain("Safeguard: not confirmed by the provider’s documents");
    expect(text).toContain("not confirmed by the provider’s documents: 1 service");
  });
});
