import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Form, Input, Popconfirm, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedUrgency, ResourceKind } from '../../gql/graphql';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { MatchTagsFields } from './match-tags';
import { NEED_URGENCIES, RESOURCE_KINDS, type TagFamily } from './matchmaking-enums';
import { tagsInput } from './matchmaking-model';
import { CloseMatchNeedMutation, MatchNeedsQuery, MyProjectsForNeedsQuery, PostMatchNeedMutation } from './matchmaking.operations';
import { appendNeeds, needColumns, type NeedRow } from './need-columns';
import { useMatchAction } from './use-match-action';

interface Values {
  kind: ResourceKind;
  projectId: string;
  urgency: NeedUrgency;
  description: string;
  tags?: Partial<Record<TagFamily, string[]>>;
}

/** 我的需求: the startup posts what it needs (a mentor, a customer, data …) for one of its projects and follows each need's state. */
export function MyNeedsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useMatchAction();
  const [form] = Form.useForm<Values>();
  const errors = useUserErrorForm(form);
  const [posting, setPosting] = useState(false);
  const projects = useQuery(MyProjectsForNeedsQuery);
  const { data, loading, error, fetchMore } = useQuery(MatchNeedsQuery, { variables: { first: 50 } });
  const [post, { loading: sending }] = useMutation(PostMatchNeedMutation, { refetchQueries: [MatchNeedsQuery], awaitRefetchQueries: true });
  const [close, { loading: closing }] = useMutation(CloseMatchNeedMutation, { refetchQueries: [MatchNeedsQuery] });
  const projectOptions = (projects.data?.projects.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name} · ${t(`enums.ProjectStage.${node.stage}`)}` }));

  const submit = async (values: Values) => {
    const input = { kind: values.kind, projectId: values.projectId, urgency: values.urgency, description: values.description.trim(), tags: tagsInput(values.tags ?? {}) };
    if (await errors.submit(() => post({ variables: { input } }).then((r) => r.data?.postMatchNeed))) {
      void message.success(t('matchmaking.portal.needPosted'));
      form.resetFields();
      setPosting(false);
    }
  };
  const columns = [
    ...needColumns(t, false),
    {
      key: 'actions',
      title: '',
      render: (_: unknown, row: NeedRow) => row.state === 'OPEN' && (
        <Popconfirm title={t('matchmaking.portal.closeConfirm')} onConfirm={() => void act(async () => (await close({ variables: { input: { needId: row.id } } })).data?.closeMatchNeed, t('matchmaking.portal.needClosed'))}>
          <Button size="small" loading={closing} data-testid="need-close">{t('matchmaking.portal.closeNeed')}</Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <div data-testid="my-needs-page">
      <PageHeader title={t('matchmaking.portal.needsTitle')} subtitle={t('matchmaking.portal.needsSubtitle')}
        extra={!posting && <Button type="primary" onClick={() => setPosting(true)} data-testid="need-new">{t('matchmaking.portal.postNeed')}</Button>} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {posting && (
          <Card title={t('matchmaking.portal.postNeed')} data-testid="need-form-card">
            {errors.formError && <Alert type="error" showIcon title={errors.formError} style={{ marginBottom: 16 }} data-testid="need-form-error" />}
            <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'MENTOR', urgency: 'NORMAL' }} onFinish={(v) => void submit(v)} data-testid="need-form">
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name="kind" label={t('matchmaking.portal.whatKind')} rules={[{ required: true }]}>
                    <Select data-testid="need-kind" options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`enums.ResourceKind.${k}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item name="projectId" label={t('matchmaking.needs.project')} rules={[{ required: true, message: t('matchmaking.required') }]}>
                    <Select data-testid="need-project" options={projectOptions} loading={projects.loading} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name="urgency" label={t('matchmaking.needs.urgency')}>
                    <Select data-testid="need-urgency-select" options={NEED_URGENCIES.map((u) => ({ value: u, label: t(`enums.NeedUrgency.${u}`) }))} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="description" label={t('matchmaking.needs.description')} rules={[{ required: true, whitespace: true, message: t('matchmaking.required') }, { max: 4000 }]}>
                <Input.TextArea rows={3} maxLength={4000} placeholder={t('matchmaking.portal.descriptionPlaceholder')} data-testid="need-description-input" />
              </Form.Item>
              <MatchTagsFields />
              <Space wrap>
                <Button type="primary" htmlType="submit" loading={sending} data-testid="need-submit">{t('matchmaking.portal.submitNeed')}</Button>
                <Button onClick={() => setPosting(false)}>{t('matchmaking.cancel')}</Button>
              </Space>
            </Form>
          </Card>
        )}
        <Card>
          {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            <Tag color="processing">{t('enums.NeedState.OPEN')}</Tag>{t('matchmaking.portal.stateHint')}
          </Typography.Paragraph>
          <ConnectionTable<NeedRow> connection={data?.matchNeeds} columns={columns} loading={loading} scrollX={1000} testId="my-needs-table"
            onLoadMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendNeeds })} />
        </Card>
      </Space>
    </div>
  );
}
