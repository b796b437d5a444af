import type { Layout } from "./layout.js";
import { ListDetail } from "./list-detail.js";
import type { LocaleModel } from "./model/policy-model.js";
import type { PickerState } from "./viewer-state.js";

export interface TransfersViewProps {
  readonly model: LocaleModel;
  readonly state: PickerState;
  readonly layout: Layout;
  readonly colour: boolean;
}

/** `t`: the countries outside the EU/EEA data goes to, and per service who receives it there on which safeguard. */
export function TransfersView({ model, state, layout, colour }: TransfersViewProps) {
  const m = model.messages;
  return <ListDetail title={m.transfers.title} picker={model.transfers} state={state} empty={m.transfers.none} layout={layout} colour={colour} />;
}
