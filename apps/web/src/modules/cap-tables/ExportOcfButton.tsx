import { useTranslation } from 'react-i18next';
import { DownloadButtons } from '../billing/DownloadButtons';

/** 导出 OCF: the cap table as an Open Cap Format zip, saved as the server names it. */
export function ExportOcfButton({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t } = useTranslation();
  return (
    <DownloadButtons
      choices={[{ key: 'ocf', label: t('capTables.exportOcf'), path: `/api/equity/cap-tables/${organisationId}/ocf.zip`, fileName: `${organisationName}-OCF.zip` }]}
    />
  );
}
