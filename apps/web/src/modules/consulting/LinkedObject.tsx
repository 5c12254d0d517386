import type { Permission } from '@suanli/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TicketLinkKind } from '../../gql/graphql';
import { useSession } from '../auth/session-context';

/** Where each kind of linked object is shown, in the portal and in the console, and who may open it. */
const PAGES: Record<'portal' | 'console', Record<TicketLinkKind, { path: (id: string) => string; permission: Permission }>> = {
  portal: {
    PROJECT: { path: (id) => `/portal/projects/${id}`, permission: 'PROJECT_READ' },
    VOUCHER_APPLICATION: { path: () => '/portal/vouchers', permission: 'BILLING_READ' },
    INVOICE: { path: (id) => `/portal/bills/${id}`, permission: 'BILLING_READ' },
    TERM_SHEET: { path: (id) => `/portal/term-sheets/${id}`, permission: 'EQUITY_READ' },
  },
  console: {
    PROJECT: { path: (id) => `/projects/${id}`, permission: 'PROJECT_READ' },
    VOUCHER_APPLICATION: { path: () => '/vouchers/applications', permission: 'VOUCHER_MANAGE' },
    INVOICE: { path: (id) => `/billing/invoices/${id}`, permission: 'BILLING_READ' },
    TERM_SHEET: { path: (id) => `/equity/term-sheets/${id}`, permission: 'EQUITY_READ' },
  },
};

/** What a ticket is about: a link to that object's page when the reader may open it, else its kind. */
export function LinkedObject({ kind, id, area }: { kind: TicketLinkKind; id: string | null; area: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const label = t(`enums.TicketLinkKind.${kind}`);
  const page = PAGES[area][kind];
  if (!id || !can(page.permission)) return <span data-testid="ticket-linked-kind">{label}</span>;
  return <Link to={page.path(id)} data-testid="ticket-linked-object">{label}</Link>;
}
