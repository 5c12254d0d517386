import { useQuery } from '@apollo/client/react';
import { Alert, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembersQuery as MembersResult } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../auth/session-context';
import { MembersQuery } from './accounts.operations';
import { InvitationsTable } from './InvitationsTable';
import { InviteDialog } from './InviteDialog';

type Member = NonNullable<NonNullable<MembersResult['organisation']>['members']>['edges'][number]['node'];

/** /portal/members — a founder's colleagues, their pending invitations and the invite form. */
export function MembersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const organisationId = user.organisation?.id ?? '';
  const [invited, setInvited] = useState(0);
  const { data, loading, error } = useQuery(MembersQuery, { variables: { organisationId }, skip: !organisationId, fetchPolicy: 'cache-and-network' });
  const organisation = data?.organisation;

  return (
    <div>
      <PageHeader
        title={t('members.title')}
        subtitle={organisation?.name}
        extra={
          organisationId && (
            <InviteDialog
              organisationId={organisationId}
              organisationName={organisation?.name ?? user.organisation?.name ?? ''}
              label={t('members.invite')}
              onInvited={() => setInvited((n) => n + 1)}
            />
          )
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('members.colleagues', { count: organisation?.members?.totalCount ?? 0 })}>
          <Table<Member>
            rowKey="id"
            size="middle"
            loading={loading && !data}
            pagination={false}
            scroll={{ x: true }}
            dataSource={organisation?.members?.edges.map((e) => e.node) ?? []}
            data-testid="members-table"
            columns={[
              { title: t('members.name'), dataIndex: 'displayName' },
              { title: t('auth.email'), dataIndex: 'email' },
              { title: t('invite.role'), dataIndex: 'role', render: (role: string) => t(`enums.Role.${role}`) },
            ]}
          />
        </Card>
        {organisationId && (
          <Card title={t('members.pending')}>
            <InvitationsTable organisationId={organisationId} refreshKey={invited} />
          </Card>
        )}
      </Space>
    </div>
  );
}
