import type { AppRoute } from '../shared/routing/app-route';

// Vite-only: every module's routes.tsx, so a new module adds its pages and menu entries without
// editing a shared list. Tests read the same files (app/__tests__/module-routes.spec.ts).
const MANIFESTS = import.meta.glob<AppRoute[]>('../modules/*/routes.tsx', { eager: true, import: 'routes' });

export const MODULE_ROUTES: readonly AppRoute[] = Object.values(MANIFESTS).flat();
