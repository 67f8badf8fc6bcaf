import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor wait at most this long. 1 s (the default) is too short on a loaded machine:
// the first render of a page with its queries took 1.2 s while other builds ran, and in CI, with
// the sanitizer build beside it, a page's first save and refusal took more than 4 s. A bounded
// wait only costs time when a test fails, so no test sets a shorter one of its own.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});
