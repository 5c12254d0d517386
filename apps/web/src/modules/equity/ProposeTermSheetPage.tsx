import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { testId } from '../../shared/lib/test-id';
import { PageHeader } from '../../shared/ui/PageHeader';
import { EquityProjectOptionsQuery, EquityProjectQuery, ProposeTermSheetMutation, TermSheetsQuery } from './equity.operations';
import { blankForm } from './term-form';
import { TermSheetEditor } from './TermSheetEditor';

/** `/equity/term-sheets/new?projectId=…`: a manager opens a term sheet for a project with its first version. */
export function ProposeTermSheetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [projectId, setProjectId] = useState<string | undefined>(params.get('projectId') ?? undefined);
  const [missingProject, setMissingProject] = useState(false);
  const options = useQuery(EquityProjectOptionsQuery).data?.projects.edges.map((edge) => edge.node) ?? [];
  // A project opened from its page may be beyond the picker's first 100.
  const preselected = useQuery(EquityProjectQuery, { variables: { id: projectId ?? '' }, skip: !projectId }).data?.project;
  const projects = preselected && !options.some((p) => p.id === preselected.id) ? [preselected, ...options] : options;
  const [propose] = useMutation(ProposeTermSheetMutation, { refetchQueries: [TermSheetsQuery] });
  const initialValues = useMemo(() => blankForm(), []);
  return (
    <div data-testid="propose-term-sheet-page">
      <PageHeader title={t('equity.editor.proposeTitle')} />
      <TermSheetEditor
        initialValues={initialValues}
        submitLabel={t('equity.editor.propose')}
        onCancel={() => navigate('/equity/term-sheets')}
        header={
          <Form.Item label={t('equity.field.project')} required validateStatus={missingProject ? 'error' : undefined} help={missingProject ? t('equity.field.required') : undefined}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              value={projectId}
              onChange={(value: string) => {
                setProjectId(value);
                setMissingProject(false);
              }}
              options={projects.map((p) => ({ value: p.id, label: `${p.name} · ${p.organisation.name}` }))}
              {...testId('editor-project')}
            />
          </Form.Item>
        }
        onSubmit={async (terms) => {
          if (!projectId) {
            setMissingProject(true);
            return null;
          }
          const payload = (await propose({ variables: { input: { projectId, terms } } })).data?.proposeTermSheet;
          if (payload?.termSheet) navigate(`/equity/term-sheets/${payload.termSheet.id}`);
          return payload;
        }}
      />
    </div>
  );
}
