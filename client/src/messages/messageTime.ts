/** When a message was sent, as chats show it: the time alone today, the day too before, the year too before this year. */
export function messageTime(iso: string, language: string, now = new Date()): string {
  const sent = new Date(iso);
  if (sent.toDateString() === now.toDateString()) {
    return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(sent);
  }
  const year = sent.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year, hour: 'numeric', minute: '2-digit' }).format(sent);
}
