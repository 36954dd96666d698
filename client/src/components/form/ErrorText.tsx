/** A failure to announce next to what caused it; nothing when there is none. */
export function ErrorText({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="field__error">
      {message}
    </p>
  ) : null;
}
