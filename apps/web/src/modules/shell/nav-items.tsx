import { AuditOutlined, BankOutlined, ClusterOutlined, FormOutlined, HomeOutlined, ProjectOutlined, TeamOutlined, ThunderboltOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { roleHasPermission, type Role } from '@suanli/domain';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

export interface NavItem {
  key: string;
  path: string;
  icon: ReactNode;
  label: string;
}

/** The menu follows the role: founders see their portal, staff the console (consultants read-only). */
export function navItemsFor(role: Role, t: TFunction): NavItem[] {
  if (role === 'FOUNDER') {
    return [
      { key: 'portal', path: '/portal', icon: <HomeOutlined />, label: t('nav.portal') },
      { key: 'apply', path: '/portal/apply', icon: <FormOutlined />, label: t('nav.apply') },
      { key: 'request-compute', path: '/portal/compute', icon: <ThunderboltOutlined />, label: t('nav.requestCompute') },
      { key: 'members', path: '/portal/members', icon: <TeamOutlined />, label: t('nav.members') },
    ];
  }
  const items: NavItem[] = [];
  if (roleHasPermission(role, 'PIPELINE_READ')) {
    items.push({ key: 'pipeline', path: '/pipeline', icon: <ProjectOutlined />, label: t('nav.pipeline') });
  }
  if (roleHasPermission(role, 'ALLOCATION_MANAGE')) {
    items.push({ key: 'compute', path: '/compute', icon: <ClusterOutlined />, label: t('nav.compute') });
  }
  items.push({ key: 'projects', path: '/projects', icon: <UnorderedListOutlined />, label: t('nav.projects') });
  items.push({ key: 'organisations', path: '/organisations', icon: <BankOutlined />, label: t('nav.organisations') });
  if (roleHasPermission(role, 'USER_WRITE')) {
    items.push({ key: 'users', path: '/users', icon: <TeamOutlined />, label: t('nav.users') });
  }
  if (roleHasPermission(role, 'AUDIT_READ')) {
    items.push({ key: 'audit', path: '/audit', icon: <AuditOutlined />, label: t('nav.audit') });
  }
  return items;
}

/** The menu key to highlight for a path: the longest nav path that prefixes it. */
export function selectedNavKey(items: NavItem[], pathname: string): string | undefined {
  return [...items]
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.key;
}

