import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Empty, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/session-context';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { MyVouchersQuery } from './billing-portal.operations';
import { MyApplicationsCard } from './MyApplicationsCard';
import { VoucherCard } from './VoucherCard';

/** 我的算力券: the vouchers held, what each has paid, and the applications. */
export function VouchersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, loading, error } = useQuery(MyVouchersQuery);
  const apply = can('VOUCHER_APPLY') && (
    <Link to="/portal/vouchers/apply">
      <Button type="primary" icon={<PlusOutlined />} data-testid="voucher-apply-link">
        {t('billingPortal.applyButton')}
      </Button>
    </Link>
  );
  const vouchers = data?.vouchers ?? [];
  return (
    <div data-testid="vouchers-page">
      <PageHeader title={t('billingPortal.vouchersTitle')} subtitle={t('billingPortal.vouchersSubtitle')} extra={apply} />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      {!data && loading ? (
        <Card><Skeleton active /></Card>
      ) : vouchers.length === 0 ? (
        <Card><Empty description={t('billingPortal.noVouchers')} data-testid="vouchers-empty" /></Card>
      ) : (
        <Row gutter={[16, 16]}>
          {vouchers.map((voucher) => (
            <Col key={voucher.id} xs={24} lg={12}>
              <VoucherCard voucher={voucher} />
            </Col>
          ))}
        </Row>
      )}
      <div style={{ marginTop: 16 }}>
        <MyApplicationsCard />
      </div>
    </div>
  );
}
