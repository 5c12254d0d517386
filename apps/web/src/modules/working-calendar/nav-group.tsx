import { SettingOutlined } from '@ant-design/icons';
import type { NavGroup } from '../../shared/routing/app-route';

/**
 * The centre's settings (users, audit log, working calendar) share one submenu in the console's
 * header, so the header still fits at 1280 px with the consulting pages added.
 */
export const SETTINGS_NAV_GROUP: NavGroup = { key: 'settings', label: 'workingCalendar.nav.group', icon: <SettingOutlined /> };
