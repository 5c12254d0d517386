import type { HTMLAttributes } from 'react';
import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { TermSheetDetailFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';

type Version = TermSheetDetailFieldsFragment['versions'][number];

/** Every version: who proposed it (side and person), when (Asia/Shanghai), and its content hash abbreviated. */
export function VersionHistory({ sheet }: { sheet: TermSheetDetailFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = new Map(sheet.proposers.map((p) => [p.versionNo, p.name]));
  const columns: ColumnsType<Version> = [
    {
      title: t('equity.list.version'),
      dataIndex: 'versionNo',
      render: (versionNo: number) => (
        <span>
          {t('equity.detail.versionNo', { version: versionNo })}{' '}
          {versionNo === sheet.currentVersion.versionNo && <Tag color="blue">{t('equity.detail.current')}</Tag>}
          {versionNo === sheet.signedVersionNo && <Tag color="green">{t('equity.detail.signedVersion')}</Tag>}
        </span>
      ),
    },
    {
      title: t('equity.detail.proposedBy'),
      key: 'by',
      render: (_, version) => `${t(`equity.side.${version.proposedBySide}`)}${names.get(version.versionNo) ? ` · ${names.get(version.versionNo)}` : ''}`,
    },
    { title: t('common.inTimeZone', { label: t('equity.detail.proposedAt'), zone: format.timeZone }), dataIndex: 'createdAt', render: (iso: string) => format.zonedDateTime(iso).replace(` ${format.timeZone}`, '') },
    { title: t('equity.list.credit'), key: 'credit', align: 'right', render: (_, version) => format.fen(version.terms.creditFen) },
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
    <Table<Version>
      size="small"
      rowKey="versionNo"
      pagination={false}
      scroll={{ x: 640 }}
      columns={columns}
      dataSource={[...sheet.versions].reverse()}
      data-testid="version-history"
      onRow={(version) => ({ 'data-version-no': version.versionNo }) as HTMLAttributes<HTMLElement>}
    />
  );
}
