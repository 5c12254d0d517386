import { CalendarOutlined, SettingOutlined } from '@ant-design/icons';
import type { AppRoute, NavGroup } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const WorkingCalendarPage = lazyPage(() => import('./WorkingCalendarPage').then((m) => m.WorkingCalendarPage));

/** Centre settings share one submenu in the console's header, so the header still fits at 1280 px. */
export const SETTINGS_NAV_GROUP: NavGroup = { key: 'settings', label: 'workingCalendar.nav.group', icon: <SettingOutlined /> };

export const routes: AppRoute[] = [
  {
    path: '/settings/calendar',
    area: 'console',
    // Staff read it (the SLA clock runs on it); only admins see the controls that change it.
    permission: 'CALENDAR_READ',
    nav: { key: 'working-calendar', label: 'workingCalendar.nav.calendar', icon: <CalendarOutlined />, order: 90, group: SETTINGS_NAV_GROUP },
    element: <WorkingCalendarPage />,
  },
];
