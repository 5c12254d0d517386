import { Empty, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { TermSheetDetailFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';

type Acceptance = TermSheetDetailFieldsFragment['acceptances'][number];

/** Who accepted which version for which side, when (Asia/Shanghai), from which IP, and the hash they accepted. */
export function AcceptanceList({ acceptances }: { acceptances: readonly Acceptance[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (acceptances.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('equity.detail.noAcceptances')} />;
  const columns: ColumnsType<Acceptance> = [
    { title: t('equity.list.version'), dataIndex: 'versionNo', render: (versionNo: number) => t('equity.detail.versionNo', { version: versionNo }) },
    { title: t('equity.detail.who'), key: 'who', render: (_, a) => `${t(`equity.side.${a.side}`)} · ${a.userName ?? a.userId.slice(0, 8)}` },
    { title: t('equity.detail.at'), dataIndex: 'at', render: (iso: string) => format.zonedDateTime(iso) },
    { title: t('equity.detail.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    {
      title: t('equity.detail.hash'),
      dataIndex: 'contentHash',
      render: (hash: string) => (
        <Tooltip title={hash}>
          <code>{hash.slice(0, 12)}</code>
        </Tooltip>
      ),
    },
  ];
  return (
    <Table<Acceptance>
      size="small"
      rowKey={(a) => `${a.versionNo}-${a.side}`}
      pagination={false}
      scroll={{ x: 640 }}
      columns={columns}
      dataSource={acceptances}
      data-testid="acceptances"
    />
  );
}
