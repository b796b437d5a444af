import type { Layout } from "./layout.js";
import { ListDetail } from "./list-detail.js";
import type { LocaleModel } from "./model/policy-model.js";
import type { PickerState } from "./viewer-state.js";

export interface DataViewProps {
  readonly model: LocaleModel;
  readonly state: PickerState;
  readonly layout: Layout;
  readonly colour: boolean;
}

/** `d`: pick a kind of data, see every service that processes it, why, on which legal basis and where. */
export function DataView({ model, state, layout, colour }: DataViewProps) {
  const m = model.messages;
  return <ListDetail title={m.data.title} picker={model.data} state={state} empty={m.data.nobody} layout={layout} colour={colour} />;
}
