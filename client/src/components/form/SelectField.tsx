import { FieldFrame } from './FieldFrame';

interface SelectFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onValueChange: (value: string) => void;
}

/** A labelled drop-down whose hint and error are announced with it, like {@link TextField}. */
export function SelectField({ id, label, hint, error, value, options, onValueChange }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <select {...described} id={id} className="field__input" value={value} onChange={(event) => onValueChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
