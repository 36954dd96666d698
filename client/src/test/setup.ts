import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

vi.mock('../live/liveChannel', async () => ({ LiveChannel: (await import('./fakeLiveChannel')).FakeLiveChannel }));

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});
