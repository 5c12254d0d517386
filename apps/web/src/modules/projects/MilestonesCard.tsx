import { CheckOutlined, FlagOutlined, PlusOutlined, RollbackOutlined, UploadOutlined, WarningFilled } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectMilestonesQuery as ProjectMilestonesData } from '../../gql/graphql';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { formatDateTime } from '../../shared/lib/datetime';
import { testId } from '../../shared/lib/test-id';
import { isHttpsLink, MILESTONE_KEY_PATTERN, milestoneActions, milestoneTagColor, suggestMilestoneKey } from './milestone-view';
import {
  AcceptMilestoneMutation,
  AddMilestoneMutation,
  ProjectMilestonesQuery,
  ReturnMilestoneMutation,
  SubmitMilestoneEvidenceMutation,
} from './milestones.operations';

type Milestone = NonNullable<ProjectMilestonesData['project']>['milestones'][number];
type Dialog = { kind: 'add' } | { kind: 'submit'; milestone: Milestone } | { kind: 'decide'; milestone: Milestone } | null;

interface Props {
  projectId: string;
  /** Managers and admins: add milestones, accept or return evidence. */
  canWrite: boolean;
  /** Founders of the project: submit evidence. */
  canSubmit: boolean;
}

/** The project's milestones: due dates (Asia/Shanghai), status, evidence; overdue ones flagged. */
export function MilestonesCard({ projectId, canWrite, canSubmit }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading } = useQuery(ProjectMilestonesQuery, { variables: { id: projectId } });
  const project = data?.project;
  const overdue = new Set(project?.overdueMilestones.map((m) => m.id));
  const milestones = project?.milestones ?? [];

  return (
    <Card
      title={
        <Space size={8}>
          <FlagOutlined />
          {t('milestones.title')}
          {overdue.size > 0 && (
            <Tag color="volcano" icon={<WarningFilled />} data-testid="milestones-overdue-count">
              {t('milestones.overdueCount', { count: overdue.size })}
            </Tag>
          )}
        </Space>
      }
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })} data-testid="milestone-add">
            {t('milestones.add')}
          </Button>
        )
      }
      loading={!data && loading}
      data-testid="milestones-card"
    >
      {milestones.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('milestones.empty')} />
      ) : (
        <List
          dataSource={milestones}
          rowKey="id"
          renderItem={(milestone) => {
            // Accepted is never overdue (the API's rule); the overdue list may arrive a moment after the status.
            const late = milestone.status !== 'ACCEPTED' && overdue.has(milestone.id);
            const actions = milestoneActions(milestone.status, { submit: canSubmit, decide: canWrite });
            return (
              <List.Item
                className={`milestone-item${late ? ' milestone-item-overdue' : ''}`}
                data-testid={`milestone-${milestone.key}`}
                data-status={milestone.status}
                data-overdue={late}
              >
                <List.Item.Meta
                  title={
                    <Space size={[8, 4]} wrap>
                      <Typography.Text strong>{milestone.title}</Typography.Text>
                      <Tag color={milestoneTagColor(milestone.status, late)}>{t(`enums.MilestoneStatus.${milestone.status}`)}</Tag>
                      {late && <Tag color="volcano" icon={<WarningFilled />}>{t('milestones.overdue')}</Tag>}
                      {project?.nextMilestone?.id === milestone.id && !late && <Tag color="blue">{t('milestones.next')}</Tag>}
                    </Space>
                  }
                  description={
                    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                      <Typography.Text type={late ? 'danger' : 'secondary'}>{t('milestones.dueOn', { date: milestone.dueOn })}</Typography.Text>
                      <Typography.Text type="secondary">{t('milestones.asked', { evidence: milestone.evidenceRequested })}</Typography.Text>
                      {milestone.evidence && (
                        <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 3, expandable: true }}>
                          {t('milestones.evidence')}：{milestone.evidence}
                          {milestone.evidenceUrl && (
                            <>
                              {' '}
                              <a href={milestone.evidenceUrl} target="_blank" rel="noopener noreferrer">
                                {t('milestones.link')}
                              </a>
                            </>
                          )}
                        </Typography.Paragraph>
                      )}
                      {milestone.decisionNote && (
                        <Typography.Text type={milestone.status === 'RETURNED' ? 'warning' : 'secondary'}>
                          {t('milestones.note', { note: milestone.decisionNote, date: formatDateTime(milestone.decidedAt) })}
                        </Typography.Text>
                      )}
                      {(actions.submit || actions.decide) && (
                        <Space size={8} wrap style={{ marginTop: 6 }}>
                          {actions.submit && (
                            <Button size="small" type="primary" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'submit', milestone })} data-testid="milestone-submit">
                              {milestone.status === 'RETURNED' ? t('milestones.resubmit') : t('milestones.submit')}
                            </Button>
                          )}
                          {actions.decide && (
                            <Button size="small" type="primary" onClick={() => setDialog({ kind: 'decide', milestone })} data-testid="milestone-decide">
                              {t('milestones.review')}
                            </Button>
                          )}
                        </Space>
                      )}
                    </Space>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      {dialog?.kind === 'add' && <AddMilestoneDialog projectId={projectId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'submit' && <SubmitEvidenceDialog milestone={dialog.milestone} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'decide' && <DecideDialog milestone={dialog.milestone} onClose={() => setDialog(null)} />}
    </Card>
  );
}

const refetch = { refetchQueries: [ProjectMilestonesQuery], awaitRefetchQueries: true };

function AddMilestoneDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; key: string; dueOn: Dayjs; evidenceRequested: string }>();
  const showing = useUserErrorForm(form);
  const [mutate, { loading }] = useMutation(AddMilestoneMutation, refetch);
  const onFinish = async (values: { title: string; key: string; dueOn: Dayjs; evidenceRequested: string }) => {
    const input = { projectId, key: values.key.trim(), title: values.title.trim(), dueOn: values.dueOn.format('YYYY-MM-DD'), evidenceRequested: values.evidenceRequested.trim() };
    const payload = await showing.submit(async () => (await mutate({ variables: { input } })).data?.addMilestone);
    if (!payload) return;
    void message.success(t('milestones.added'));
    onClose();
  };
  const required = { required: true, whitespace: true, message: t('milestones.required') };
  return (
    <Modal open title={t('milestones.addTitle')} okText={t('common.confirm')} cancelText={t('common.cancel')} confirmLoading={loading} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden okButtonProps={testId('milestone-add-submit')}>
      {showing.formError && <Alert type="error" showIcon title={showing.formError} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: { title?: string }) => {
          if (changed.title !== undefined && !form.isFieldTouched('key')) form.setFieldValue('key', suggestMilestoneKey(changed.title));
        }}
      >
        <Form.Item name="title" label={t('milestones.fieldTitle')} rules={[required]}>
          <Input maxLength={200} placeholder={t('milestones.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('milestones.fieldKey')}
          extra={t('milestones.keyHelp')}
          rules={[required, { pattern: MILESTONE_KEY_PATTERN, message: t('milestones.keyRule') }, { max: 60, message: t('milestones.keyRule') }]}
        >
          <Input maxLength={60} placeholder="model-adapted" />
        </Form.Item>
        <Form.Item name="dueOn" label={t('milestones.fieldDueOn')} extra={t('milestones.dueHelp')} rules={[{ required: true, message: t('milestones.required') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="evidenceRequested" label={t('milestones.fieldEvidenceRequested')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('milestones.evidenceRequestedPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SubmitEvidenceDialog({ milestone, onClose }: { milestone: Milestone; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ evidence: string; evidenceUrl?: string }>();
  const showing = useUserErrorForm(form);
  const [mutate, { loading }] = useMutation(SubmitMilestoneEvidenceMutation, refetch);
  const onFinish = async (values: { evidence: string; evidenceUrl?: string }) => {
    const input = { milestoneId: milestone.id, evidence: values.evidence.trim(), evidenceUrl: values.evidenceUrl?.trim() || null };
    const payload = await showing.submit(async () => (await mutate({ variables: { input } })).data?.submitMilestoneEvidence);
    if (!payload) return;
    void message.success(t('milestones.submitted'));
    onClose();
  };
  return (
    <Modal open title={t('milestones.submitTitle', { title: milestone.title })} okText={t('common.submit')} cancelText={t('common.cancel')} confirmLoading={loading} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden okButtonProps={testId('milestone-submit-confirm')}>
      <Typography.Paragraph type="secondary">{t('milestones.asked', { evidence: milestone.evidenceRequested })}</Typography.Paragraph>
      {milestone.status === 'RETURNED' && milestone.decisionNote && (
        <Alert type="warning" showIcon title={t('milestones.returnedBecause', { note: milestone.decisionNote })} style={{ marginBottom: 12 }} />
      )}
      {showing.formError && <Alert type="error" showIcon title={showing.formError} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ evidence: milestone.evidence ?? '', evidenceUrl: milestone.evidenceUrl ?? '' }}>
        <Form.Item name="evidence" label={t('milestones.evidence')} rules={[{ required: true, whitespace: true, message: t('milestones.required') }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="evidenceUrl"
          label={t('milestones.fieldUrl')}
          extra={t('milestones.urlHelp')}
          rules={[{ validator: (_, value?: string) => (!value?.trim() || isHttpsLink(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('milestones.urlRule')))) }]}
        >
          <Input maxLength={2000} placeholder="https://" inputMode="url" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DecideDialog({ milestone, onClose }: { milestone: Milestone; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const showing = useUserErrorForm(form);
  const [accept, accepting] = useMutation(AcceptMilestoneMutation, refetch);
  const [giveBack, returning] = useMutation(ReturnMilestoneMutation, refetch);

  const onAccept = async () => {
    const note = (form.getFieldValue('note') as string | undefined)?.trim() || null;
    const payload = await showing.submit(async () => (await accept({ variables: { input: { milestoneId: milestone.id, note } } })).data?.acceptMilestone);
    if (!payload) return;
    void message.success(t('milestones.accepted'));
    onClose();
  };
  const onReturn = async () => {
    const { note } = await form.validateFields().catch(() => ({ note: undefined }));
    if (!note?.trim()) {
      form.setFields([{ name: 'note', errors: [t('milestones.noteRequired')] }]);
      return;
    }
    const payload = await showing.submit(async () => (await giveBack({ variables: { input: { milestoneId: milestone.id, note: note.trim() } } })).data?.returnMilestone);
    if (!payload) return;
    void message.success(t('milestones.returned'));
    onClose();
  };

  return (
    <Modal
      open
      title={t('milestones.reviewTitle', { title: milestone.title })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button danger icon={<RollbackOutlined />} loading={returning.loading} onClick={() => void onReturn()} data-testid="milestone-return">
            {t('milestones.return')}
          </Button>
          <Button type="primary" icon={<CheckOutlined />} loading={accepting.loading} onClick={() => void onAccept()} data-testid="milestone-accept">
            {t('milestones.accept')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('milestones.asked', { evidence: milestone.evidenceRequested })}</Typography.Text>
        <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{milestone.evidence}</Typography.Paragraph>
        {milestone.evidenceUrl && (
          <a href={milestone.evidenceUrl} target="_blank" rel="noopener noreferrer">
            {milestone.evidenceUrl}
          </a>
        )}
        <Typography.Text type="secondary">{t('milestones.submittedAt', { date: formatDateTime(milestone.submittedAt) })}</Typography.Text>
        {showing.formError && <Alert type="error" showIcon title={showing.formError} />}
        <Form form={form} layout="vertical">
          <Form.Item name="note" label={t('milestones.fieldNote')} extra={t('milestones.noteHelp')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
