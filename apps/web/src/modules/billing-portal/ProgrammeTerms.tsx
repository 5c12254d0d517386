import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplyVoucherFormQuery } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { basisPointsToPercent } from '../../shared/lib/money';

type Programme = ApplyVoucherFormQuery['voucherProgrammes'][number];

/** A programme's terms, shown before applying. */
export function ProgrammeTerms({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2 }}
      style={{ marginBottom: 16 }}
      data-testid="programme-terms"
      items={[
        { key: 'coverage', label: t('billingPortal.coverage'), children: format.percent(basisPointsToPercent(programme.coverageBasisPoints) / 100, 2) },
        { key: 'cap', label: t('billingPortal.cap'), children: format.fen(programme.perOrganisationCapFen) },
        { key: 'minimum', label: t('billingPortal.minimumClaim'), children: format.fen(programme.minimumClaimFen) },
        { key: 'validity', label: t('billingPortal.validity'), children: t('billingPortal.validityMonths', { count: programme.validityMonths }) },
      ]}
    />
  );
}
