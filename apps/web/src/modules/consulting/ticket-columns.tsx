import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { ConsultingTicketsQuery, TicketListFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { businessTime, nextTarget, SlaStateTag, TicketPriorityTag, TicketStatusTag } from './ticket-tags';

export type TicketRow = TicketListFieldsFragment;

/**
 * The columns both lists share: subject (linked), time to breach (what the staff queue is sorted
 * by, so on a phone it is on screen beside the subject), category, priority, status.
 */
export function ticketColumns(t: TFunction, base: string): ColumnsType<TicketRow> {
  return [
    { key: 'subject', title: t('consulting.subject'), render: (_, row) => <Link to={`${base}/${row.id}`} data-testid="ticket-link">{row.subject}</Link> },
    {
      key: 'breach',
      title: t('consulting.timeToBreach'),
      render: (_, row) => {
        const next = nextTarget(row.slaTargets);
        return next ? <span data-testid="ticket-countdown"><SlaStateTag state={next.state} /> {businessTime(next.minutesLeft, t)}</span> : '—';
      },
    },
    { key: 'category', title: t('consulting.category'), render: (_, row) => t(`enums.TicketCategory.${row.category}`) },
    { key: 'priority', title: t('consulting.priority'), render: (_, row) => <TicketPriorityTag priority={row.priority} /> },
    { key: 'status', title: t('consulting.status'), render: (_, row) => <TicketStatusTag status={row.status} /> },
    { key: 'updated', title: t('consulting.updated'), render: (_, row) => formatDateTime(row.updatedAt) },
  ];
}

/** fetchMore's merge: the next page's edges after the ones already shown. */
export function appendTickets(prev: ConsultingTicketsQuery, { fetchMoreResult }: { fetchMoreResult: ConsultingTicketsQuery }): ConsultingTicketsQuery {
  return { tickets: { ...fetchMoreResult.tickets, edges: [...prev.tickets.edges, ...fetchMoreResult.tickets.edges] } };
}
