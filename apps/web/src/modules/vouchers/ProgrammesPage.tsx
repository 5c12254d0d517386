import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { CreateProgrammeDialog } from './CreateProgrammeDialog';
import { ProgrammeCard } from './ProgrammeCard';
import { VoucherProgrammesQuery } from './vouchers.operations';

export function ProgrammesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, loading, error } = useQuery(VoucherProgrammesQuery);
  const programmes = [...(data?.voucherProgrammes ?? [])].sort((a, b) => b.year - a.year);
  const canManage = can('VOUCHER_MANAGE');
  return (
    <div>
      <PageHeader
        title={t('vouchers.title')}
        subtitle={t('vouchers.subtitle')}
        extra={
          <Space wrap>
            <Link to="/vouchers/applications">{t('vouchers.queue.link')}</Link>
            {canManage && <CreateProgrammeDialog />}
          </Space>
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      {loading && !data && <Skeleton active />}
      {data && programmes.length === 0 && (
        <Card>
          <Empty description={t('vouchers.empty')} />
        </Card>
      )}
      {programmes.map((programme) => (
        <ProgrammeCard key={programme.id} programme={programme} canManage={canManage} />
      ))}
    </div>
  );
}
