import { FundOutlined } from '@ant-design/icons';
import type { NavGroup } from '../../shared/routing/app-route';

/**
 * 算力换股权 / Compute for equity: one submenu in the console's header for term sheets now and the
 * credit lines, cap tables and portfolio pages to come (each module's route gives `group: EQUITY_NAV_GROUP`
 * and an order in 80–89).
 */
export const EQUITY_NAV_GROUP: NavGroup = { key: 'equity', label: 'equity.nav.group', icon: <FundOutlined /> };
