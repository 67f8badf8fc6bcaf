import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor wait at most this long: 1 s (the default) is too short on a loaded machine
// (the first render of a page with its queries took 1.2 s while other builds ran), and a bounded
// wait only costs time when a test fails.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
