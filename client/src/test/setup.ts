import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Pages load lazily; on a busy machine the first import of a page can take longer than the
// library's one-second default, so conditions are waited on for longer (a passing test waits no more).
configure({ asyncUtilTimeout: 10_000 });

vi.mock('../live/liveChannel', async () => ({ LiveChannel: (await import('./fakeLiveChannel')).FakeLiveChannel }));

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});
