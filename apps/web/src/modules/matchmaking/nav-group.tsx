import { ShareAltOutlined } from '@ant-design/icons';
import type { NavGroup } from '../../shared/routing/app-route';

/**
 * 资源嫁接 / Matchmaking: resources, needs, suggestions, introductions and the funnel in the console,
 * a founder's needs and introductions in the portal — one submenu each, so the header still fits at 1280 px.
 */
export const MATCHMAKING_NAV_GROUP: NavGroup = { key: 'matchmaking', label: 'matchmaking.nav.group', icon: <ShareAltOutlined /> };
