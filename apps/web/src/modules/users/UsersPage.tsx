import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsersQuery as UsersResult } from '../../gql/graphql';
import { formatDate } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../auth/session-context';
import { ChangeRoleDialog, type RoleChangeTarget } from './ChangeRoleDialog';
import { UserFilters, type UserFilterValues } from './UserFilters';
import { DeactivateUserMutation, ReactivateUserMutation, UserOrganisationsQuery, UsersQuery } from './users.operations';

type Row = UsersResult['users']['edges'][number]['node'];
const PAGE = 20;

/** Admins: every account, with search and filters; change a role, deactivate or reactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<UserFilterValues>({});
  const [changing, setChanging] = useState<RoleChangeTarget | null>(null);
  const { data, loading, error, fetchMore, refetch } = useQuery(UsersQuery, {
    variables: { first: PAGE, ...filters },
    notifyOnNetworkStatusChange: true,
  });
  const organisations = useQuery(UserOrganisationsQuery).data?.organisations.edges.map((e) => e.node) ?? [];
  const [deactivate] = useMutation(DeactivateUserMutation);
  const [reactivate] = useMutation(ReactivateUserMutation);

  const run = async (action: () => Promise<{ userErrors: { code: string; message: string }[] } | undefined>, done: string) => {
    try {
      const errors = (await action())?.userErrors ?? [];
      if (errors.length > 0) void message.error(joinMessages(errors.map((e) => describeUserError(e, t)), t));
      else void message.success(done);
    } catch (failure) {
      void message.error(describeRequestError(failure, t));
    }
    void refetch();
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('users.name'),
      key: 'name',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>
            {row.displayName}
            {row.id === me.id && <Typography.Text type="secondary">{t('users.you')}</Typography.Text>}
          </Typography.Text>
          <Typography.Text type="secondary" className="member-email">
            {row.email}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('users.role'), dataIndex: 'role', width: 110, render: (_, row) => <Tag color="blue">{t(`enums.Role.${row.role}`)}</Tag> },
    { title: t('users.organisation'), key: 'organisation', width: 180, render: (_, row) => row.organisation?.name ?? t('common.none') },
    {
      title: t('users.status'),
      key: 'status',
      width: 100,
      render: (_, row) =>
        row.deactivatedAt ? <Tag color="red">{t('users.deactivated')}</Tag> : <Tag color="green">{t('users.active')}</Tag>,
    },
    { title: t('users.createdAt'), dataIndex: 'createdAt', width: 120, render: (value: string) => formatDate(value) },
    {
      title: t('users.actions'),
      key: 'actions',
      width: 190,
      render: (_, row) =>
        row.id === me.id ? null : (
          <Space wrap size="small">
            <Button
              size="small"
              onClick={() => setChanging({ id: row.id, displayName: row.displayName, role: row.role, organisationId: row.organisation?.id ?? null })}
              data-testid={`change-role-${row.email}`}
            >
              {t('users.changeRole')}
            </Button>
            {row.deactivatedAt ? (
              <Popconfirm
                title={t('users.reactivateConfirm', { name: row.displayName })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  run(async () => (await reactivate({ variables: { input: { userId: row.id } } })).data?.reactivateUser, t('users.reactivated', { name: row.displayName }))
                }
              >
                <Button size="small" data-testid={`reactivate-${row.email}`}>
                  {t('users.reactivate')}
                </Button>
              </Popconfirm>
            ) : (
              <Popconfirm
                title={t('users.deactivateConfirm', { name: row.displayName })}
                okText={t('users.deactivate')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  run(async () => (await deactivate({ variables: { input: { userId: row.id } } })).data?.deactivateUser, t('users.deactivatedDone', { name: row.displayName }))
                }
              >
                <Button size="small" danger data-testid={`deactivate-${row.email}`}>
                  {t('users.deactivate')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={<UserFilters value={filters} onChange={setFilters} organisations={organisations} />}
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <Card>
        <ConnectionTable<Row>
          connection={data?.users}
          columns={columns}
          loading={loading}
          scrollX={800}
          testId="users-table"
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
        />
      </Card>
      <ChangeRoleDialog
        target={changing}
        organisations={organisations}
        onClose={() => setChanging(null)}
        onChanged={(name) => {
          setChanging(null);
          void message.success(t('users.roleChanged', { name }));
          void refetch();
        }}
      />
    </div>
  );
}
