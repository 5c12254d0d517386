import { Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../shared/i18n/use-locale';
import { DownloadButtons } from '../billing/DownloadButtons';
import { currentPeriod, settlementPeriods } from './programme-model';

export function SettlementExport({ programmeId, year, settlement }: { programmeId: string; year: number; settlement: string }) {
  const { t } = useTranslation();
  const lang = useLocale();
  const periods = settlementPeriods(year, settlement);
  const now = currentPeriod(settlement);
  const [period, setPeriod] = useState(periods.includes(now) ? now : periods[0]);
  const choices = (['csv', 'xlsx'] as const).map((ext) => ({
    key: `settlement-${ext}`,
    label: t(`billing.export.${ext}`),
    path: `/api/billing/exports/settlement/${programmeId}/${period}.${ext}`,
    fileName: `settlement-${period}.${ext}`,
    query: { lang },
  }));
  return (
    <Space wrap>
      <span>{t('vouchers.settlement.label')}</span>
      <Select value={period} onChange={setPeriod} options={periods.map((value) => ({ value, label: value }))} style={{ minWidth: 120 }} data-testid="settlement-period" />
      <DownloadButtons choices={choices} />
    </Space>
  );
}
