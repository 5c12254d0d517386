import { useMutation, useQuery } from '@apollo/client/react';
import { COMPUTE_STAGES, isStaff, MAX_DURATION_S, MIN_DURATION_S, PRIORITY_CLASSES } from '@suanli/domain';
import { Alert, App, Button, Card, Col, DatePicker, Form, InputNumber, Radio, Row, Select, Skeleton, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PriorityClass } from '../../gql/graphql';
import { DISPLAY_TIME_ZONE, formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField } from '../../shared/lib/user-errors';
import { StageTag } from '../../shared/ui/enum-tags';
import { PageHeader } from '../../shared/ui/PageHeader';
import '../compute/compute.css';
import { useSession } from '../auth/session-context';
import { CreateAllocationRequestMutation, MyAllocationsQuery, MyUsageQuery, RequestComputeFormQuery, SchedulingSnapshotQuery, UrgentBudgetQuery } from './compute-portal.operations';
import { MyAllocationsCard } from './MyAllocationsCard';
import { MyUsageCard } from './MyUsageCard';
import { UrgencyNotice, urgencyTakesEffect } from './UrgencyNotice';
import { WhatIfCard } from './WhatIfCard';
import type { WhatIfRequest } from './what-if';
import { useLocale } from '../../shared/i18n/use-locale';

interface Values {
  projectId?: string;
  cardType?: string;
  cards?: number | null;
  hours?: number | null;
  priority: PriorityClass;
  preemptible: boolean;
  earliestStartAt?: Dayjs | null;
}

const FIELDS = ['projectId', 'cardType', 'cards', 'durationS', 'priority', 'preemptible', 'earliestStartAt'] as const;

/** The picker shows the browser's wall clock; the centre's clock is Asia/Shanghai, so re-read it there. */
function shanghaiInstant(value: Dayjs): dayjs.Dayjs {
  return dayjs.tz(value.format('YYYY-MM-DD HH:mm'), DISPLAY_TIME_ZONE);
}

function toRequest(values: Partial<Values>): WhatIfRequest | null {
  const { cardType, cards, hours } = values;
  if (!cardType || !cards || !hours || cards < 1 || hours <= 0) return null;
  return {
    cardType,
    cards,
    durationS: Math.round(hours * 3600),
    priority: values.priority ?? 'STANDARD',
    preemptible: values.preemptible ?? false,
    earliestStartS: values.earliestStartAt ? shanghaiInstant(values.earliestStartAt).unix() : null,
  };
}

/** 申请算力: the request form with a live what-if estimate beside it, then my allocations and usage. */
export function RequestComputePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const { data, loading, error } = useQuery(RequestComputeFormQuery);
  const [create, { loading: creating }] = useMutation(CreateAllocationRequestMutation, {
    refetchQueries: [MyAllocationsQuery, SchedulingSnapshotQuery, MyUsageQuery, UrgentBudgetQuery],
  });
  const { user } = useSession();
  const staff = !!user && isStaff(user.role);
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const { data: budgetData } = useQuery(UrgentBudgetQuery, { skip: staff || watched?.priority !== 'URGENT' });
  const budget = budgetData?.urgentBudget ?? null;
  const request = useMemo(() => toRequest(watched ?? {}), [watched]);
  // The what-if previews the class the scheduler will use: a founder's URGENT outside the budget counts as STANDARD.
  const preview = useMemo(
    () => (request && request.priority === 'URGENT' && !urgencyTakesEffect(request, staff, budget) ? { ...request, priority: 'STANDARD' as const } : request),
    [request, staff, budget],
  );

  const cluster = data?.clusters[0];
  const projects = (data?.projects.edges.map((e) => e.node) ?? []).filter((p) => (COMPUTE_STAGES as readonly string[]).includes(p.stage));
  const capacity = useMemo(() => {
    const byType = new Map<string, { cards: number; domainSize: number }>();
    for (const node of cluster?.nodes ?? []) {
      const entry = byType.get(node.cardType) ?? { cards: 0, domainSize: node.domainSize };
      entry.cards += node.cardsPerNode;
      byType.set(node.cardType, entry);
    }
    return byType;
  }, [cluster]);
  const typeInfo = watched?.cardType ? capacity.get(watched.cardType) : undefined;

  const onFinish = async (values: Values) => {
    setFormError(null);
    setSubmitted(null);
    const req = toRequest(values);
    if (!req || !values.projectId) return;
    try {
      const { data: result } = await create({
        variables: {
          locale,
          input: {
            projectId: values.projectId,
            clusterId: cluster?.id,
            cardType: req.cardType,
            cards: req.cards,
            durationS: req.durationS,
            priority: req.priority,
            preemptible: req.preemptible,
            earliestStartAt: values.earliestStartAt ? shanghaiInstant(values.earliestStartAt).toISOString() : null,
          },
        },
      });
      const payload = result?.createAllocationRequest;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const field = userErrorField(userError);
          const name = field === 'durationS' ? 'hours' : field;
          if (name && (FIELDS as readonly string[]).concat('hours').includes(name)) {
            form.setFields([{ name: name as keyof Values, errors: [describeUserError(userError, t)] }]);
          } else general.push(describeUserError(userError, t));
        }
        if (general.length > 0) setFormError(general.join('；'));
        return;
      }
      const created = payload.allocationRequest;
      if (!created) return;
      const summary =
        created.state === 'RUNNING'
          ? t('request.submittedRunning', { cards: created.cards, cardType: created.cardType })
          : created.queuePosition == null
            ? t('request.submittedScheduling')
            : t('request.submittedQueued', {
              position: created.queuePosition ?? '—',
              time: created.estimatedStartAt ? formatDateTime(created.estimatedStartAt) : t('compute.neverFits'),
            });
      setSubmitted(created.urgency === 'AWAITING_APPROVAL' ? `${summary} ${t('urgency.submittedAwaiting')}` : summary);
      void message.success(t('request.submitted'));
    } catch (requestError) {
      setFormError(describeRequestError(requestError, t));
    }
  };

  const priority = watched?.priority ?? 'STANDARD';
  return (
    <div data-testid="request-compute-page">
      <PageHeader title={t('request.title')} subtitle={t('request.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('request.formTitle')}>
            {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 12 }} />}
            {!data && loading ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : projects.length === 0 ? (
              <Alert type="info" showIcon title={t('request.noProjects')} description={<Link to="/portal">{t('nav.portal')}</Link>} data-testid="request-no-projects" />
            ) : (
              <Form
                form={form}
                layout="vertical"
                onFinish={onFinish}
                onValuesChange={() => setSubmitted(null)}
                initialValues={{
                  projectId: projects.length === 1 ? projects[0]!.id : undefined,
                  cardType: cluster?.cardTypes.includes('Ascend 910B') ? 'Ascend 910B' : cluster?.cardTypes[0],
                  cards: 8,
                  hours: 4,
                  priority: 'STANDARD',
                  preemptible: false,
                  earliestStartAt: null,
                }}
              >
                {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} data-testid="request-error" />}
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
                    <Form.Item
                      name="cards"
                      label={t('request.cards')}
                      rules={[{ required: true, message: t('request.cardsRequired') }]}
                      extra={typeInfo ? t('request.cardsHint', { total: typeInfo.cards, domain: typeInfo.domainSize }) : undefined}
                    >
                      <InputNumber min={1} max={typeInfo?.cards} precision={0} style={{ width: '100%' }} data-testid="request-cards" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item
                      name="hours"
                      label={t('request.hours')}
                      rules={[
                        { required: true, message: t('request.hoursRequired') },
                        { type: 'number', min: MIN_DURATION_S / 3600, max: MAX_DURATION_S / 3600, message: t('request.hoursRange', { max: MAX_DURATION_S / 3600 }) },
                      ]}
                    >
                      <InputNumber min={0.25} max={MAX_DURATION_S / 3600} step={1} style={{ width: '100%' }} data-testid="request-hours" />
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
                {submitted && <Alert type="success" showIcon title={submitted} style={{ marginBottom: 12 }} data-testid="request-submitted" />}
                <Button type="primary" htmlType="submit" loading={creating} data-testid="request-submit">
                  {t('request.submit')}
                </Button>
                <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                  {t('request.submitHint')}
                </Typography.Text>
              </Form>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <WhatIfCard clusterId={cluster?.id} request={projects.length > 0 ? preview : null} />
        </Col>
        <Col xs={24} xl={14}>
          <MyAllocationsCard />
        </Col>
        <Col xs={24} xl={10}>
          <MyUsageCard projects={data?.projects.edges.map((e) => e.node) ?? []} />
        </Col>
      </Row>
    </div>
  );
}
