import { ArrowRightOutlined, FlagOutlined } from '@ant-design/icons';
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectDetailQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { StageTag } from '../../shared/ui/enum-tags';
import { mergeHistory, type MilestoneStep } from './milestone-view';

type Transition = NonNullable<ProjectDetailQuery['project']>['history'][number];

const COLOR_BY_STAGE: Record<string, string> = { REJECTED: 'red', EXITED: 'gray', GRADUATED: 'green' };
const COLOR_BY_STEP: Record<string, string> = { ACCEPTED: 'green', RETURNED: 'orange' };

interface Props {
  history: readonly Transition[];
  /** The steps of the project's milestones, shown among the moves; titles by milestone id. */
  milestoneSteps?: readonly MilestoneStep[];
  milestoneTitles?: ReadonlyMap<string, string>;
}

/** Newest first: the reason for the current stage is what people come to read. */
export function HistoryTimeline({ history, milestoneSteps = [], milestoneTitles = new Map() }: Props) {
  const { t } = useTranslation();
  if (history.length === 0 && milestoneSteps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.historyEmpty')} />;

  return (
    <Timeline
      data-testid="project-history"
      items={mergeHistory(history, milestoneSteps).map((item) => {
        if (item.type === 'milestone') {
          const step = item.entry;
          return {
            key: step.id,
            color: COLOR_BY_STEP[step.kind] ?? 'blue',
            content: (
              <div className="history-entry" data-testid="history-milestone-step" data-kind={step.kind}>
                <Space size={4} wrap>
                  <Tag icon={<FlagOutlined />}>{t(`enums.MilestoneEventKind.${step.kind}`)}</Tag>
                  <Typography.Text strong>{milestoneTitles.get(step.milestoneId) ?? ''}</Typography.Text>
                </Space>
                {step.note && <Typography.Paragraph className="history-reason">{step.note}</Typography.Paragraph>}
                <Typography.Text type="secondary" className="history-meta">
                  {step.actorName ?? t('projects.historyActorHidden')} · {formatDateTime(step.at)}
                </Typography.Text>
              </div>
            ),
          };
        }
        const entry = item.entry;
        return {
        key: entry.id,
        color: COLOR_BY_STAGE[entry.toStage] ?? 'blue',
        content: (
          <div className="history-entry" data-testid="history-entry">
            <Space size={4} wrap data-testid="history-stages">
              {/* The application has no stage before it: it is a start, not a move. */}
              {entry.fromStage ? (
                <>
                  <StageTag stage={entry.fromStage} />
                  <ArrowRightOutlined style={{ color: '#8c8c8c' }} />
                  <StageTag stage={entry.toStage} />
                </>
              ) : (
                <StageTag stage={entry.toStage} />
              )}
            </Space>
            <Typography.Paragraph className="history-reason" data-testid="history-reason" data-reason-code={entry.reasonCode}>
              {entry.reasonCode === 'NOTE' ? entry.reason : t(`enums.TransitionReasonCode.${entry.reasonCode}`)}
            </Typography.Paragraph>
            <Typography.Text type="secondary" className="history-meta">
              {/* The role shows only for people the reader may see; the centre's staff show to founders by name. */}
              {entry.actor?.displayName ?? entry.actorName ?? t('projects.historyActorHidden')}
              {entry.actor ? ` · ${t(`enums.Role.${entry.actor.role}`)}` : ''} · {formatDateTime(entry.createdAt)}
            </Typography.Text>
          </div>
        ),
        };
      })}
    />
  );
}
