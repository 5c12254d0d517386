import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { CapTableActions } from './CapTableActions';
import { CapTableView } from './CapTableView';
import { CapTableQuery } from './cap-tables.operations';
import { ExportOcfButton } from './ExportOcfButton';

/** The manager's cap table of one startup: the view, the OCF export and (with CAP_TABLE_WRITE) the writes. */
export function CapTablePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const { organisationId = '' } = useParams();
  const { data, loading, error } = useQuery(CapTableQuery, { variables: { organisationId } });
  const capTable = data?.capTable;
  return (
    <div data-testid="cap-table-page">
      <PageHeader
        title={capTable ? t('capTables.title', { name: capTable.organisationName }) : t('capTables.nav.list')}
        subtitle={t('capTables.subtitle', { zone: format.timeZone })}
        extra={
          <Space wrap>
            <Link to="/equity/cap-tables">
              <ArrowLeftOutlined /> {t('capTables.back')}
            </Link>
            {capTable && <ExportOcfButton organisationId={capTable.organisationId} organisationName={capTable.organisationName} />}
          </Space>
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      {loading && !data && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && !capTable && (
        <Card>
          <Empty description={t('capTables.notFound')} data-testid="cap-not-found" />
        </Card>
      )}
      {capTable && (
        <>
          {can('CAP_TABLE_WRITE') && (
            <div style={{ marginBottom: 16 }}>
              <CapTableActions capTable={capTable} />
            </div>
          )}
          <CapTableView capTable={capTable} />
        </>
      )}
    </div>
  );
}
