import { CalendarOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { SETTINGS_NAV_GROUP } from './nav-group';

const WorkingCalendarPage = lazyPage(() => import('./WorkingCalendarPage').then((m) => m.WorkingCalendarPage));

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
