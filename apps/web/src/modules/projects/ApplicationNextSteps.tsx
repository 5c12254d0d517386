import { Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** For the founder while the application waits: what happens next, step by step. */
export function ApplicationNextSteps() {
  const { t } = useTranslation();
  return (
    <Card title={t('portal.nextTitle')} data-testid="apply-next-steps">
      <Steps
        orientation="vertical"
        size="small"
        current={0}
        items={[
          { title: t('enums.ProjectStage.SCREENING'), content: t('portal.nextScreening') },
          { title: t('enums.ProjectStage.ADAPTATION'), content: t('portal.nextAdaptation') },
          { title: t('enums.ProjectStage.INCUBATING'), content: t('portal.nextIncubation') },
        ]}
      />
      <Typography.Text type="secondary">{t('portal.nextTrack')}</Typography.Text>
    </Card>
  );
}
