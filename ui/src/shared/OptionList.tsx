// The options of a select, one per value, each showing its label.
type Props = { options: ReadonlyArray<{ value: string; label: string }> };

export function OptionList({ options }: Props) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}
