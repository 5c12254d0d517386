import { FundOutlined } from '@ant-design/icons';
import type { NavGroup } from '../../shared/routing/app-route';

/**
 * 算力换股权 / Compute for equity: term sheets and cap tables share one submenu in the console's
 * header. The term-sheet module declares the same key ('equity'); the two are one group in the menu.
 */
export const EQUITY_NAV_GROUP: NavGroup = { key: 'equity', label: 'capTables.nav.group', icon: <FundOutlined /> };
