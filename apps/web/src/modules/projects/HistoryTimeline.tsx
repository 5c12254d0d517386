import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectDetailQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { StageTag } from '../../shared/ui/enum-tags';

type Transition = NonNullable<ProjectDetailQuery['project']>['history'][number];

const COLOR_BY_STAGE: Record<string, string> = { REJECTED: 'red', EXITED: 'gray', GRADUATED: 'green' };

/** Newest first: the reason for the current stage is what people come to read. */
export function HistoryTimeline({ history }: { history: readonly Transition[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.historyEmpty')} />;

  const newestFirst = [...history].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Timeline
      data-testid="project-history"
      items={newestFirst.map((entry) => ({
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
      }))}
    />
  );
}
