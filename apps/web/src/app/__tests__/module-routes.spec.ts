/// <reference types="node" />
import { describe, expect, it, jest } from '@jest/globals';
import { roleHasPermission, type Role } from '@suanli/domain';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { canOpen, homePathFor, navItemsFor, navSlots, selectedNavKey, type AppRoute } from '../../shared/routing/app-route';

// The Node twin of app/module-routes.ts (Jest runs outside Vite, so no import.meta.glob).
const modules = new URL('../../modules/', import.meta.url);
const manifests = readdirSync(modules).filter((name) => existsSync(new URL(`${name}/routes.tsx`, modules)));

// @ant-design/icons does not load in Jest's ESM mode; the manifests only need its names.
const iconNames = manifests.flatMap((name) =>
  ['routes.tsx', 'nav-group.tsx']
    .filter((file) => existsSync(new URL(`${name}/${file}`, modules)))
    .flatMap((file) => {
      const source = readFileSync(new URL(`${name}/${file}`, modules), 'utf8');
      return /import \{([^}]*)\} from '@ant-design\/icons'/.exec(source)?.[1].split(',').map((icon) => icon.trim()) ?? [];
    }),
);
jest.unstable_mockModule('@ant-design/icons', () => Object.fromEntries(iconNames.map((icon) => [icon, () => null])));

const routes: AppRoute[] = [];
// One at a time: Jest's ESM loader races on modules shared by parallel dynamic imports.
for (const name of manifests) {
  routes.push(...((await import(new URL(`${name}/routes.tsx`, modules).href)) as { routes: AppRoute[] }).routes);
}

const canFor = (role: Role) => (permission: Parameters<typeof roleHasPermission>[1]) => roleHasPermission(role, permission);
const menu = (role: Role) => navItemsFor(routes, role, canFor(role)).map((item) => item.key);
const opens = (role: Role, path: string) => {
  const route = routes.find((r) => r.path === path);
  if (!route) throw new Error(`no route ${path}`);
  return canOpen(route, role, canFor(role));
};

describe('module route manifests', () => {
  it('are found in the modules and name each path once', () => {
    expect(manifests).toEqual(expect.arrayContaining(['accounts', 'auth', 'compute', 'users']));
    const paths = routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('give each role the menu it had', () => {
    expect(menu('ADMIN')).toEqual(['pipeline', 'compute', 'projects', 'organisations', 'users', 'audit', 'billing-invoices', 'billing-prices', 'billing-ledger', 'vouchers', 'voucher-applications', 'equity-term-sheets', 'credit-lines', 'cap-tables', 'portfolio', 'consulting-queue', 'kb', 'matchmaking-suggestions', 'matchmaking-needs', 'matchmaking-resources', 'matchmaking-introductions', 'matchmaking-funnel', 'working-calendar']);
    expect(menu('MANAGER')).toEqual(['pipeline', 'compute', 'projects', 'organisations', 'billing-invoices', 'billing-prices', 'billing-ledger', 'vouchers', 'voucher-applications', 'equity-term-sheets', 'credit-lines', 'cap-tables', 'portfolio', 'consulting-queue', 'kb', 'matchmaking-suggestions', 'matchmaking-needs', 'matchmaking-resources', 'matchmaking-introductions', 'matchmaking-funnel', 'working-calendar']);
    expect(menu('CONSULTANT')).toEqual(['projects', 'organisations', 'consulting-queue', 'kb', 'matchmaking-introductions', 'working-calendar']);
    expect(menu('FOUNDER')).toEqual(['portal', 'apply', 'request-compute', 'bills', 'vouchers', 'term-sheets', 'my-credit-lines', 'cap-table', 'consulting', 'members', 'help', 'my-needs', 'my-introductions']);
  });

  it('route every menu entry for the role that sees it, and /compute by the same rule as its menu entry', () => {
    for (const role of ['ADMIN', 'MANAGER', 'CONSULTANT', 'FOUNDER', 'INTEGRATION'] as const) {
      for (const item of navItemsFor(routes, role, canFor(role))) expect(opens(role, item.path)).toBe(true);
      expect(opens(role, '/compute')).toBe(menu(role).includes('compute'));
    }
    expect(opens('MANAGER', '/compute')).toBe(true);
    expect(opens('CONSULTANT', '/compute')).toBe(false);
  });

  it('keep the console for staff and the portal for founders', () => {
    expect(opens('ADMIN', '/portal/apply')).toBe(false);
    expect(opens('FOUNDER', '/projects/:id')).toBe(false);
    expect(opens('FOUNDER', '/portal/projects/:id')).toBe(true);
    expect(opens('FOUNDER', '/portal/bills/:id')).toBe(true);
    expect(opens('FOUNDER', '/portal/vouchers/apply')).toBe(true);
    expect(opens('MANAGER', '/portal/bills')).toBe(false);
    expect(opens('FOUNDER', '/portal/term-sheets/:id')).toBe(true);
    expect(opens('FOUNDER', '/equity/term-sheets/:id')).toBe(false);
    expect(opens('MANAGER', '/portal/term-sheets/:id')).toBe(false);
    expect(opens('CONSULTANT', '/users')).toBe(false);
    expect(opens('MANAGER', '/audit')).toBe(false);
    expect(opens('CONSULTANT', '/account/password')).toBe(true);
    expect(opens('FOUNDER', '/account/password')).toBe(true);
  });

  it('give matchmaking to managers, its introductions to staff who own resources, and founders their needs and introductions', () => {
    for (const path of ['/matchmaking/suggestions', '/matchmaking/needs', '/matchmaking/resources', '/matchmaking/resources/:id', '/matchmaking/funnel']) {
      expect(opens('MANAGER', path)).toBe(true);
      expect(opens('CONSULTANT', path)).toBe(false);
      expect(opens('FOUNDER', path)).toBe(false);
    }
    expect(opens('CONSULTANT', '/matchmaking/introductions')).toBe(true);
    expect(opens('CONSULTANT', '/matchmaking/introductions/:id')).toBe(true);
    expect(opens('FOUNDER', '/matchmaking/introductions/:id')).toBe(false);
    expect(opens('FOUNDER', '/portal/matchmaking/needs')).toBe(true);
    expect(opens('FOUNDER', '/portal/matchmaking/introductions/:id')).toBe(true);
    expect(opens('MANAGER', '/portal/matchmaking/needs')).toBe(false);
    expect(opens('INTEGRATION', '/matchmaking/introductions')).toBe(false);
  });

  it('lead home to the first page of the menu', () => {
    expect(homePathFor(routes, 'MANAGER', canFor('MANAGER'))).toBe('/pipeline');
    expect(homePathFor(routes, 'CONSULTANT', canFor('CONSULTANT'))).toBe('/projects');
    expect(homePathFor(routes, 'FOUNDER', canFor('FOUNDER'))).toBe('/portal');
    expect(homePathFor(routes, 'INTEGRATION', canFor('INTEGRATION'))).toBeUndefined();
  });

  it('highlight the longest menu path that prefixes the page', () => {
    const items = navItemsFor(routes, 'FOUNDER', canFor('FOUNDER'));
    expect(selectedNavKey(items, '/portal/apply')).toBe('apply');
    expect(selectedNavKey(items, '/portal/projects/p1')).toBe('portal');
  });

  it('folds the money pages into one header submenu, where the first of them stood, keeping menu order', () => {
    const items = navItemsFor(routes, 'MANAGER', canFor('MANAGER'));
    const slots = navSlots(items);
    const money = slots.filter((slot) => slot.kind === 'group' && slot.group.key === 'money');
    expect(money).toHaveLength(1);
    const group = money[0] as Extract<(typeof slots)[number], { kind: 'group' }>;
    expect(group.items.map((i) => i.key)).toEqual(['billing-invoices', 'billing-prices', 'billing-ledger', 'vouchers', 'voucher-applications']);
    // Every entry appears once: flat items plus the group's.
    const flat = slots.flatMap((slot) => (slot.kind === 'item' ? [slot.item.key] : slot.items.map((i) => i.key)));
    expect(flat.sort()).toEqual(items.map((i) => i.key).sort());
    expect(slots.findIndex((slot) => slot.kind === 'group')).toBe(items.findIndex((i) => i.key === 'billing-invoices'));
    // The compute-for-equity pages are a group of their own ('equity'), after the money pages; a manager's settings hold only the working calendar.
    const groupKeys = (list: typeof slots) => list.filter((slot) => slot.kind === 'group').map((slot) => (slot.kind === 'group' ? slot.group.key : ''));
    expect(groupKeys(slots)).toEqual(['money', 'equity', 'consulting', 'matchmaking', 'settings']);
    // An admin's settings (users, audit log, working calendar) stand where the users page stood.
    const adminSlots = navSlots(navItemsFor(routes, 'ADMIN', canFor('ADMIN')));
    expect(groupKeys(adminSlots)).toEqual(['settings', 'money', 'equity', 'consulting', 'matchmaking']);
    const settings = adminSlots.find((slot) => slot.kind === 'group' && slot.group.key === 'settings') as Extract<(typeof slots)[number], { kind: 'group' }>;
    expect(settings.items.map((i) => i.key)).toEqual(['users', 'audit', 'working-calendar']);
    const equity = slots.find((slot) => slot.kind === 'group' && slot.group.key === 'equity') as Extract<(typeof slots)[number], { kind: 'group' }>;
    expect(equity.items.map((i) => i.key)).toEqual(['equity-term-sheets', 'credit-lines', 'cap-tables', 'portfolio']);
    // Founders' money, equity and consulting pages each share a submenu, so the header fits at 1280 px in English.
    const founderSlots = navSlots(navItemsFor(routes, 'FOUNDER', canFor('FOUNDER')));
    expect(founderSlots.map((slot) => (slot.kind === 'item' ? slot.item.key : `[${slot.items.map((i) => i.key).join(',')}]`))).toEqual([
      'portal', 'apply', 'request-compute', '[bills,vouchers]', '[term-sheets,my-credit-lines,cap-table]', '[consulting,help]', 'members', '[my-needs,my-introductions]',
    ]);
  });
});
