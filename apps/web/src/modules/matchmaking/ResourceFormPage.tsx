import { ArrowLeftOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Radio, Row, Select, Skeleton, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { CapacityPeriod, ConflictReason, MatchResourceQuery as MatchResourceData, ResourceKind } from '../../gql/graphql';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { useLocale } from '../../shared/i18n/use-locale';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../auth/session-context';
import { CAPACITY_PERIODS, CONFLICT_REASONS, RESOURCE_KINDS, type TagFamily } from './matchmaking-enums';
import { shanghaiDayOf, shanghaiDayStart, tagsInput } from './matchmaking-model';
import { ConsultantChoicesQuery, CreateMatchResourceMutation, MatchResourceQuery, MatchResourcesQuery, OrganisationChoicesQuery, UpdateMatchResourceMutation } from './matchmaking.operations';
import { MatchTagsFields } from './match-tags';
import { CapacityUse } from './resource-columns';

interface Values {
  kind: ResourceKind;
  name: string;
  description?: string;
  ownerType: 'USER' | 'ORGANISATION';
  ownerUserId?: string;
  ownerOrganisationId?: string;
  tags?: Partial<Record<TagFamily, string[]>>;
  capacity: number;
  capacityPeriod: CapacityPeriod;
  available: boolean;
  availableDays?: [Dayjs | null, Dayjs | null] | null;
  conflicts?: { organisationId?: string; reason?: ConflictReason }[];
}

type Resource = NonNullable<MatchResourceData['matchResource']>;

/** Every organisation, read page by page (a centre has hundreds at most), for the owner and conflict pickers. */
function useAllOrganisations() {
  const { data, loading, fetchMore } = useQuery(OrganisationChoicesQuery, { variables: {} });
  const page = data?.organisations.pageInfo;
  useEffect(() => {
    if (page?.hasNextPage && page.endCursor) {
      void fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({ organisations: { ...fetchMoreResult.organisations, edges: [...prev.organisations.edges, ...fetchMoreResult.organisations.edges] } }),
      });
    }
  }, [page, fetchMore]);
  return { list: data?.organisations.edges.map((e) => e.node) ?? [], loading: loading || !!page?.hasNextPage };
}

/** The form's values for an existing resource (days in Asia/Shanghai). */
function valuesOf(resource: Resource): Values {
  return {
    kind: resource.kind,
    name: resource.name,
    description: resource.description,
    ownerType: resource.ownerUserId ? 'USER' : 'ORGANISATION',
    ownerUserId: resource.ownerUserId ?? undefined,
    ownerOrganisationId: resource.ownerOrganisationId ?? undefined,
    tags: { industries: [...resource.tags.industries], technologies: [...resource.tags.technologies], stages: [...resource.tags.stages], regions: [...resource.tags.regions] },
    capacity: resource.capacity,
    capacityPeriod: resource.capacityPeriod,
    available: resource.available,
    availableDays: [resource.availableFrom ? dayjs(shanghaiDayOf(resource.availableFrom)) : null, resource.availableUntil ? dayjs(shanghaiDayOf(resource.availableUntil)) : null],
    conflicts: resource.conflicts.map((c) => ({ organisationId: c.organisationId, reason: c.reason })),
  };
}

/** 新增 / 编辑资源: kind and owner (fixed once created), tags, capacity per period, availability and conflicts of interest. */
export function ResourceFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const editing = id !== undefined;
  const resource = useQuery(MatchResourceQuery, { variables: { id: id ?? '' }, skip: !editing });
  const back = <Link to="/matchmaking/resources"><ArrowLeftOutlined /> {t('matchmaking.resources.back')}</Link>;
  if (editing && resource.error) return <Alert type="error" showIcon title={describeRequestError(resource.error, t)} description={back} />;
  if (editing && !resource.data) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
  if (editing && !resource.data?.matchResource) return <Empty description={t('common.notFound')}>{back}</Empty>;
  return <ResourceForm resource={resource.data?.matchResource ?? null} back={back} />;
}

function ResourceForm({ resource, back }: { resource: Resource | null; back: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useUserErrorForm(form);
  const organisationChoices = useAllOrganisations();
  const consultants = useQuery(ConsultantChoicesQuery);
  const refetchQueries = [MatchResourcesQuery, MatchResourceQuery];
  const [create, { loading: creating }] = useMutation(CreateMatchResourceMutation, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateMatchResourceMutation, { refetchQueries });
  const ownerType = Form.useWatch('ownerType', form);
  const available = Form.useWatch('available', form);

  const organisations = useMemo(
    () => organisationChoices.list.map((node) => ({ value: node.id, label: `${node.name} · ${t(`enums.OrganisationKind.${node.kind}`)}` })),
    [organisationChoices.list, t],
  );
  // A person owner: the manager themself or a consultant (managers cannot list every account).
  const people = useMemo(() => {
    const byId = new Map<string, string>([[me.id, `${me.displayName} (${t('matchmaking.resources.me')})`]]);
    for (const group of consultants.data?.consultantGroups ?? []) for (const m of group.members) if (!byId.has(m.userId)) byId.set(m.userId, m.displayName ?? m.userId);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [consultants.data, me, t]);

  const initialValues: Values = resource
    ? valuesOf(resource)
    : { kind: 'MENTOR', name: '', ownerType: 'ORGANISATION', capacity: 3, capacityPeriod: 'QUARTER', available: true, conflicts: [] };

  const submit = async (values: Values) => {
    const [from, until] = values.availableDays ?? [null, null];
    const fields = {
      name: values.name.trim(),
      description: values.description?.trim() ?? '',
      tags: tagsInput(values.tags ?? {}),
      capacity: values.capacity,
      capacityPeriod: values.capacityPeriod,
      available: values.available,
      availableFrom: from ? shanghaiDayStart(from.format('YYYY-MM-DD')) : null,
      // Until the end of the chosen Shanghai day.
      availableUntil: until ? new Date(Date.parse(shanghaiDayStart(until.format('YYYY-MM-DD'))) + 86_400_000 - 1000).toISOString() : null,
      conflicts: (values.conflicts ?? []).filter((c) => c.organisationId).map((c) => ({ organisationId: c.organisationId!, reason: c.reason ?? 'DECLARED' })),
    };
    if (resource) {
      const done = await errors.submit(() => update({ variables: { input: { ...fields, resourceId: resource.id } } }).then((r) => r.data?.updateMatchResource));
      if (done) void message.success(t('matchmaking.resources.saved'));
      return;
    }
    const owner = values.ownerType === 'USER' ? { ownerUserId: values.ownerUserId ?? null } : { ownerOrganisationId: values.ownerOrganisationId ?? null };
    const done = await errors.submit(() => create({ variables: { input: { ...fields, ...owner, kind: values.kind } } }).then((r) => r.data?.createMatchResource));
    if (done?.resource) {
      void message.success(t('matchmaking.resources.created'));
      void navigate(`/matchmaking/resources/${done.resource.id}`);
    }
  };

  return (
    <div data-testid="resource-form-page">
      <div style={{ marginBottom: 8 }}>{back}</div>
      <PageHeader title={resource ? resource.name : t('matchmaking.resources.new')} subtitle={t('matchmaking.resources.formSubtitle')}
        extra={resource && <CapacityUse resource={resource} locale={locale} />} />
      <Card style={{ maxWidth: 960 }}>
        {errors.formError && <Alert type="error" showIcon title={errors.formError} style={{ marginBottom: 16 }} data-testid="resource-form-error" />}
        <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)} data-testid="resource-form">
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('matchmaking.kind')} rules={[{ required: true }]} extra={resource ? t('matchmaking.resources.kindFixed') : undefined}>
                <Select disabled={!!resource} data-testid="resource-kind" options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`enums.ResourceKind.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('matchmaking.resources.name')} rules={[{ required: true, whitespace: true, message: t('matchmaking.required') }, { max: 120 }]}>
                <Input maxLength={120} data-testid="resource-name-input" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('matchmaking.resources.description')}>
            <Input.TextArea rows={3} maxLength={4000} data-testid="resource-description" />
          </Form.Item>
          <Form.Item name="ownerType" label={t('matchmaking.resources.owner')} extra={resource ? t('matchmaking.resources.ownerFixed') : t('matchmaking.resources.ownerHint')}>
            <Radio.Group disabled={!!resource} optionType="button" data-testid="resource-owner-type"
              options={[{ value: 'ORGANISATION', label: t('matchmaking.resources.ownerOrganisation') }, { value: 'USER', label: t('matchmaking.resources.ownerPerson') }]} />
          </Form.Item>
          {ownerType === 'USER' ? (
            <Form.Item name="ownerUserId" rules={[{ required: true, message: t('matchmaking.required') }]}>
              <Select disabled={!!resource} showSearch optionFilterProp="label" options={people} loading={consultants.loading} data-testid="resource-owner-user"
                placeholder={resource?.ownerName ?? t('matchmaking.resources.ownerPerson')} />
            </Form.Item>
          ) : (
            <Form.Item name="ownerOrganisationId" rules={[{ required: true, message: t('matchmaking.required') }]}>
              <Select disabled={!!resource} showSearch optionFilterProp="label" options={organisations} loading={organisationChoices.loading} data-testid="resource-owner-organisation"
                placeholder={resource?.ownerName ?? t('matchmaking.resources.ownerOrganisation')} />
            </Form.Item>
          )}
          <MatchTagsFields />
          <Row gutter={12}>
            <Col xs={12} md={6}>
              <Form.Item name="capacity" label={t('matchmaking.resources.capacity')} rules={[{ required: true, message: t('matchmaking.required') }]} extra={t('matchmaking.resources.capacityHint')}>
                <InputNumber precision={0} style={{ width: '100%' }} data-testid="resource-capacity-input" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="capacityPeriod" label={t('matchmaking.resources.period')}>
                <Select data-testid="resource-period" options={CAPACITY_PERIODS.map((p) => ({ value: p, label: t(`enums.CapacityPeriod.${p}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item name="available" label={t('matchmaking.resources.takesMatches')} valuePropName="checked">
                <Switch data-testid="resource-available" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="availableDays" label={t('matchmaking.resources.availableDays')} extra={t('matchmaking.resources.availableDaysHint')}>
                <DatePicker.RangePicker allowEmpty={[true, true]} disabled={available === false} style={{ width: '100%' }} data-testid="resource-available-days" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('matchmaking.resources.conflicts')} extra={t('matchmaking.resources.conflictsHint')}>
            <Form.List name="conflicts">
              {(items, { add, remove }) => (
                <Space orientation="vertical" style={{ width: '100%' }} data-testid="resource-conflicts">
                  {items.map((item) => (
                    <Space key={item.key} wrap align="baseline" data-testid="resource-conflict">
                      <Form.Item name={[item.name, 'organisationId']} rules={[{ required: true, message: t('matchmaking.required') }]} style={{ marginBottom: 0, minWidth: 240 }}>
                        <Select showSearch optionFilterProp="label" options={organisations} placeholder={t('matchmaking.resources.conflictOrganisation')} data-testid="conflict-organisation" />
                      </Form.Item>
                      <Form.Item name={[item.name, 'reason']} initialValue="DECLARED" style={{ marginBottom: 0, minWidth: 160 }}>
                        <Select options={CONFLICT_REASONS.map((r) => ({ value: r, label: t(`enums.ConflictReason.${r}`) }))} data-testid="conflict-reason" />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(item.name)} aria-label={t('matchmaking.resources.removeConflict')} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ reason: 'DECLARED' })} data-testid="conflict-add">{t('matchmaking.resources.addConflict')}</Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={creating || updating} data-testid="resource-submit">
            {resource ? t('matchmaking.save') : t('matchmaking.resources.create')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
