import { chooseText, type Policy } from "@policy/core";
import { serviceFacts } from "@policy/core/render";
import type { RecordOptions } from "./record.js";
import { recordMessages } from "./record-messages.js";
import { transferLines } from "./transfer-lines.js";

/**
 * The record of processing activities as one table for spreadsheets (RFC 4180 CSV): a row per
 * processing activity, with the controller and the Art. 30(1)(b) to (g) items, several entries
 * of a cell joined by "; ". A cell that a spreadsheet would read as a formula (starting with =,
 * +, -, @, a tab or a carriage return) is prefixed with an apostrophe: a name in a policy must
 * not run as a formula in the reader's spreadsheet.
 */
export function recordCsv(policy: Policy, { locale }: RecordOptions): string {
  const m = recordMessages[locale];
  const f = m.fields;
  const header = [m.csv.activity, m.csv.controller, f.purposes, f.subjects, f.data, f.recipients, f.transfers, f.erasure, f.measures];
  const general = policy.securityMeasures.map((value) => chooseText(value, locale, policy.locales[0] ?? "en").value);
  const rows = serviceFacts(policy, locale).map((facts, index) => {
    const own = (policy.services[index]?.securityMeasures ?? []).map((value) => chooseText(value, locale, policy.locales[0] ?? "en").value);
    return [
      facts.name,
      policy.controller.name,
      facts.purposes.map((p) => `${p.purpose}: ${p.legalBasis}`).join("; "),
      facts.subjects.join("; "),
      facts.data.join("; "),
      facts.recipients.length === 0 ? m.controllerFields.none : facts.recipients.join("; "),
      transferLines(facts, m).join("; "),
      facts.retention,
      [...own, ...general].join("; ") || m.noMeasures,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
