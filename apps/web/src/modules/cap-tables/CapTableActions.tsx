import { MinusCircleOutlined, PlusOutlined, TagsOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, InputNumber, Radio, Select, Space, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CapTableViewFieldsFragment, ShareClassType, StakeholderEntityType, StakeholderKind } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatDate } from '../../shared/format/format';
import { yuanToFen } from '../../shared/lib/money';
import { buyBackableIssuances, buyBackPreviewFen, centreHeldUnder, groupedShares, sharesText, yuanPriceToFenText } from './cap-table-model';
import { CapTableDialog } from './CapTableDialog';
import { AddShareClassMutation, AddStakeholderMutation, CapTableListQuery, CapTableQuery, RecordBuyBackMutation, RecordIssuanceMutation } from './cap-tables.operations';

const KINDS: StakeholderKind[] = ['FOUNDER', 'INVESTOR', 'EMPLOYEE', 'OTHER'];
const REFETCH = { refetchQueries: [CapTableQuery, CapTableListQuery], awaitRefetchQueries: true };

/** The form's rules for typed shares and prices, read as the model reads them. */
function useRules() {
  const { t } = useTranslation();
  const required = { required: true, message: t('capTables.form.required') };
  const shares = { validator: (_: unknown, value?: string) => (!value || sharesText(value) ? Promise.resolve() : Promise.reject(new Error(t('capTables.form.sharesInvalid')))) };
  const price = { validator: (_: unknown, value?: string) => (!value || yuanPriceToFenText(value) ? Promise.resolve() : Promise.reject(new Error(t('capTables.form.priceInvalid')))) };
  return { required, shares, price };
}

interface StakeholderValues { name: string; kind: StakeholderKind; entityType: StakeholderEntityType }
interface ShareClassValues { name: string; classType: ShareClassType; seniority?: number | null; sharesAuthorised?: string }
interface IssuanceValues { stakeholderId: string; shareClassId: string; shares: string; price: string; issuedOn: Dayjs; considerationText?: string }
interface BuyBackValues { of: 'LINE' | 'ISSUANCE'; creditLineId?: string; issuanceId?: string; shares: string; price?: string; boughtOn?: Dayjs }

/** The staff's writes to a cap table: stakeholders, classes, issuances and buy-backs, each a dialog. */
export function CapTableActions({ capTable }: { capTable: CapTableViewFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rules = useRules();
  const organisationId = capTable.organisationId;
  const [addStakeholder] = useMutation(AddStakeholderMutation, REFETCH);
  const [addShareClass] = useMutation(AddShareClassMutation, REFETCH);
  const [recordIssuance] = useMutation(RecordIssuanceMutation, REFETCH);
  const [recordBuyBack] = useMutation(RecordBuyBackMutation, REFETCH);
  const holders = capTable.stakeholders.filter((holder) => holder.kind !== 'CENTRE');
  const lines = capTable.creditLines.filter((line) => line.buyBackUntil !== null);
  const issuances = buyBackableIssuances(capTable.history);

  return (
    <Space wrap data-testid="cap-actions">
      <CapTableDialog<StakeholderValues>
        testId="add-stakeholder"
        label={t('capTables.actions.addStakeholder')}
        icon={<UserAddOutlined />}
        initialValues={{ kind: 'FOUNDER', entityType: 'INDIVIDUAL' }}
        run={(values) => addStakeholder({ variables: { input: { organisationId, name: values.name, kind: values.kind, entityType: values.entityType } } }).then((r) => r.data?.addStakeholder)}
      >
        {() => (
          <>
            <Form.Item name="name" label={t('capTables.form.name')} rules={[rules.required]}>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="kind" label={t('capTables.form.kind')}>
              <Select options={KINDS.map((kind) => ({ value: kind, label: t(`enums.StakeholderKind.${kind}`) }))} />
            </Form.Item>
            <Form.Item name="entityType" label={t('capTables.form.entityType')}>
              <Radio.Group options={(['INDIVIDUAL', 'INSTITUTION'] as const).map((value) => ({ value, label: t(`enums.StakeholderEntityType.${value}`) }))} />
            </Form.Item>
          </>
        )}
      </CapTableDialog>

      <CapTableDialog<ShareClassValues>
        testId="add-share-class"
        label={t('capTables.actions.addShareClass')}
        icon={<TagsOutlined />}
        initialValues={{ classType: 'COMMON' }}
        run={(values) =>
          addShareClass({
            variables: { input: { organisationId, name: values.name, classType: values.classType, seniority: values.seniority ?? null, sharesAuthorised: values.sharesAuthorised ? (sharesText(values.sharesAuthorised) ?? values.sharesAuthorised) : null } },
          }).then((r) => r.data?.addShareClass)
        }
      >
        {() => (
          <>
            <Form.Item name="name" label={t('capTables.form.className')} rules={[rules.required]}>
              <Input maxLength={60} placeholder="普通股" />
            </Form.Item>
            <Form.Item name="classType" label={t('capTables.form.classType')}>
              <Radio.Group options={(['COMMON', 'PREFERRED'] as const).map((value) => ({ value, label: t(`enums.ShareClassType.${value}`) }))} />
            </Form.Item>
            <Form.Item name="seniority" label={t('capTables.form.seniority')}>
              <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="sharesAuthorised" label={t('capTables.form.sharesAuthorised')} rules={[rules.shares]}>
              <Input inputMode="numeric" />
            </Form.Item>
          </>
        )}
      </CapTableDialog>

      <CapTableDialog<IssuanceValues>
        testId="record-issuance"
        label={t('capTables.actions.recordIssuance')}
        icon={<PlusOutlined />}
        fieldOf={{ pricePerShareFen: 'price' }}
        run={(values) =>
          recordIssuance({
            variables: {
              input: {
                organisationId, stakeholderId: values.stakeholderId, shareClassId: values.shareClassId, shares: sharesText(values.shares) ?? values.shares,
                pricePerShareFen: yuanPriceToFenText(values.price) ?? values.price, issuedOn: values.issuedOn.format('YYYY-MM-DD'), considerationText: values.considerationText?.trim() || null,
              },
            },
          }).then((r) => r.data?.recordIssuance)
        }
      >
        {() => (
          <>
            <Form.Item name="stakeholderId" label={t('capTables.form.stakeholder')} rules={[rules.required]}>
              <Select options={holders.map((holder) => ({ value: holder.id, label: holder.name }))} data-testid="cap-issuance-stakeholder" />
            </Form.Item>
            <Form.Item name="shareClassId" label={t('capTables.form.shareClass')} rules={[rules.required]}>
              <Select options={capTable.shareClasses.map((shareClass) => ({ value: shareClass.id, label: shareClass.name }))} data-testid="cap-issuance-class" />
            </Form.Item>
            <Form.Item name="shares" label={t('capTables.form.shares')} rules={[rules.required, rules.shares]}>
              <Input inputMode="numeric" placeholder="1,000,000" />
            </Form.Item>
            <Form.Item name="price" label={t('capTables.form.price')} rules={[rules.required, rules.price]}>
              <Input inputMode="decimal" prefix="¥" placeholder="2.571429" />
            </Form.Item>
            <Form.Item name="issuedOn" label={`${t('capTables.form.issuedOn')} (${format.timeZone})`} rules={[rules.required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="considerationText" label={t('capTables.form.consideration')}>
              <Input maxLength={500} placeholder="知识产权投入" />
            </Form.Item>
          </>
        )}
      </CapTableDialog>

      <CapTableDialog<BuyBackValues>
        testId="record-buy-back"
        label={t('capTables.actions.recordBuyBack')}
        icon={<MinusCircleOutlined />}
        initialValues={{ of: lines.length > 0 ? 'LINE' : 'ISSUANCE' }}
        fieldOf={{ priceFen: 'price' }}
        run={(values) =>
          recordBuyBack({
            variables: {
              input:
                values.of === 'LINE'
                  ? { organisationId, creditLineId: values.creditLineId, shares: sharesText(values.shares) ?? values.shares }
                  : { organisationId, issuanceId: values.issuanceId, shares: sharesText(values.shares) ?? values.shares, priceFen: yuanToFen(values.price) ?? null, boughtOn: values.boughtOn?.format('YYYY-MM-DD') ?? null },
            },
          }).then((r) => r.data?.recordBuyBack)
        }
      >
        {(form) => <BuyBackFields form={form} lines={lines} issuances={issuances} />}
      </CapTableDialog>
    </Space>
  );
}

type Line = CapTableViewFieldsFragment['creditLines'][number];
type Event = CapTableViewFieldsFragment['history'][number];

/** Which holding is bought back: the centre's under a line (priced by the terms, previewed) or a recorded issuance (priced by hand). */
function BuyBackFields({ form, lines, issuances }: { form: FormInstance<BuyBackValues>; lines: readonly Line[]; issuances: readonly { event: Event; left: bigint }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rules = useRules();
  const of = Form.useWatch('of', form);
  const lineId = Form.useWatch('creditLineId', form);
  const shares = sharesText(Form.useWatch('shares', form));
  const line = lines.find((candidate) => candidate.id === lineId);
  const preview = buyBackPreviewFen(shares, line);
  return (
    <>
      <Form.Item name="of" label={t('capTables.form.buyBackOf')}>
        <Radio.Group options={[{ value: 'LINE', label: t('capTables.form.ofLine') }, { value: 'ISSUANCE', label: t('capTables.form.ofIssuance') }]} />
      </Form.Item>
      {of === 'LINE' ? (
        <Form.Item
          name="creditLineId"
          label={t('capTables.form.creditLine')}
          rules={[rules.required]}
          extra={line ? t('capTables.form.lineHeld', { shares: groupedShares(centreHeldUnder(line).toString(), format.locale) }) : undefined}
        >
          <Select options={lines.map((candidate) => ({ value: candidate.id, label: `${format.fen(candidate.creditFen)} · ${formatDate(candidate.buyBackUntil)}` }))} />
        </Form.Item>
      ) : (
        <Form.Item name="issuanceId" label={t('capTables.form.issuance')} rules={[rules.required]}>
          <Select
            options={issuances.map(({ event, left }) => ({
              value: event.id,
              label: t('capTables.form.issuanceLeft', { holder: event.stakeholderName, date: formatDate(event.at), shares: groupedShares(left.toString(), format.locale) }),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="shares" label={t('capTables.form.shares')} rules={[rules.required, rules.shares]} extra={of === 'LINE' && preview ? t('capTables.form.linePrice', { amount: format.fen(preview) }) : undefined}>
        <Input inputMode="numeric" />
      </Form.Item>
      {of === 'ISSUANCE' && (
        <>
          <Form.Item name="price" label={t('capTables.form.priceFen')} rules={[rules.required]}>
            <Input inputMode="decimal" prefix="¥" />
          </Form.Item>
          <Form.Item name="boughtOn" label={`${t('capTables.form.boughtOn')} (${format.timeZone})`}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </>
  );
}
