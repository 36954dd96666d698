interface TextAreaFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  maxLength?: number;
  onValueChange(value: string): void;
}

/** A labelled text area whose hint is announced with it. */
export function TextAreaField({ id, label, hint, value, rows = 3, maxLength, onValueChange }: TextAreaFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="field__input"
        rows={rows}
        maxLength={maxLength}
        aria-describedby={hint ? hintId : undefined}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
}
