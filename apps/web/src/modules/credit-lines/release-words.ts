import type { TFunction } from 'i18next';
import { formatDateTime } from '../../shared/format/format';

export interface ReleaseLike {
  kind: string;
  thresholdBasisPoints: number | null;
  stage: string | null;
  at: string | null;
  milestoneKey: string | null;
}

/** A tranche's release condition as a sentence in the reader's language (times in Asia/Shanghai). */
export function releaseWords(release: ReleaseLike, t: TFunction): string {
  switch (release.kind) {
    case 'PREVIOUS_DRAWN':
      return t('creditLines.release.PREVIOUS_DRAWN', { percent: (release.thresholdBasisPoints ?? 0) / 100 });
    case 'STAGE_REACHED':
      return t('creditLines.release.STAGE_REACHED', { stage: t(`enums.ProjectStage.${release.stage ?? ''}`, { defaultValue: release.stage ?? '' }) });
    case 'MILESTONE_ACCEPTED':
      return t('creditLines.release.MILESTONE_ACCEPTED', { key: release.milestoneKey ?? '' });
    case 'DATE':
      return t('creditLines.release.DATE', { at: formatDateTime(release.at) });
    default:
      return t(`creditLines.release.${release.kind}`, { defaultValue: release.kind });
  }
}
