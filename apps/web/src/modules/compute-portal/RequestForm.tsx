import { PRIORITY_CLASSES } from '@suanli/domain';
import { Alert, Button, Col, DatePicker, Form, InputNumber, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StageTag } from '../../shared/ui/enum-tags';
import { defaultCardType, type RequestFormValues } from './request-form-model';
import type { RequestCompute } from './use-request-compute';
import { UrgencyNotice } from './UrgencyNotice';
import { CostLine } from './CostLine';

/** The request form itself; every decision is in useRequestCompute. */
export function RequestForm({ model }: { model: RequestCompute }) {
  const { t } = useTranslation();
  const { form, clusters, cluster, projects, typeInfo, priority, staff, budget, request, formError, submitted, creating, problemRule } = model;
  return (
    <Form<RequestFormValues>
      form={form}
      layout="vertical"
      onFinish={model.onFinish}
      onValuesChange={model.clearSubmitted}
      data-testid="request-form"
      initialValues={{
        projectId: projects.length === 1 ? projects[0]!.id : undefined,
        cardType: defaultCardType(cluster?.cardTypes ?? []),
        cards: 8,
        hours: 4,
        priority: 'STANDARD',
        preemptible: false,
        earliestStartAt: null,
      }}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} data-testid="request-error" />}
      {clusters.length > 1 && (
        <Form.Item label={t('request.cluster')}>
          <Select data-testid="request-cluster" value={cluster?.id} onChange={model.chooseCluster} options={clusters.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      )}
      <Form.Item name="projectId" label={t('request.project')} rules={[{ required: true, message: t('request.projectRequired') }]} extra={t('request.projectHint')}>
        <Select
          data-testid="request-project"
          placeholder={t('request.projectPlaceholder')}
          options={projects.map((p) => ({
            value: p.id,
            label: (
              <Space size={6}>
                <span>{p.name}</span>
                <StageTag stage={p.stage} />
              </Space>
            ),
            title: p.name,
          }))}
          optionRender={(option) => <span data-testid="request-project-option">{option.label}</span>}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="cardType" label={t('compute.cardType')} rules={[{ required: true, message: t('request.cardTypeRequired') }]}>
            <Radio.Group optionType="button" buttonStyle="solid" data-testid="request-card-type">
              {(cluster?.cardTypes ?? []).map((type) => (
                <Radio.Button key={type} value={type} data-testid={`request-card-type-${type.replace(/\s+/g, '-')}`}>
                  {type}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          {/* No min/max on the inputs: a clamped value hides the mistake; the rule names it instead. */}
          <Form.Item
            name="cards"
            label={t('request.cards')}
            dependencies={['cardType']}
            rules={[{ required: true, message: t('request.cardsRequired') }, problemRule('cards')]}
            extra={typeInfo ? t('request.cardsHint', { total: typeInfo.cards, domain: typeInfo.domainSize }) : undefined}
          >
            <InputNumber style={{ width: '100%' }} data-testid="request-cards" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="hours" label={t('request.hours')} rules={[{ required: true, message: t('request.hoursRequired') }, problemRule('hours')]}>
            <InputNumber step={1} style={{ width: '100%' }} data-testid="request-hours" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="priority" label={t('request.priority')} extra={t(`request.priorityHelp.${priority}`)}>
        <Radio.Group optionType="button" data-testid="request-priority">
          {PRIORITY_CLASSES.map((p) => (
            <Radio.Button key={p} value={p} data-testid={`request-priority-${p}`}>
              {t(`enums.PriorityClass.${p}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {priority === 'URGENT' && <UrgencyNotice request={request} staff={staff} budget={budget} />}
      <Row gutter={16}>
        <Col xs={24} sm={10}>
          <Form.Item name="preemptible" label={t('request.preemptible')} valuePropName="checked" extra={t('request.preemptibleHelp')}>
            <Switch data-testid="request-preemptible" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="earliestStartAt" label={t('request.earliestStart')} extra={t('request.earliestStartHelp')}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
              data-testid="request-earliest-start"
            />
          </Form.Item>
        </Col>
      </Row>
      <CostLine request={request} />
      {submitted && <Alert type="success" showIcon title={submitted} style={{ marginBottom: 12 }} data-testid="request-submitted" />}
      <Button type="primary" htmlType="submit" loading={creating} data-testid="request-submit">
        {t('request.submit')}
      </Button>
      <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
        {t('request.submitHint')}
      </Typography.Text>
    </Form>
  );
}
