import { useId } from 'react';

interface FileButtonProps {
  label: string;
  onFiles: (files: File[]) => void;
  accept?: string;
  multiple?: boolean;
  describedBy?: string;
}

/**
 * A file input shown as a button that speaks the app's language: the browser's own control writes
 * its button and "no file chosen" in the browser's language. The input comes first and stays
 * focusable, so the keyboard reaches it and the button shows its focus.
 */
export function FileButton({ label, onFiles, accept, multiple, describedBy }: FileButtonProps) {
  const id = useId();
  return (
    <span className="file-button">
      <input
        id={id}
        className="visually-hidden file-button__input"
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={describedBy}
        onChange={(event) => {
          onFiles(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
      <label className="button button--secondary" htmlFor={id}>
        {label}
      </label>
    </span>
  );
}
