import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Col, Descriptions, Progress, Row, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoucherProgrammeFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { describeUserError } from '../../shared/lib/user-errors';
import { BreakdownChart } from './BreakdownChart';
import { shareOf } from './programme-model';
import { SettlementExport } from './SettlementExport';
import { SetVoucherProgrammeStatusMutation } from './vouchers.operations';

export function ProgrammeCard({ programme, canManage }: { programme: VoucherProgrammeFieldsFragment; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const [setStatus, { loading }] = useMutation(SetVoucherProgrammeStatusMutation);
  const f = programme.figures;
  const open = programme.status === 'OPEN';
  const toggle = async () => {
    const result = await setStatus({ variables: { input: { programmeId: programme.id, status: open ? 'CLOSED' : 'OPEN' } } });
    const error = result.data?.setVoucherProgrammeStatus.userErrors[0];
    if (error) void message.error(describeUserError(error, t));
  };
  const list = (values: readonly string[], enumName: string) => (values.length ? values.map((v) => t(`enums.${enumName}.${v}`, { defaultValue: v })).join(t('common.listSeparator')) : t('vouchers.terms.any'));
  const stats = [
    ['budget', f.budgetFen],
    ['committed', f.committedFen],
    ['redeemed', f.redeemedFen],
    ['expired', f.expiredFen],
    ['remaining', f.remainingFen],
  ] as const;
  return (
    <Card
      title={`${programme.year} · ${programme.name}`}
      extra={
        <>
          <Tag color={open ? 'success' : 'default'}>{t(`vouchers.status.${programme.status}`, { defaultValue: programme.status })}</Tag>
          {canManage && (
            <Button size="small" loading={loading} onClick={() => void toggle()} data-testid={`programme-toggle-${programme.id}`}>
              {t(open ? 'vouchers.close' : 'vouchers.open')}
            </Button>
          )}
        </>
      }
      style={{ marginBottom: 16 }}
      data-testid={`programme-${programme.id}`}
    >
      <Row gutter={[12, 12]}>
        {stats.map(([key, fen]) => (
          <Col key={key} xs={24} sm={12} md={8} xl={4}>
            <Statistic title={t(`vouchers.figures.${key}`)} value={format.fen(fen)} />
          </Col>
        ))}
        <Col xs={24} sm={12} md={8} xl={4}>
          <Statistic title={t('vouchers.figures.pending')} value={f.pendingApplications} />
        </Col>
      </Row>
      <Progress percent={Math.round(shareOf(f.committedFen, f.budgetFen) * 1000) / 10} success={{ percent: Math.round(shareOf(f.redeemedFen, f.budgetFen) * 1000) / 10 }} />
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('vouchers.terms.coverage')}>{format.number(programme.coverageBasisPoints / 100, 2)}%</Descriptions.Item>
        <Descriptions.Item label={t('vouchers.terms.cap')}>{format.fen(programme.perOrganisationCapFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vouchers.terms.minimum')}>{format.fen(programme.minimumClaimFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vouchers.terms.validityShort')}>{t('vouchers.terms.months', { count: programme.validityMonths })}</Descriptions.Item>
        <Descriptions.Item label={t('vouchers.terms.kinds')}>{list(programme.eligibleKinds, 'OrganisationKind')}</Descriptions.Item>
        <Descriptions.Item label={t('vouchers.terms.industries')}>{list(programme.eligibleIndustries, 'Industry')}</Descriptions.Item>
        <Descriptions.Item label={t('vouchers.terms.settlement')}>{t(`vouchers.settlementKinds.${programme.settlement}`, { defaultValue: programme.settlement })}</Descriptions.Item>
      </Descriptions>
      <Row gutter={[16, 16]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={12}>
          <Card size="small" type="inner" title={t('vouchers.figures.byKind')}>
            <BreakdownChart breakdown={f.breakdown} dimension="KIND" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" type="inner" title={t('vouchers.figures.byIndustry')}>
            <BreakdownChart breakdown={f.breakdown} dimension="INDUSTRY" />
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}>
        <SettlementExport programmeId={programme.id} year={programme.year} settlement={programme.settlement} />
      </div>
    </Card>
  );
}
