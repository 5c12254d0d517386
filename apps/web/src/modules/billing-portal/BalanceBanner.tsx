import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import type { MyBillsQuery } from '../../gql/graphql';

type Balance = MyBillsQuery['billingBalance'];

/** What is owed and what of it is overdue, at the top of My bills. */
export function BalanceBanner({ balance }: { balance: Balance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const overdue = balance.overdueCount > 0;
  return (
    <Card className="bills-balance" data-testid="bills-balance">
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12}>
          <Statistic
            title={t('billingPortal.outstanding', { count: balance.openCount })}
            value={format.fen(balance.outstandingFen)}
            data-testid="bills-outstanding"
          />
        </Col>
        <Col xs={24} sm={12}>
          <Statistic
            title={t('billingPortal.overdueAmount', { count: balance.overdueCount })}
            value={format.fen(balance.overdueFen)}
            styles={{ content: overdue ? { color: '#cf1322' } : undefined }}
            data-testid="bills-overdue"
          />
        </Col>
      </Row>
      {overdue && <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('billingPortal.overdueNotice')} />}
    </Card>
  );
}
