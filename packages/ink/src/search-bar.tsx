import type { Messages } from "./messages/index.js";
import { LinesPane } from "./lines-pane.js";
import { Style, type Run } from "./text/line.js";
import { safeText } from "./text/safe-text.js";
import { textWidth } from "./text/text-width.js";
import { truncate } from "./text/truncate.js";

export interface SearchBarProps {
  readonly input: string;
  /** In how many sections the text typed so far occurs. */
  readonly found: number;
  readonly messages: Messages;
  readonly width: number;
  readonly colour: boolean;
}

/** The search line in place of the footer: the prompt, the text typed with a cursor, how often it occurs. */
export function SearchBar({ input, found, messages: m, width, colour }: SearchBarProps) {
  const hint = input.trim() === "" ? m.search.inputHint : `${m.search.sections(found)} · ${m.search.inputHint}`;
  const prompt = m.search.prompt;
  // Long input scrolls left, so the end being typed stays visible.
  const room = Math.max(1, width - textWidth(prompt) - 1);
  const shown = Array.from(safeText(input)).slice(-room).join("");
  const used = textWidth(prompt) + textWidth(shown) + 1;
  const rest = truncate(`  ${hint}`, width - used);
  const lines: Run[][] = [
    [{ text: "─".repeat(width), style: Style.dim }],
    [
      { text: prompt, style: Style.strong },
      { text: shown, style: Style.none },
      { text: " ", style: Style.selected },
      { text: rest, style: Style.dim },
    ],
  ];
  return <LinesPane lines={lines} width={width} height={2} colour={colour} />;
}
