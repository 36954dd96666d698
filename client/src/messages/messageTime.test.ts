import { describe, expect, it } from 'vitest';
import { messageTime } from './messageTime';

describe('the time a message was sent', () => {
  const now = new Date(2026, 10, 20, 18, 0);
  // Versions of ICU differ in the kind of space they put before AM and after the comma.
  const shown = (at: Date, language: string) => messageTime(at.toISOString(), language, now).replace(/\s/g, ' ');

  it('is the time alone today, the day too before, and the year too before this year', () => {
    expect(shown(new Date(2026, 10, 20, 9, 5), 'en')).toBe('9:05 AM');
    expect(shown(new Date(2026, 10, 20, 9, 5), 'fr')).toBe('09:05');
    expect(shown(new Date(2026, 10, 19, 14, 30), 'fr')).toBe('19 nov., 14:30');
    expect(shown(new Date(2025, 11, 31, 14, 30), 'en')).toBe('Dec 31, 2025, 2:30 PM');
  });
});
