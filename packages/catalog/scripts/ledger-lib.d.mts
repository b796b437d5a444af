// Types for ledger-lib.mjs, which the tests import.
import type { Processor } from "@policy/core";

export interface LedgerChange {
  readonly id: string;
  readonly status: "added" | "removed" | "changed";
  readonly removed: readonly string[];
  readonly added: readonly string[];
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export declare const ledgerFileName: string;
export declare function entryFacts(entry: Processor): string[];
export declare function renderLedger(entries: readonly Processor[] | Readonly<Record<string, Processor>>): string;
export declare function parseLedger(text: string): Map<string, string[]>;
export declare function splitFact(line: string): [string, string];
export declare function compareLedgers(beforeText: string, afterText: string): LedgerChange[];
export declare function formatChanges(changes: readonly LedgerChange[]): string;
export declare function describeDifferences(changes: readonly LedgerChange[]): string;
