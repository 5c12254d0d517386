import { ArrowRightOutlined, CheckCircleFilled, MinusCircleOutlined, WarningFilled } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { ADAPTATION_CHECKLIST } from '@suanli/domain';
import { App, Card, Checkbox, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdaptationChecklistItem, ProjectDetailQuery, ProjectStage } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { formatFen, isZeroFen } from '../../shared/lib/money';
import { describeUserError } from '../../shared/lib/user-errors';
import { SetAdaptationChecklistItemMutation } from './projects.operations';

type Adaptation = NonNullable<NonNullable<ProjectDetailQuery['project']>['adaptation']>;

interface Props {
  projectId: string;
  stage: ProjectStage;
  adaptation: Adaptation;
  canEdit: boolean;
}

export function AdaptationCard({ projectId, stage, adaptation, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState<AdaptationChecklistItem | null>(null);
  const [mutate] = useMutation(SetAdaptationChecklistItemMutation);
  const editable = canEdit && stage === 'ADAPTATION';
  const done = adaptation.completedItems.length;
  const complete = ADAPTATION_CHECKLIST.every((item) => adaptation.completedItems.includes(item));

  const toggle = async (item: AdaptationChecklistItem, checked: boolean) => {
    setPending(item);
    try {
      const { data } = await mutate({ variables: { input: { projectId, item, done: checked } } });
      const errors = data?.setAdaptationChecklistItem.userErrors ?? [];
      if (errors.length > 0) void message.error(errors.map((e) => describeUserError(e, t)).join(t('common.listSeparator')));
      else void message.success(t('common.saved'));
    } catch (error) {
      void message.error(describeRequestError(error, t));
    } finally {
      setPending(null);
    }
  };

  const status = adaptation.overdue ? (
    <Tag color="volcano" icon={<WarningFilled />} data-testid="adaptation-overdue">
      {t('adaptation.overdue')}
    </Tag>
  ) : complete ? (
    <Tag color="success" icon={<CheckCircleFilled />}>
      {t('adaptation.completed')}
    </Tag>
  ) : (
    <Tag color="processing">{t('adaptation.onTrack')}</Tag>
  );

  return (
    <Card title={t('adaptation.title')} extra={status} data-testid="adaptation-card">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'platforms',
            label: t('adaptation.platforms'),
            children: (
              <Space size={6}>
                <Tag>{adaptation.sourcePlatform}</Tag>
                <ArrowRightOutlined />
                <Tag color="red">{adaptation.targetPlatform}</Tag>
              </Space>
            ),
          },
          { key: 'started', label: t('adaptation.startedAt'), children: formatDateTime(adaptation.startedAt) },
          {
            key: 'due',
            label: t('adaptation.dueAt'),
            children: (
              <Typography.Text type={adaptation.overdue ? 'danger' : undefined}>{formatDateTime(adaptation.dueAt)}</Typography.Text>
            ),
          },
          {
            key: 'charge',
            label: t('adaptation.charge'),
            children: isZeroFen(adaptation.chargeFen) ? (
              <Space size={6} data-testid="adaptation-charge">
                <Tag color="green">{t('adaptation.free')}</Tag>
                <Typography.Text type="secondary">{formatFen(adaptation.chargeFen)}</Typography.Text>
              </Space>
            ) : (
              <Typography.Text data-testid="adaptation-charge">{formatFen(adaptation.chargeFen)}</Typography.Text>
            ),
          },
        ]}
      />
      <div className="checklist-header">
        <Typography.Text strong>{t('adaptation.checklist')}</Typography.Text>
        <Progress
          percent={Math.round((done / ADAPTATION_CHECKLIST.length) * 100)}
          size="small"
          format={() => t('adaptation.progress', { done, total: ADAPTATION_CHECKLIST.length })}
          status={adaptation.overdue ? 'exception' : complete ? 'success' : 'active'}
          style={{ maxWidth: 260 }}
        />
      </div>
      <Space orientation="vertical" data-testid="adaptation-checklist">
        {ADAPTATION_CHECKLIST.map((item) => {
          const checked = adaptation.completedItems.includes(item);
          const label = t(`enums.AdaptationChecklistItem.${item}`);
          return (
            <div key={item} data-testid={`checklist-${item}`} data-done={checked}>
              {editable ? (
                <Checkbox checked={checked} disabled={pending !== null} onChange={(event) => void toggle(item, event.target.checked)}>
                  {label}
                </Checkbox>
              ) : (
                <span className="checklist-readonly">
                  {checked ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <MinusCircleOutlined style={{ color: '#bfbfbf' }} />}
                  <Typography.Text type={checked ? undefined : 'secondary'}>{label}</Typography.Text>
                </span>
              )}
            </div>
          );
        })}
      </Space>
      {canEdit && stage !== 'ADAPTATION' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('adaptation.notInAdaptation')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
