import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MAX_SHARE_CLASS_LENGTH, PROJECT_STAGES, TERM_SHEET_PROBLEMS, type TermSheetProblem } from '@suanli/domain';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Space, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermSheetTermsInput } from '../../gql/graphql';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { testId } from '../../shared/lib/test-id';
import { yuanToFen } from '../../shared/lib/money';
import { describeUserError, userErrorField, type UserErrorLike } from '../../shared/lib/user-errors';
import { LiveCalculator } from './LiveCalculator';
import {
  calculate,
  parseShares,
  percentToBasisPoints,
  problemsAt,
  RELEASE_KINDS,
  termFieldOf,
  termsOfForm,
  toTermsInput,
  type ProblemPlace,
  type TermFormValues,
} from './term-form';

interface Props {
  initialValues: TermFormValues;
  /** Shown above the terms (the project picker when proposing). */
  header?: ReactNode;
  submitLabel: string;
  /** Sends the mutation; the payload's userErrors are shown on the form, which keeps every value. */
  onSubmit: (terms: TermSheetTermsInput, values: TermFormValues) => Promise<{ userErrors: readonly UserErrorLike[] } | null | undefined>;
  onCancel: () => void;
}

/** The codes inside an INVALID_TERMS message ("The terms do not hold together (A, B)"), in the reader's language. */
function problemCodesIn(message: string): TermSheetProblem[] {
  return TERM_SHEET_PROBLEMS.filter((problem) => new RegExp(`\\b${problem}\\b`).test(message));
}

function Problems({ codes }: { codes: readonly TermSheetProblem[] }) {
  const { t } = useTranslation();
  if (codes.length === 0) return null;
  return (
    <span className="term-problems">
      {codes.map((code) => (
        <Typography.Text key={code} type="warning" data-testid={`problem-${code}`} style={{ display: 'block' }}>
          {t(`equity.problems.${code}`)}
        </Typography.Text>
      ))}
    </span>
  );
}

/**
 * The term-sheet editor with its live calculator, for a proposal and a counter-offer alike: every
 * keystroke recomputes the figures and checkTermSheet's problems in the browser, shown beside the
 * fields they concern; the server checks again on submit and its userErrors land on the same form.
 */
export function TermSheetEditor({ initialValues, header, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TermFormValues>();
  // The whole form, hidden fields too (preserve), on every change, Form.List add/remove included.
  const watched = Form.useWatch((all: TermFormValues) => all, { form, preserve: true });
  const values = watched ?? initialValues;
  const [busy, setBusy] = useState(false);
  const calculation = useMemo(() => calculate(values), [values]);
  const errors = useUserErrorForm(form, {
    fieldOf: termFieldOf,
    describe: (error) => {
      if (error.code === 'INVALID_STATE' && userErrorField(error) === 'projectId') return t('equity.editor.projectHasOpenSheet');
      const codes = error.code === 'INVALID_TERMS' ? problemCodesIn(error.message) : [];
      return codes.length > 0 ? `${describeUserError(error, t)}${t('common.detailSeparator')}${codes.map((code) => t(`equity.problems.${code}`)).join(t('common.listSeparator'))}` : undefined;
    },
  });
  // undefined when there is nothing to say, so the field keeps no empty space below it.
  const at = (place: ProblemPlace) => {
    const codes = problemsAt(calculation.problems, place);
    return codes.length > 0 ? <Problems codes={codes} /> : undefined;
  };
  const required = { required: true, message: t('equity.field.required') };
  const parses = (parse: (text: string) => unknown, message: string) => ({
    validator: (_: unknown, text?: string) => (!text || parse(text) !== null ? Promise.resolve() : Promise.reject(new Error(message))),
  });
  const yuan = parses(yuanToFen, t('equity.field.notANumber'));
  const percent = parses(percentToBasisPoints, t('equity.field.notANumber'));
  const whole = parses(parseShares, t('equity.field.notWhole'));

  const finish = async (submitted: TermFormValues) => {
    const terms = termsOfForm({ ...values, ...submitted });
    if (!terms) return;
    setBusy(true);
    await errors.submit(() => onSubmit(toTermsInput(terms), submitted));
    setBusy(false);
  };

  return (
    <Form<TermFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(submitted) => void finish(submitted)}
      data-testid="term-sheet-editor"
      className="term-sheet-editor"
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {errors.formError && <Alert type="error" showIcon title={errors.formError} data-testid="editor-error" />}
            <Card size="small">
              {header}
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="credit" label={t('equity.field.credit')} rules={[required, yuan]} extra={at('credit')}>
                    <Input inputMode="decimal" prefix="¥" data-testid="term-credit" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="preMoney" label={t('equity.field.preMoney')} rules={[required, yuan]} extra={at('preMoney')}>
                    <Input inputMode="decimal" prefix="¥" data-testid="term-pre-money" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="preShares" label={t('equity.field.preShares')} rules={[required, whole]} extra={at('preShares')}>
                    <Input inputMode="numeric" data-testid="term-pre-shares" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="shareClass" label={t('equity.field.shareClass')} rules={[required]} extra={at('shareClass')}>
                    <Input maxLength={MAX_SHARE_CLASS_LENGTH} placeholder={t('equity.field.shareClassPlaceholder')} data-testid="term-share-class" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="expiresOn" label={t('equity.field.expiresOn')} rules={[required]} extra={at('expiresOn')}>
                    <Input type="date" data-testid="term-expires-on" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="buyBack" label={t('equity.field.buyBack')} valuePropName="checked" extra={at('buyBack')}>
                    <Switch data-testid="term-buy-back" />
                  </Form.Item>
                </Col>
                {values.buyBack && (
                  <>
                    <Col xs={12}>
                      <Form.Item name="buyBackMonths" label={t('equity.field.buyBackMonths')} rules={[required, whole]}>
                        <Input inputMode="numeric" data-testid="term-buy-back-months" />
                      </Form.Item>
                    </Col>
                    <Col xs={12}>
                      <Form.Item name="buyBackPremium" label={t('equity.field.buyBackPremium')} rules={[required, percent]}>
                        <Input inputMode="decimal" suffix="%" data-testid="term-buy-back-premium" />
                      </Form.Item>
                    </Col>
                  </>
                )}
              </Row>
            </Card>
            <Card size="small" title={t('equity.field.tranches')}>
              <Form.List name="tranches">
                {(rows, { add, remove }) => (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    {rows.map((row, index) => {
                      const kind = values.tranches?.[index]?.kind ?? 'ON_SIGNING';
                      return (
                        <div key={row.key} className="tranche-row" data-testid="tranche-row" data-index={index}>
                          <div className="tranche-row-head">
                            <Typography.Text strong>{t('equity.field.trancheNo', { n: index + 1 })}</Typography.Text>
                            <Button
                              type="text"
                              size="small"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('equity.field.removeTranche')}
                              onClick={() => remove(row.name)}
                              data-testid="tranche-remove"
                            />
                          </div>
                          <Row gutter={8} align="bottom">
                            <Col xs={8} sm={6}>
                              <Form.Item name={[row.name, 'percent']} label={t('equity.field.percent')} rules={[required, percent]}>
                                <Input inputMode="decimal" suffix="%" data-testid="tranche-percent" />
                              </Form.Item>
                            </Col>
                            <Col xs={16} sm={9}>
                              <Form.Item name={[row.name, 'kind']} label={t('equity.field.kind')} rules={[required]}>
                                <Select options={RELEASE_KINDS.map((value) => ({ value, label: t(`equity.releaseKind.${value}`) }))} {...testId('tranche-kind')} />
                              </Form.Item>
                            </Col>
                            {kind !== 'ON_SIGNING' && (
                              <Col xs={24} sm={9}>
                                {kind === 'PREVIOUS_DRAWN' && (
                                  <Form.Item name={[row.name, 'threshold']} label={t('equity.field.threshold')} rules={[required, percent]}>
                                    <Input inputMode="decimal" suffix="%" data-testid="tranche-threshold" />
                                  </Form.Item>
                                )}
                                {kind === 'STAGE_REACHED' && (
                                  <Form.Item name={[row.name, 'stage']} label={t('equity.field.stage')} rules={[required]}>
                                    <Select options={PROJECT_STAGES.map((value) => ({ value, label: t(`enums.ProjectStage.${value}`) }))} {...testId('tranche-stage')} />
                                  </Form.Item>
                                )}
                                {kind === 'DATE' && (
                                  <Form.Item name={[row.name, 'date']} label={t('equity.field.date')} rules={[required]}>
                                    <Input type="date" data-testid="tranche-date" />
                                  </Form.Item>
                                )}
                                {kind === 'MILESTONE_ACCEPTED' && (
                                  <Form.Item name={[row.name, 'milestoneKey']} label={t('equity.field.milestoneKey')} rules={[required]}>
                                    <Input maxLength={100} data-testid="tranche-milestone" />
                                  </Form.Item>
                                )}
                              </Col>
                            )}
                          </Row>
                        </div>
                      );
                    })}
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ percent: '', kind: 'ON_SIGNING' })} block data-testid="tranche-add">
                      {t('equity.field.addTranche')}
                    </Button>
                    {at('tranches')}
                  </Space>
                )}
              </Form.List>
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <div className="term-calculator-sticky">
            <LiveCalculator calculation={calculation} />
          </div>
        </Col>
      </Row>
      {/* Below the calculator on a phone, so its figures are read before sending. */}
      <Space wrap style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="term-submit">
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('equity.editor.cancel')}</Button>
      </Space>
    </Form>
  );
}
