/**
 * Puts text on the clipboard. The Clipboard API exists only in secure contexts and the browser may refuse it: the
 * promise then rejects, and the caller shows the text to copy by hand.
 */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error('No clipboard'));
}
