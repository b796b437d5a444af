import type { Processor } from "@policy/core";

export const tableStart: string;
export const tableEnd: string;
export function entryRows(catalog: Readonly<Record<string, Processor>>): string[][];
export function renderEntriesTable(catalog: Readonly<Record<string, Processor>>): string;
export function withEntriesTable(readme: string, catalog: Readonly<Record<string, Processor>>): string;
export function readmeRows(readme: string): string[][];
