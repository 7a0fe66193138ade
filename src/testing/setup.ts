import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // A test that runs in plain Node (`@vitest-environment node`) has no page.
  if (typeof document === 'undefined') return;
  // Views that wait for input to settle (lib/input-in-progress.ts) read one page-wide state: a key
  // typed or a slider held in one test must not hold the next test's table or charts. Escape ends
  // keys in progress, pointerup a held slider.
  fireEvent.keyDown(document.body, { key: 'Escape' });
  fireEvent.pointerUp(document.body);
});
