import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CooperationMode, Industry, OrganisationKind, ProjectStage, SensitivityTier } from '../../gql/graphql';

const STAGE_COLORS: Record<ProjectStage, string> = {
  APPLIED: 'default',
  SCREENING: 'processing',
  ADAPTATION: 'purple',
  INCUBATING: 'cyan',
  GRADUATED: 'success',
  EXITED: 'warning',
  REJECTED: 'error',
};

export function StageTag({ stage, testId }: { stage: ProjectStage; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid={testId} data-stage={stage}>
      {t(`enums.ProjectStage.${stage}`)}
    </Tag>
  );
}

/** HIGH-sensitivity data (e.g. medical) is flagged loudly wherever the organisation shows. */
export function SensitivityTag({ tier, compact = false }: { tier: SensitivityTier; compact?: boolean }) {
  const { t } = useTranslation();
  if (tier === 'HIGH') {
    return (
      <Tag color="red" variant="solid" data-testid="sensitivity-high">
        {t('sensitive.HIGH')}
      </Tag>
    );
  }
  if (tier === 'ELEVATED') return <Tag color="orange">{t(compact ? 'sensitive.ELEVATED' : 'enums.SensitivityTier.ELEVATED')}</Tag>;
  if (compact) return null;
  return <Tag>{t(`enums.SensitivityTier.${tier}`)}</Tag>;
}

export function KindTag({ kind }: { kind: OrganisationKind }) {
  const { t } = useTranslation();
  return <Tag color="geekblue">{t(`enums.OrganisationKind.${kind}`)}</Tag>;
}

export function IndustryTag({ industry }: { industry: Industry }) {
  const { t } = useTranslation();
  return <Tag color="blue" variant="outlined">{t(`enums.Industry.${industry}`)}</Tag>;
}

export function CooperationModeTags({ modes }: { modes: readonly CooperationMode[] }) {
  const { t } = useTranslation();
  return (
    <>
      {modes.map((mode) => (
        <Tag key={mode} color={mode === 'COMPUTE_FOR_EQUITY' ? 'gold' : 'green'}>
          {t(`enums.CooperationMode.${mode}`)}
        </Tag>
      ))}
    </>
  );
}
