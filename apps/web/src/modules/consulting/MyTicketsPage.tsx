import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TicketsQuery } from './consulting.operations';
import { appendTickets, ticketColumns, type TicketRow } from './ticket-columns';

/** 我的咨询: the organisation's tickets, newest first, and a way to ask a new question. */
export function MyTicketsPage() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(TicketsQuery, { variables: { first: 20 } });
  const loadMore = (after: string) => void fetchMore({ variables: { after }, updateQuery: appendTickets });
  return (
    <div data-testid="my-tickets-page">
      <PageHeader
        title={t('consulting.myTickets')}
        subtitle={t('consulting.myTicketsSubtitle')}
        extra={<Link to="/portal/consulting/new"><Button type="primary" icon={<PlusOutlined />} data-testid="ticket-new-link">{t('consulting.newTicket')}</Button></Link>}
      />
      <Card>
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        {data?.tickets.totalCount === 0 ? (
          <Empty description={t('consulting.noTickets')} data-testid="tickets-empty" />
        ) : (
          <ConnectionTable<TicketRow> connection={data?.tickets} columns={ticketColumns(t, '/portal/consulting')} loading={loading} onLoadMore={loadMore} scrollX={820} testId="tickets-table" />
        )}
      </Card>
    </div>
  );
}
