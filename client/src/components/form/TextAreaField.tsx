import { FieldFrame } from './FieldFrame';

interface TextAreaFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  rows?: number;
  maxLength?: number;
  onValueChange: (value: string) => void;
}

/** A labelled text area whose hint and error are announced with it, like {@link TextField}. */
export function TextAreaField({ id, label, hint, error, value, rows = 3, maxLength, onValueChange }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <textarea
          {...described}
          id={id}
          className="field__input"
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
