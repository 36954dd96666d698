import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  onValueChange: (value: string) => void;
}

/** A labelled input whose hint and error are announced with it through aria-describedby. */
export function TextField({ id, label, hint, error, onValueChange, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(described) => <input {...input} {...described} id={id} className="field__input" onChange={(event) => onValueChange(event.target.value)} />}
    </FieldFrame>
  );
}
