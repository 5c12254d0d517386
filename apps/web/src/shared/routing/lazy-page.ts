import { lazy, type ComponentType } from 'react';

/** A page loaded on first visit, so a module's routes.tsx can be read without loading its screens. */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
