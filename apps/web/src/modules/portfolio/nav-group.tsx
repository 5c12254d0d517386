import { FundOutlined } from '@ant-design/icons';
import type { NavGroup } from '../../shared/routing/app-route';

/**
 * Compute for equity (算力换股权): the portfolio, credit lines, term sheets and cap tables share one
 * submenu. Key 'equity' is the group the term-sheet screens use too; one definition survives the merge.
 */
export const EQUITY_NAV_GROUP: NavGroup = { key: 'equity', label: 'portfolio.nav.group', icon: <FundOutlined /> };
