import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../auth/session-context';
import { CapTableView } from './CapTableView';
import { CapTableQuery } from './cap-tables.operations';
import { ExportOcfButton } from './ExportOcfButton';

/** 本公司股权结构表: the founder's own company, read-only, with the OCF export. */
export function PortalCapTablePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const organisationId = useCurrentUser().organisation?.id;
  const { data, loading, error } = useQuery(CapTableQuery, { variables: { organisationId: organisationId ?? '' }, skip: !organisationId });
  const capTable = data?.capTable;
  return (
    <div data-testid="portal-cap-table-page">
      <PageHeader
        title={t('capTables.portalTitle')}
        subtitle={t('capTables.subtitle', { zone: format.timeZone })}
        extra={capTable && <ExportOcfButton organisationId={capTable.organisationId} organisationName={capTable.organisationName} />}
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      {!organisationId && (
        <Card>
          <Empty description={t('capTables.noOrganisation')} />
        </Card>
      )}
      {loading && !data && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && !capTable && (
        <Card>
          <Empty description={t('capTables.notFound')} />
        </Card>
      )}
      {capTable && <CapTableView capTable={capTable} />}
    </div>
  );
}
