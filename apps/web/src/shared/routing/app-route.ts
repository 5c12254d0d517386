import { isStaff, type Permission, type Role } from '@suanli/domain';
import type { ReactNode } from 'react';

/**
 * Where a page lives. Founders and the centre's staff see different apps (the portal and the
 * console), and no permission tells them apart (an admin holds every permission), so the area is
 * part of the one access rule; within an area, the permission decides.
 */
export type RouteArea = 'public' | 'signed-in' | 'console' | 'portal';

export interface NavEntry {
  /** `nav-<key>` is the menu item's test id. */
  key: string;
  /** A translation key. */
  label: string;
  icon: ReactNode;
  /** Position in the menu, lowest first. */
  order: number;
  /**
   * Entries with the same group share one top-level submenu in the wide header (at the place of
   * the group's first entry), so the header still fits at 1280 px; the phone drawer lists them flat.
   */
  group?: NavGroup;
}

export interface NavGroup {
  key: string;
  /** A translation key. */
  label: string;
  icon: ReactNode;
}

/** A menu slot: one entry, or a group of entries in menu order. */
export type NavSlot = { kind: 'item'; item: NavItem } | { kind: 'group'; group: NavGroup; items: NavItem[] };

/** One page of a module, as its `routes.tsx` declares it. The router and the menu both read it. */
export interface AppRoute {
  /** Absolute, e.g. `/projects/:id`. */
  path: string;
  area: RouteArea;
  /** Checked with the session's `can()`; `null`: everyone who may enter the area. */
  permission: Permission | null;
  nav?: NavEntry;
  element: ReactNode;
}

/** The one access rule, for the router and the menu alike. */
export function canOpen(route: AppRoute, role: Role, can: (permission: Permission) => boolean): boolean {
  if (route.area === 'console' && !isStaff(role)) return false;
  if (route.area === 'portal' && isStaff(role)) return false;
  return route.permission === null || can(route.permission);
}

export interface NavItem extends NavEntry {
  path: string;
}

/** The menu: the pages with a nav entry that the user may open, in order. */
export function navItemsFor(routes: readonly AppRoute[], role: Role, can: (permission: Permission) => boolean): NavItem[] {
  return routes
    .filter((route): route is AppRoute & { nav: NavEntry } => !!route.nav && canOpen(route, role, can))
    .map((route) => ({ ...route.nav, path: route.path }))
    .sort((a, b) => a.order - b.order);
}

/** The menu key to highlight for a path: the longest nav path that prefixes it. */
export function selectedNavKey(items: readonly NavItem[], pathname: string): string | undefined {
  return [...items]
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.key;
}

/** Where `/` leads: the first menu entry the user may open. */
export function homePathFor(routes: readonly AppRoute[], role: Role, can: (permission: Permission) => boolean): string | undefined {
  return navItemsFor(routes, role, can)[0]?.path;
}

/** The header's slots: entries in order, each group folded into one slot where its first entry stands. */
export function navSlots(items: readonly NavItem[]): NavSlot[] {
  const slots: NavSlot[] = [];
  const groups = new Map<string, Extract<NavSlot, { kind: 'group' }>>();
  for (const item of items) {
    if (!item.group) {
      slots.push({ kind: 'item', item });
      continue;
    }
    const existing = groups.get(item.group.key);
    if (existing) existing.items.push(item);
    else {
      const slot = { kind: 'group' as const, group: item.group, items: [item] };
      groups.set(item.group.key, slot);
      slots.push(slot);
    }
  }
  return slots;
}
