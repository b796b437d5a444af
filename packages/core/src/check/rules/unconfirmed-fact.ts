import type { Processor } from "../../model/processor.js";
import { processorOf } from "../../validate/resolve.js";
import type { ValidationRule } from "../rule.js";

/**
 * What a policy takes on trust from its providers' entries: a fact no provider document confirms
 * is left unsaid by the text, so the policy should state it where it applies.
 */
export const unconfirmedFact: ValidationRule = {
  code: "unconfirmed-fact",
  stage: "validate",
  severity: "warning",
  duty: {
    en: "State each fact about a provider that the text needs (its company, the transfers, the cookies) as the provider's documents confirm it.",
    de: "Jede Angabe über einen Anbieter, die der Text braucht (sein Unternehmen, die Übermittlungen, die Cookies), so machen, wie die Unterlagen des Anbieters sie bestätigen.",
  },
  source: "Art. 13(1)(e) and (f) GDPR (the recipients and transfers as they are)",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      const processor = processorOf(service, catalog);
      if (processor === undefined) return [];
      // A list the service states itself replaces the provider's, and with it the provider's doubts.
      const ownList = (fact: string) =>
        (fact.startsWith("transfers") && service.transfers !== undefined) ||
        (fact.startsWith("deviceAccess[") && service.deviceAccess !== undefined) ||
        (fact === "retention" && service.retention !== undefined);
      // A catalog entry's notes can be read with `policy catalog show`; an inline processor's are the author's own.
      const notes = typeof service.processor === "string" ? ` (\`policy catalog show ${processor.id}\` says what is known)` : "";
      const zeigt = typeof service.processor === "string" ? ` (\`policy catalog show ${processor.id}\` zeigt, was bekannt ist)` : "";
      return processor.unconfirmed
        .filter(({ fact }) => !ownList(fact))
        .map(({ fact }) => ({
          segments: ["services", index, "processor"],
          message: {
            en: `${processor.name}: the provider's documents do not confirm ${fact} (${describe(processor, fact)}), so the policy does not state it; confirm it with the provider, and state it in this service where it applies${notes}`,
            de: `${processor.name}: die Unterlagen des Anbieters bestätigen ${fact} (${describe(processor, fact)}) nicht, daher nennt die Erklärung es nicht; klären Sie es mit dem Anbieter und geben Sie es in diesem Dienst an, wo es zutrifft${zeigt}`,
          },
        }));
    });
  },
};

/** The marked fact's value in words, so the warning says which transfer or cookie is meant. */
function describe(processor: Processor, fact: string): string {
  const item = /^(transfers|deviceAccess)\[(\d+)\]/.exec(fact);
  if (item?.[1] === "transfers") {
    const transfer = processor.transfers[Number(item[2])];
    if (transfer === undefined) return "missing";
    const recipient = typeof transfer.recipient === "object" ? (transfer.recipient.en ?? Object.values(transfer.recipient)[0]) : transfer.recipient;
    return `to ${transfer.country}${recipient === undefined ? "" : `, ${recipient}`}`;
  }
  if (item?.[1] === "deviceAccess") return processor.deviceAccess[Number(item[2])]?.name ?? "missing";
  const role = /^roles\[(\d+)\]/.exec(fact);
  if (role !== null) return processor.roles?.[Number(role[1])]?.role ?? "missing";
  if (fact === "transfers") return "whether, and where, the data leaves the EU/EEA";
  const head = fact.split(".")[0];
  if (head === "entity") return processor.entity.name;
  if (head === "parent") return processor.parent?.name ?? "missing";
  if (head === "euRepresentative") return processor.euRepresentative?.name ?? "missing";
  if (head === "role") return processor.role;
  return "as the entry states it";
}
