import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Popconfirm, Table, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationInvitationsQuery as InvitationsResult } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import { OrganisationInvitationsQuery, RevokeInvitationMutation } from './accounts.operations';

type Invitation = InvitationsResult['invitations']['edges'][number]['node'];

const STATUS_COLOURS: Record<string, string> = { PENDING: 'processing', ACCEPTED: 'success', REVOKED: 'default', EXPIRED: 'warning' };

/**
 * An organisation's invitations that are not yet accepted, with "revoke" on the pending ones.
 * Shown to its founders (成员) and to staff (the organisation drawer). `refreshKey` reloads it.
 */
export function InvitationsTable({ organisationId, refreshKey = 0 }: { organisationId: string; refreshKey?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(OrganisationInvitationsQuery, { variables: { organisationId }, fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeInvitationMutation);

  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);

  const onRevoke = async (id: string) => {
    try {
      const result = await revoke({ variables: { input: { invitationId: id } } });
      const errors = result.data?.revokeInvitation.userErrors ?? [];
      if (errors.length > 0) void message.error(joinMessages(errors.map((e) => describeUserError(e, t)), t));
      else void message.success(t('members.revoked'));
      void refetch();
    } catch (requestError) {
      void message.error(describeRequestError(requestError, t));
    }
  };

  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  const rows = (data?.invitations.edges.map((e) => e.node) ?? []).filter((i) => i.status !== 'ACCEPTED');
  return (
    <Table<Invitation>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      loading={loading && !data}
      dataSource={rows}
      data-testid="invitations-table"
      locale={{ emptyText: t('members.noInvitations') }}
      columns={[
        { title: t('auth.email'), dataIndex: 'email' },
        { title: t('invite.role'), dataIndex: 'role', render: (role: string) => t(`enums.Role.${role}`) },
        {
          title: t('members.status'),
          dataIndex: 'status',
          render: (status: string) => <Tag color={STATUS_COLOURS[status]}>{t(`enums.InvitationStatus.${status}`)}</Tag>,
        },
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
  );
}
