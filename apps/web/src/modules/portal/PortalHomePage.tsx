import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../auth/session-context';
import { MyOrganisationCard } from './MyOrganisationCard';
import { MyProjectsCard } from './MyProjectsCard';

export function PortalHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <div>
      <PageHeader title={t('portal.welcome', { name: user.displayName })} subtitle={user.organisation?.name} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <MyProjectsCard />
        </Col>
        <Col xs={24} lg={9}>
          <MyOrganisationCard />
        </Col>
      </Row>
    </div>
  );
}
