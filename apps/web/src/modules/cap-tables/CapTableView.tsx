import { Pie } from '@ant-design/plots';
import { Card, Col, Empty, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CapTableViewFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { basisPointsText, groupedShares, historyPrice, ownershipSlices, priceText, sharesInClass, unissuedSharesOf } from './cap-table-model';

type Holder = CapTableViewFieldsFragment['stakeholders'][number];
type Event = CapTableViewFieldsFragment['history'][number];
type Line = CapTableViewFieldsFragment['creditLines'][number];
type ShareClass = CapTableViewFieldsFragment['shareClasses'][number];

function HoldersCard({ capTable }: { capTable: CapTableViewFieldsFragment }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const columns: ColumnsType<Holder> = [
    {
      key: 'name',
      title: t('capTables.holders.name'),
      fixed: 'left',
      render: (_, holder) => (
        <span data-testid="holder-name">
          {holder.name} <Tag>{t(`enums.StakeholderKind.${holder.kind}`)}</Tag>
        </span>
      ),
    },
    {
      key: 'outstandingPercent',
      title: t('capTables.holders.outstandingPercent'),
      align: 'right',
      render: (_, holder) => <span data-testid="holder-outstanding-percent">{basisPointsText(holder.outstandingBasisPoints, locale)}</span>,
    },
    {
      key: 'fullyDilutedPercent',
      title: t('capTables.holders.fullyDilutedPercent'),
      align: 'right',
      render: (_, holder) => {
        const unissued = unissuedSharesOf(holder);
        return (
          <>
            <span data-testid="holder-fully-diluted-percent">{basisPointsText(holder.fullyDilutedBasisPoints, locale)}</span>
            {unissued > 0n && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="holder-unissued">
                {t('capTables.holders.unissued', { shares: groupedShares(unissued.toString(), locale) })}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    { key: 'total', title: t('capTables.holders.total'), align: 'right', render: (_, holder) => <strong>{groupedShares(holder.shares, locale)}</strong> },
    ...capTable.shareClasses.map((shareClass) => ({
      key: shareClass.id,
      title: shareClass.name,
      align: 'right' as const,
      render: (_: unknown, holder: Holder) => groupedShares(sharesInClass(holder.byClass, shareClass.id), locale),
    })),
  ];
  return (
    <Card title={t('capTables.holders.title')} data-testid="cap-holders">
      {capTable.stakeholders.length === 0 ? (
        <Empty description={t('capTables.holders.empty')} />
      ) : (
        <>
          <Table<Holder> rowKey="id" size="small" columns={columns} dataSource={[...capTable.stakeholders]} pagination={false} scroll={{ x: 480 + 120 * capTable.shareClasses.length }} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="cap-dilution-note">
            {t('capTables.holders.dilutionNote')} {t('capTables.holders.sumNote')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

function OwnershipChart({ capTable }: { capTable: CapTableViewFieldsFragment }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const data = ownershipSlices(capTable.stakeholders, t('capTables.chart.others'), locale);
  return (
    <Card title={t('capTables.chart.title')} data-testid="cap-chart">
      {data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('capTables.chart.empty')} />
      ) : (
        <Pie
          data={data}
          angleField="basisPoints"
          colorField="name"
          innerRadius={0.55}
          height={260}
          autoFit
          label={{ text: 'percent', position: 'outside' }}
          legend={{ color: { position: 'bottom', layout: { justifyContent: 'center' } } }}
          tooltip={{ items: [{ channel: 'color', name: 'name' }, { field: 'percent' }] }}
        />
      )}
    </Card>
  );
}

function ClassesCard({ shareClasses }: { shareClasses: readonly ShareClass[] }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const columns: ColumnsType<ShareClass> = [
    { key: 'name', title: t('capTables.classes.name'), dataIndex: 'name' },
    { key: 'type', title: t('capTables.classes.type'), render: (_, c) => t(`enums.ShareClassType.${c.classType}`) },
    { key: 'seniority', title: t('capTables.classes.seniority'), align: 'right', dataIndex: 'seniority' },
    { key: 'authorised', title: t('capTables.classes.authorised'), align: 'right', render: (_, c) => (c.sharesAuthorised ? groupedShares(c.sharesAuthorised, locale) : t('capTables.classes.unlimited')) },
    { key: 'outstanding', title: t('capTables.classes.outstanding'), align: 'right', render: (_, c) => groupedShares(c.outstandingShares, locale) },
  ];
  return (
    <Card title={t('capTables.classes.title')} data-testid="cap-classes">
      <Table<ShareClass> rowKey="id" size="small" columns={columns} dataSource={[...shareClasses]} pagination={false} scroll={{ x: 480 }} />
    </Card>
  );
}

function CreditLinesCard({ lines }: { lines: readonly Line[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card title={t('capTables.lines.title')} data-testid="cap-lines">
      {lines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('capTables.lines.empty')} />
      ) : (
        lines.map((line) => {
          const issued = Number((BigInt(line.sharesIssued) * 1000n) / (BigInt(line.totalShares) || 1n)) / 10;
          return (
            <div key={line.id} className="cap-line" data-testid="cap-line" style={{ marginBottom: 16 }}>
              <Row gutter={[16, 8]}>
                <Col xs={12} sm={8}>
                  <Statistic title={t('capTables.lines.credit')} value={format.fen(line.creditFen)} styles={{ content: { fontSize: 18 } }} />
                </Col>
                <Col xs={12} sm={8}>
                  <Statistic title={t('capTables.lines.drawn')} value={format.fen(line.drawnFen)} styles={{ content: { fontSize: 18 } }} />
                </Col>
                <Col xs={24} sm={8}>
                  <Typography.Text type="secondary">{t('capTables.lines.shares')}</Typography.Text>
                  <div data-testid="cap-line-shares">
                    {groupedShares(line.sharesIssued, format.locale)} / {groupedShares(line.totalShares, format.locale)}
                  </div>
                  <Progress percent={issued} size="small" />
                </Col>
              </Row>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                <Tag color={line.status === 'ACTIVE' ? 'processing' : 'default'}>{t(`enums.CreditLineStatus.${line.status}`)}</Tag>
                {t('capTables.lines.price')} {priceText(line.pricePerShareFen)} · {t('capTables.lines.expires')} {formatDate(line.expiresAt)} · {t('capTables.lines.boughtBack')}{' '}
                {groupedShares(line.sharesBoughtBack, format.locale)} ·{' '}
                {line.buyBackUntil ? (
                  <>
                    {t('capTables.lines.buyBack')} {formatDate(line.buyBackUntil)} ({t('capTables.lines.premium')} {basisPointsText(line.buyBackPremiumBasisPoints ?? 0, format.locale)}){' '}
                    <Tag color={line.buyBackOpen ? 'success' : 'default'}>{t(line.buyBackOpen ? 'capTables.lines.buyBackOpen' : 'capTables.lines.buyBackClosed')}</Tag>
                  </>
                ) : (
                  t('capTables.lines.noBuyBack')
                )}
              </Typography.Paragraph>
            </div>
          );
        })
      )}
    </Card>
  );
}

function HistoryCard({ capTable }: { capTable: CapTableViewFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const className = new Map(capTable.shareClasses.map((c) => [c.id, c.name]));
  const columns: ColumnsType<Event> = [
    { key: 'at', title: t('capTables.history.at'), render: (_, e) => formatDate(e.at) },
    { key: 'kind', title: t('capTables.history.kind'), render: (_, e) => <Tag color={e.kind === 'ISSUANCE' ? 'green' : 'orange'}>{t(`enums.CapTableEventKind.${e.kind}`)}</Tag> },
    {
      key: 'holder',
      title: t('capTables.history.holder'),
      render: (_, e) => (
        <>
          {e.stakeholderName}
          {/* A tranche's text is the database's own note; the source column says which tranche. */}
          {e.considerationText && e.source === 'MANUAL' && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('capTables.history.consideration', { text: e.considerationText })}
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: 'class', title: t('capTables.history.class'), render: (_, e) => className.get(e.shareClassId) ?? '—' },
    { key: 'shares', title: t('capTables.history.shares'), align: 'right', render: (_, e) => `${e.kind === 'BUY_BACK' ? '−' : '+'}${groupedShares(e.shares, format.locale)}` },
    {
      key: 'price',
      title: t('capTables.history.price'),
      align: 'right',
      render: (_, e) => {
        const price = historyPrice(e, format.fen);
        return price ? t(`capTables.history.${price.label}`, { amount: price.amount }) : '—';
      },
    },
    {
      key: 'source',
      title: t('capTables.history.source'),
      render: (_, e) => (e.trancheNumber ? t('capTables.history.tranche', { n: e.trancheNumber }) : t(`enums.IssuanceSource.${e.source}`)),
    },
    { key: 'recordedBy', title: t('capTables.history.recordedBy'), render: (_, e) => e.recordedByName ?? t('capTables.history.system') },
  ];
  return (
    <Card title={t('capTables.history.title')} data-testid="cap-history">
      {capTable.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('capTables.history.empty')} />
      ) : (
        <Table<Event> rowKey="id" size="small" columns={columns} dataSource={[...capTable.history]} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 900 }} />
      )}
    </Card>
  );
}

/** A startup's cap table, read-only: the summary, holders, ownership chart, classes, credit lines and history. */
export function CapTableView({ capTable }: { capTable: CapTableViewFieldsFragment }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const centre = capTable.stakeholders.find((holder) => holder.kind === 'CENTRE');
  return (
    <div data-testid="cap-table">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('capTables.summary.outstanding')} value={groupedShares(capTable.totalOutstandingShares, locale)} valueRender={(node) => <span data-testid="cap-outstanding">{node}</span>} />
            <Typography.Text type="secondary" data-testid="cap-fully-diluted">
              {t('capTables.summary.fullyDiluted', { shares: groupedShares(capTable.totalFullyDilutedShares, locale) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('capTables.summary.holders')} value={capTable.stakeholders.length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('capTables.summary.centre')} value={basisPointsText(centre?.outstandingBasisPoints ?? 0, locale)} />
            <Typography.Text type="secondary">{t('capTables.summary.centreFullyDiluted', { percent: basisPointsText(centre?.fullyDilutedBasisPoints ?? 0, locale) })}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('capTables.summary.boughtBack')} value={groupedShares(capTable.totalBoughtBackShares, locale)} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <HoldersCard capTable={capTable} />
        </Col>
        <Col xs={24} xl={8}>
          <OwnershipChart capTable={capTable} />
        </Col>
        <Col xs={24} xl={12}>
          <ClassesCard shareClasses={capTable.shareClasses} />
        </Col>
        <Col xs={24} xl={12}>
          <CreditLinesCard lines={capTable.creditLines} />
        </Col>
        <Col xs={24}>
          <HistoryCard capTable={capTable} />
        </Col>
      </Row>
    </div>
  );
}
