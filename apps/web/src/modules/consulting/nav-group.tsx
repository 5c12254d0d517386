import { CustomerServiceOutlined } from '@ant-design/icons';
import type { NavGroup } from '../../shared/routing/app-route';

/**
 * 政策咨询 / Consulting: the consultant queue and the knowledge base in the console, the founder's
 * questions and the help centre in the portal — one submenu each, so the header fits at 1280 px.
 */
export const CONSULTING_NAV_GROUP: NavGroup = { key: 'consulting', label: 'consulting.nav.group', icon: <CustomerServiceOutlined /> };
