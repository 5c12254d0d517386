import { Alert, Card, Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { dataAttributes } from './data-attributes';
import { useOrganisationColours } from './org-colours';
import { QueueHead } from './QueueHead';
import { useOrganisationWeights, type WeightsRow } from './use-organisation-weights';
import { weightsColumns } from './weights-columns';

/** Fair-share weight and card quota per organisation, edited inline; the queue beside it shows the effect. */
export function OrganisationWeights({ clusterId, cardTypes, canEdit }: { clusterId: string; cardTypes: readonly string[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const colourOf = useOrganisationColours();
  const model = useOrganisationWeights();
  const { data, loading, error, fieldErrors, rows } = model;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={16}>
        <Card title={t('compute.weightsTitle')} extra={<Typography.Text type="secondary">{t('compute.weightsHint')}</Typography.Text>}>
          {error && !data && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 12 }} />}
          {fieldErrors.general && <Alert type="error" showIcon title={fieldErrors.general} style={{ marginBottom: 12 }} data-testid="weights-error" />}
          <Table<WeightsRow>
            rowKey={(row) => row.organisation.id}
            size="small"
            columns={weightsColumns(model, t, format, colourOf, canEdit)}
            dataSource={rows}
            loading={loading && !data}
            pagination={false}
            onRow={(row) => ({ ...dataAttributes({ testid: `weights-row-${row.organisation.id}`, 'organisation-name': row.organisation.name }) })}
            data-testid="weights-table"
          />
        </Card>
      </Col>
      <Col xs={24} xxl={8}>
        <QueueHead clusterId={clusterId} cardTypes={cardTypes} />
      </Col>
    </Row>
  );
}
