import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { TermSheetList } from './TermSheetList';

export function TermSheetsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <div data-testid="term-sheets-page">
      <PageHeader
        title={t('equity.list.title')}
        subtitle={t('equity.list.subtitle')}
        extra={
          can('EQUITY_NEGOTIATE') && (
            <Link to="/equity/term-sheets/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="new-term-sheet">
                {t('equity.list.new')}
              </Button>
            </Link>
          )
        }
      />
      <TermSheetList basePath="/equity/term-sheets" showOrganisation emptyText={t('equity.list.empty')} />
    </div>
  );
}
