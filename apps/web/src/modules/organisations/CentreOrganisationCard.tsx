import { useQuery } from '@apollo/client/react';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InviteDialog } from '../accounts/InviteDialog';
import { useSession } from '../auth/session-context';
import { CentreOrganisationQuery } from './organisations.operations';

/** The centre is where its staff belong, not a tenant: shown apart from the tenants' table. */
export function CentreOrganisationCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data } = useQuery(CentreOrganisationQuery);
  const centre = data?.organisations.edges[0]?.node;
  if (!centre) return null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="centre-organisation">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space orientation="vertical" size={0}>
          <Typography.Text type="secondary">{t('organisations.centreTitle')}</Typography.Text>
          <Typography.Text strong>{centre.name}</Typography.Text>
          <Typography.Text type="secondary">{t('organisations.centreNote')}</Typography.Text>
        </Space>
        {can('INVITATION_WRITE') && can('USER_WRITE') && (
          <InviteDialog size="small" staff organisationId={centre.id} organisationName={centre.name} label={t('organisationAdmin.inviteStaff')} />
        )}
      </Space>
    </Card>
  );
}
