import { MoneyCollectOutlined } from '@ant-design/icons';
import type { NavGroup } from '../../shared/routing/app-route';

/** The money pages (billing and vouchers) share one submenu in the console's header. */
export const MONEY_NAV_GROUP: NavGroup = { key: 'money', label: 'billing.nav.group', icon: <MoneyCollectOutlined /> };
