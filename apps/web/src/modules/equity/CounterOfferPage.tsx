import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Result, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CounterOfferTermSheetMutation, TermSheetQuery, TermSheetsQuery } from './equity.operations';
import { formOfTerms } from './term-form';
import { TermSheetEditor } from './TermSheetEditor';

/** `<basePath>/:id/counter`: either side answers the current version with a new one, starting from its terms. */
export function CounterOfferPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(TermSheetQuery, { variables: { id } });
  const [counter] = useMutation(CounterOfferTermSheetMutation, { refetchQueries: [TermSheetsQuery] });
  const sheet = data?.termSheet;
  const initialValues = useMemo(() => (sheet ? formOfTerms(sheet.currentVersion.terms) : null), [sheet]);
  const back = <Link to={sheet ? `${basePath}/${sheet.id}` : basePath}>{t('equity.detail.backToList')}</Link>;
  if (loading && !data) return <Skeleton active />;
  if (error && !sheet) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!sheet || !initialValues) return <Result status="404" title={t('equity.detail.notFound')} extra={back} data-testid="term-sheet-not-found" />;
  const baseVersionNo = sheet.currentVersion.versionNo;
  return (
    <div data-testid="counter-offer-page">
      <PageHeader title={t('equity.editor.counterTitle', { version: baseVersionNo })} subtitle={`${sheet.projectName ?? ''} · ${sheet.organisationName ?? ''}`} />
      {sheet.status !== 'OPEN' ? (
        // A signed or withdrawn sheet takes no more offers: say so rather than offer a form the server would refuse.
        <Result status="info" title={t('enums.UserErrorCode.TERM_SHEET_CLOSED')} extra={back} data-testid="term-sheet-closed" />
      ) : (
        <TermSheetEditor
          initialValues={initialValues}
          submitLabel={t('equity.editor.counter')}
          onCancel={() => navigate(`${basePath}/${sheet.id}`)}
          onSubmit={async (terms) => {
            const payload = (await counter({ variables: { input: { termSheetId: sheet.id, baseVersionNo, terms } } })).data?.counterOfferTermSheet;
            if (payload?.termSheet) navigate(`${basePath}/${sheet.id}`);
            return payload;
          }}
        />
      )}
    </div>
  );
}
