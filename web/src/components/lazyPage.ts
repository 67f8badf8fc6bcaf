import { lazy, type ComponentType } from 'react';

/**
 * A page loaded with its own script when its route is first visited (code split per route), so
 * that a guest's join page or the log-in page does not wait for every other page. The layout's
 * Suspense boundary shows "Laden…" meanwhile.
 *   const TeamPage = lazyPage(() => import('./TeamPage').then((m) => m.TeamPage));
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPage<P extends object = any>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
