"use client";

import { StateListPicker } from "@/lib/states/state-list-picker";

type Props = { value: string[]; onChange: (next: string[]) => void; disabled?: boolean };

/** Sponsors of a draft: the member-state search of the Council page, with removable chips. */
export function SponsorPicker({ value, onChange, disabled }: Props) {
  return (
    <StateListPicker
      label="Sponsors"
      chipsLabel="Chosen sponsors"
      value={value}
      onChange={onChange}
      disabled={disabled}
      dataField="sponsors"
      chipsTestId="sponsor-chips"
      placeholder="Type a State: Albania, USA, Côte d'Ivoire…"
      hint="Members and observer States of the United Nations; Backspace in the empty box removes the last one."
    />
  );
}
