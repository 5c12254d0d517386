import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MembersQuery as MembersResult } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError } from '../../shared/lib/user-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../auth/session-context';
import { MembersQuery, RevokeInvitationMutation } from './accounts.operations';
import { InviteDialog } from './InviteDialog';

type Member = NonNullable<MembersResult['organisation']>['members']['edges'][number]['node'];
type Invitation = MembersResult['invitations']['edges'][number]['node'];

const STATUS_COLOURS: Record<string, string> = { PENDING: 'processing', ACCEPTED: 'success', REVOKED: 'default', EXPIRED: 'warning' };

/** /portal/members — a founder's colleagues, their pending invitations and the invite form. */
export function MembersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const organisationId = user.organisation?.id ?? '';
  const { data, loading, error, refetch } = useQuery(MembersQuery, { variables: { organisationId }, skip: !organisationId, fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeInvitationMutation);
  const organisation = data?.organisation;

  const onRevoke = async (id: string) => {
    try {
      const result = await revoke({ variables: { input: { invitationId: id } } });
      const errors = result.data?.revokeInvitation.userErrors ?? [];
      if (errors.length > 0) void message.error(errors.map((e) => describeUserError(e, t)).join('；'));
      else void message.success(t('members.revoked'));
      void refetch();
    } catch (requestError) {
      void message.error(describeRequestError(requestError, t));
    }
  };

  const invitations = (data?.invitations.edges.map((e) => e.node) ?? []).filter((i) => i.status !== 'ACCEPTED');

  return (
    <div>
      <PageHeader
        title={t('members.title')}
        subtitle={organisation?.name}
        extra={
          organisationId && (
            <InviteDialog organisationId={organisationId} organisationName={organisation?.name ?? ''} label={t('members.invite')} onInvited={() => void refetch()} />
          )
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('members.colleagues', { count: organisation?.members.totalCount ?? 0 })}>
          <Table<Member>
            rowKey="id"
            size="middle"
            loading={loading && !data}
            pagination={false}
            scroll={{ x: true }}
            dataSource={organisation?.members.edges.map((e) => e.node) ?? []}
            data-testid="members-table"
            columns={[
              { title: t('members.name'), dataIndex: 'displayName' },
              { title: t('auth.email'), dataIndex: 'email' },
              { title: t('invite.role'), dataIndex: 'role', render: (role: string) => t(`enums.Role.${role}`) },
            ]}
          />
        </Card>
        <Card title={t('members.pending')}>
          <Table<Invitation>
            rowKey="id"
            size="middle"
            pagination={false}
            scroll={{ x: true }}
            dataSource={invitations}
            data-testid="invitations-table"
            locale={{ emptyText: t('members.noInvitations') }}
            columns={[
              { title: t('auth.email'), dataIndex: 'email' },
              { title: t('members.status'), dataIndex: 'status', render: (status: string) => <Tag color={STATUS_COLOURS[status]}>{t(`enums.InvitationStatus.${status}`)}</Tag> },
              { title: t('invite.expiresAt'), dataIndex: 'expiresAt', render: (value: string) => formatDateTime(value) },
              {
                title: '',
                key: 'actions',
                render: (_, row) =>
                  row.status === 'PENDING' ? (
                    <Popconfirm title={t('members.revokeConfirm', { email: row.email })} onConfirm={() => void onRevoke(row.id)}>
                      <Button size="small" danger data-testid={`revoke-${row.id}`}>
                        {t('members.revoke')}
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
