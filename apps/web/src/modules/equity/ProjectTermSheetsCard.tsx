import { FundOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../shared/format/use-format';
import { useSession } from '../auth/session-context';
import { TermSheetsQuery } from './equity.operations';
import { TermSheetStatusTag } from './TermSheetStatusTag';

/** On a project's page: its term sheets (console or portal links), or "propose terms" for the centre's staff. */
export function ProjectTermSheetsCard({ projectId, founder }: { projectId: string; founder: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const { data } = useQuery(TermSheetsQuery, { variables: { projectId }, skip: !can('EQUITY_READ') });
  const sheets = data?.termSheets;
  if (!sheets || (founder && sheets.length === 0)) return null;
  const basePath = founder ? '/portal/term-sheets' : '/equity/term-sheets';
  const canPropose = !founder && can('EQUITY_NEGOTIATE') && !sheets.some((sheet) => sheet.status === 'OPEN');
  return (
    <Card
      title={
        <span>
          <FundOutlined /> {t('equity.projectCard.title')}
        </span>
      }
      extra={
        canPropose && (
          <Link to={`/equity/term-sheets/new?projectId=${projectId}`}>
            <Button size="small" type="primary" data-testid="project-propose-terms">
              {t('equity.projectCard.propose')}
            </Button>
          </Link>
        )
      }
      data-testid="project-term-sheets"
    >
      {sheets.length === 0 ? (
        <Typography.Text type="secondary">{t('equity.projectCard.none')}</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {sheets.map((sheet) => (
            <Space key={sheet.id} wrap>
              <TermSheetStatusTag status={sheet.status} />
              <Link to={`${basePath}/${sheet.id}`} data-testid="project-term-sheet-link">
                {t('equity.detail.versionNo', { version: sheet.currentVersion.versionNo })} · {format.fen(sheet.currentVersion.terms.creditFen)}
              </Link>
            </Space>
          ))}
        </Space>
      )}
    </Card>
  );
}
