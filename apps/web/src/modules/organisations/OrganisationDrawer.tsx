import { useQuery } from '@apollo/client/react';
import { Alert, Descriptions, Drawer, Empty, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { IndustryTag, KindTag, SensitivityTag, StageTag } from '../../shared/ui/enum-tags';
import { OrganisationDetailQuery } from './organisations.operations';
import { InvitationsTable } from '../accounts/InvitationsTable';
import { useSession } from '../auth/session-context';

export function OrganisationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganisationDetailQuery, { variables: { id: id ?? '' }, skip: !id });
  const organisation = id ? data?.organisation : undefined;
  const { can } = useSession();

  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={organisation?.name ?? t('organisations.title')}>
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {loading && !organisation ? (
        <Skeleton active />
      ) : !organisation ? null : (
        <div data-testid="organisation-drawer">
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'kind', label: t('organisations.kind'), children: <KindTag kind={organisation.kind} /> },
              { key: 'industry', label: t('organisations.industry'), children: <IndustryTag industry={organisation.industry} /> },
              { key: 'tier', label: t('organisations.tier'), children: <SensitivityTag tier={organisation.sensitivityTier} /> },
              { key: 'since', label: t('organisations.createdAt'), children: formatDate(organisation.createdAt) },
            ]}
          />
          <Typography.Title level={5}>
            {t('organisations.projects')} ({organisation.projects.totalCount})
          </Typography.Title>
          {organisation.projects.edges.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <ul className="plain-list drawer-list">
              {organisation.projects.edges.map(({ node }) => (
                <li key={node.id} className="drawer-row">
                  <Link to={`/projects/${node.id}`}>{node.name}</Link>
                  <span>
                    <StageTag stage={node.stage} />
                    <Typography.Text type="secondary" className="drawer-meta">
                      {formatDateTime(node.stageEnteredAt)}
                    </Typography.Text>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {/* Null for readers without USER_READ (consultants): people are not theirs to list. */}
          {organisation.members && (
            <>
              <Typography.Title level={5}>
                {t('organisations.members')} ({organisation.members.totalCount})
              </Typography.Title>
              <ul className="plain-list drawer-list">
                {organisation.members.edges.map(({ node }) => (
                  <li key={node.id} className="drawer-row">
                    <span>
                      {node.displayName} <Typography.Text type="secondary" className="drawer-meta">{node.email}</Typography.Text>
                    </span>
                    <Tag variant="filled">{t(`enums.Role.${node.role}`)}</Tag>
                  </li>
                ))}
              </ul>
            </>
          )}
          {can('INVITATION_WRITE') && (
            <>
              <Typography.Title level={5}>{t('members.pending')}</Typography.Title>
              <InvitationsTable organisationId={organisation.id} />
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}
