import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { TermSheetList } from '../equity/TermSheetList';

/** `/portal/term-sheets`: the founder's organisation's term sheets (the API shows no other). */
export function TermSheetsPortalPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="portal-term-sheets-page">
      <PageHeader title={t('equityPortal.title')} subtitle={t('equityPortal.subtitle')} />
      <TermSheetList basePath="/portal/term-sheets" showOrganisation={false} emptyText={t('equityPortal.empty')} />
    </div>
  );
}
