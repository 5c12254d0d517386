import { useMutation } from '@apollo/client/react';
import { checkAdaptationGate, nextStages, TRANSITION_REASON_MAX, TRANSITION_REASON_MIN } from '@suanli/domain';
import { Alert, App, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdaptationChecklistItem, ProjectStage } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { StageTag } from '../../shared/ui/enum-tags';
import { testId } from '../../shared/lib/test-id';
import { TransitionProjectMutation } from './projects.operations';
import type { DocumentNode } from 'graphql';

export interface TransitionTarget {
  id: string;
  name: string;
  stage: ProjectStage;
  availableTransitions: readonly ProjectStage[];
  adaptation?: { completedItems: readonly AdaptationChecklistItem[]; overdue: boolean; dueAt: string } | null;
}

/**
 * A stage the state machine allows but the adaptation gate holds back (the API leaves it out of
 * availableTransitions and refuses it): shown disabled with why, so nobody wonders where it went.
 */
function blockedByAdaptation(project: TransitionTarget, withdrawOnly: boolean) {
  if (withdrawOnly || project.stage !== 'ADAPTATION' || !project.adaptation) return null;
  const incubating = nextStages(project.stage).find((stage) => stage === 'INCUBATING');
  if (!incubating || project.availableTransitions.includes(incubating)) return null;
  const gate = checkAdaptationGate(incubating, project.adaptation.completedItems);
  return gate.ok ? null : { stage: incubating, done: gate.done, total: gate.total, overdue: project.adaptation.overdue, dueAt: project.adaptation.dueAt };
}

interface Props {
  project: TransitionTarget | null;
  onClose: () => void;
  /** Queries to refetch after a move, e.g. the pipeline board whose columns change. */
  refetchQueries?: DocumentNode[];
  withdrawOnly?: boolean;
}

interface Values {
  toStage: ProjectStage;
  reason: string;
}

export function TransitionModal({ project, onClose, refetchQueries = [], withdrawOnly = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // Errors on reason or toStage go under the field; the rest in the alert.
  const showing = useUserErrorForm(form);
  const error = showing.formError;
  const [mutate, { loading }] = useMutation(TransitionProjectMutation, {
    refetchQueries,
    awaitRefetchQueries: true,
  });

  const targets = project?.availableTransitions ?? [];
  const blocked = project ? blockedByAdaptation(project, withdrawOnly) : null;

  const close = () => {
    form.resetFields();
    showing.clearError();
    onClose();
  };

  const onFinish = async (values: Values) => {
    if (!project) return;
    const input = { projectId: project.id, toStage: values.toStage, reason: values.reason.trim() };
    const payload = await showing.submit(async () => (await mutate({ variables: { input } })).data?.transitionProject);
    if (!payload) return;
    void message.success(t('transition.success', { stage: t(`enums.ProjectStage.${values.toStage}`) }));
    close();
  };

  return (
    <Modal
      open={project !== null}
      title={withdrawOnly ? t('transition.withdrawTitle') : t('transition.title')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      okButtonProps={{ ...testId('transition-submit'), danger: withdrawOnly, disabled: targets.length === 0 }}
    >
      {project && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="transition-modal-body">
          <Space wrap>
            <Typography.Text strong>{project.name}</Typography.Text>
            <Typography.Text type="secondary">{t('transition.current')}</Typography.Text>
            <StageTag stage={project.stage} />
          </Space>
          {error && <Alert type="error" showIcon title={error} data-testid="transition-error" />}
          {blocked && (
            <Alert
              type="warning"
              showIcon
              title={t('transition.blockedTitle')}
              description={
                <>
                  {t('transition.incubationBlocked', { done: blocked.done, total: blocked.total })}
                  {blocked.overdue && ` ${t('transition.incubationBlockedOverdue', { date: formatDateTime(blocked.dueAt) })}`}
                </>
              }
              data-testid="transition-blocked"
            />
          )}
          {targets.length === 0 ? (
            <Alert type="info" showIcon title={t('transition.none')} />
          ) : (
            <Form
              form={form}
              layout="vertical"
              onFinish={onFinish}
              initialValues={{ toStage: targets.length === 1 ? targets[0] : undefined, reason: '' }}
            >
              <Form.Item name="toStage" label={t('transition.target')} rules={[{ required: true, message: t('transition.targetRequired') }]}>
                <Radio.Group optionType="button" buttonStyle="solid">
                  {/* INCUBATING comes before REJECTED and EXITED in the stage order. */}
                  {blocked && (
                    <Radio.Button value={blocked.stage} disabled>
                      <span data-testid={`transition-target-${blocked.stage}`} data-blocked="true">
                        {t(`enums.ProjectStage.${blocked.stage}`)}
                      </span>
                    </Radio.Button>
                  )}
                  {targets.map((stage) => (
                    <Radio.Button key={stage} value={stage}>
                      <span data-testid={`transition-target-${stage}`}>{t(`enums.ProjectStage.${stage}`)}</span>
                    </Radio.Button>
                  ))}
                </Radio.Group>
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('transition.reason')}
                rules={[
                  { required: true, whitespace: true, message: t('transition.reasonRequired') },
                  { min: TRANSITION_REASON_MIN, message: t('transition.reasonTooShort', { min: TRANSITION_REASON_MIN }) },
                ]}
              >
                <Input.TextArea
                  rows={4}
                  maxLength={TRANSITION_REASON_MAX}
                  showCount
                  placeholder={t('transition.reasonPlaceholder')}
                  data-testid="transition-reason"
                />
              </Form.Item>
            </Form>
          )}
        </Space>
      )}
    </Modal>
  );
}
