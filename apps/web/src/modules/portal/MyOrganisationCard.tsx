import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Avatar, Card, Descriptions, Empty, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { IndustryTag, KindTag, SensitivityTag } from '../../shared/ui/enum-tags';
import { MyOrganisationQuery } from './portal.operations';

export function MyOrganisationCard() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyOrganisationQuery);
  const organisation = data?.me.organisation;

  return (
    <Card title={t('portal.myOrganisation')} data-testid="my-organisation">
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {!data && loading ? (
        <Skeleton active />
      ) : !organisation ? (
        <Empty description={t('portal.noOrganisation')} />
      ) : (
        <>
          <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="my-organisation-name">
            {organisation.name}
          </Typography.Title>
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
          <Typography.Text strong>
            <TeamOutlined /> {t('organisations.members')} ({organisation.members?.totalCount ?? 0})
          </Typography.Text>
          <ul className="plain-list member-list">
            {(organisation.members?.edges ?? []).map(({ node }) => (
              <li key={node.id} className="member-item">
                <Avatar size="small" style={{ background: '#13c2c2' }}>
                  {node.displayName.slice(0, 1)}
                </Avatar>
                <div className="member-text">
                  <Typography.Text>{node.displayName}</Typography.Text>
                  <Typography.Text type="secondary" className="member-email">
                    {node.email}
                  </Typography.Text>
                </div>
                <Tag variant="filled">{t(`enums.Role.${node.role}`)}</Tag>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
