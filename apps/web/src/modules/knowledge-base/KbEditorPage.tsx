import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Collapse, Empty, Form, Input, Row, Select, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { TicketCategory } from '../../gql/graphql';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { formatDateTime } from '../../shared/lib/datetime';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ArticleBody } from './ArticleBody';
import { CATEGORIES } from './CategoryFilter';
import { KbArticleQuery, KbArticlesQuery, CreateKbArticleMutation, PublishKbArticleMutation, UnpublishKbArticleMutation, UpdateKbArticleDraftMutation } from './knowledge-base.operations';

interface Values {
  category: TicketCategory;
  slug?: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

const TITLE_MAX = 200;
const BODY_MAX = 20_000;

/** Write or edit an article: both languages side by side, a preview, publishing, and its history. */
export function KbEditorPage() {
  const { id } = useParams<{ id: string }>();
  const isNew = !id || id === 'new';
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const showing = useUserErrorForm(form);
  const { data, loading } = useQuery(KbArticleQuery, { variables: { id }, skip: isNew, fetchPolicy: 'cache-and-network' });
  const article = data?.kbArticle;
  // A new article has no KbArticleQuery to refetch (it is skipped): asking for it would send id "new".
  const refetchQueries = isNew ? [KbArticlesQuery] : [KbArticleQuery, KbArticlesQuery];
  const [create, creating] = useMutation(CreateKbArticleMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateKbArticleDraftMutation, { refetchQueries });
  const [publish, publishing] = useMutation(PublishKbArticleMutation, { refetchQueries });
  const [unpublish, unpublishing] = useMutation(UnpublishKbArticleMutation, { refetchQueries });
  const values = Form.useWatch([], form) as Partial<Values> | undefined;

  useEffect(() => {
    if (article?.draft) form.setFieldsValue({ category: article.category, ...article.draft });
  }, [article, form]);

  const save = async (): Promise<string | null> => {
    const v = await form.validateFields();
    const fields = { titleZh: v.titleZh ?? '', titleEn: v.titleEn ?? '', bodyZh: v.bodyZh ?? '', bodyEn: v.bodyEn ?? '' };
    if (isNew) {
      const payload = await showing.submit(() => create({ variables: { input: { ...fields, category: v.category, slug: v.slug || null } } }).then((r) => r.data?.createKbArticle));
      const newId = payload?.article?.id ?? null;
      if (newId) navigate(`/kb/${newId}`, { replace: true });
      return newId;
    }
    const payload = await showing.submit(() => update({ variables: { input: { ...fields, articleId: id, category: v.category } } }).then((r) => r.data?.updateKbArticleDraft));
    return payload ? id : null;
  };

  const saveAndPublish = async () => {
    const articleId = await save();
    if (!articleId) return;
    const payload = await showing.submit(() => publish({ variables: { articleId } }).then((r) => r.data?.publishKbArticle));
    if (payload) message.success(t('kb.publishedNow'));
  };

  if (!isNew && !data && loading) return <Skeleton active />;
  if (!isNew && !article) return <Empty description={t('kb.notFound')} />;
  const busy = creating.loading || updating.loading || publishing.loading || unpublishing.loading;

  return (
    <>
      <PageHeader
        title={isNew ? t('kb.newArticle') : t('kb.editArticle')}
        subtitle={article && (
          <Space wrap>
            <Tag>{t(`enums.KbArticleStatus.${article.status}`)}</Tag>
            {article.published && <span>{t('kb.versionOn', { version: article.published.version, date: formatDateTime(article.published.publishedAt) })}</span>}
            <span>{t('kb.countersLine', { views: article.viewCount, deflections: article.deflectionCount, linked: article.linkedInReplies ?? 0 })}</span>
          </Space>
        )}
        extra={
          <Space wrap>
            <Button onClick={() => void save().then((ok) => { if (ok) message.success(t('kb.saved')); })} loading={busy} data-testid="kb-save">
              {t('kb.saveDraft')}
            </Button>
            <Button type="primary" onClick={() => void saveAndPublish()} loading={busy} data-testid="kb-publish">
              {t('kb.publish')}
            </Button>
            {article?.status === 'PUBLISHED' && (
              <Button danger onClick={() => void showing.submit(() => unpublish({ variables: { articleId: article.id } }).then((r) => r.data?.unpublishKbArticle))} loading={busy} data-testid="kb-unpublish">
                {t('kb.unpublish')}
              </Button>
            )}
          </Space>
        }
      />
      {showing.formError && <Alert type="error" showIcon title={showing.formError} style={{ marginBottom: 12 }} data-testid="kb-form-error" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('kb.editor')}>
            <Form form={form} layout="vertical" initialValues={{ category: 'COMPUTE_VOUCHERS', titleEn: '', bodyZh: '', bodyEn: '' }}>
              <Form.Item name="category" label={t('kb.category')} rules={[{ required: true }]}>
                <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`enums.TicketCategory.${c}`) }))} data-testid="kb-edit-category" />
              </Form.Item>
              {isNew && (
                <Form.Item name="slug" label={t('kb.slug')} extra={t('kb.slugHint')}>
                  <Input data-testid="kb-edit-slug" />
                </Form.Item>
              )}
              <Form.Item name="titleZh" label={t('kb.titleZh')} rules={[{ required: true, whitespace: true, message: t('kb.titleRequired') }]}>
                <Input maxLength={TITLE_MAX} showCount data-testid="kb-edit-title-zh" />
              </Form.Item>
              <Form.Item name="bodyZh" label={t('kb.bodyZh')} extra={t('kb.bodyHint')}>
                <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} maxLength={BODY_MAX} showCount data-testid="kb-edit-body-zh" />
              </Form.Item>
              <Form.Item name="titleEn" label={t('kb.titleEn')}>
                <Input maxLength={TITLE_MAX} showCount data-testid="kb-edit-title-en" />
              </Form.Item>
              <Form.Item name="bodyEn" label={t('kb.bodyEn')}>
                <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} maxLength={BODY_MAX} showCount data-testid="kb-edit-body-en" />
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('kb.preview')} data-testid="kb-preview">
            <Tabs
              items={[
                { key: 'zh', label: '中文', children: <Preview title={values?.titleZh ?? ''} body={values?.bodyZh ?? ''} /> },
                { key: 'en', label: 'English', children: <Preview title={values?.titleEn ?? ''} body={values?.bodyEn ?? ''} /> },
              ]}
            />
          </Card>
          {article && (
            <Card title={t('kb.history')} style={{ marginTop: 16 }} data-testid="kb-history">
              {article.versions.length === 0 ? (
                <Typography.Text type="secondary">{t('kb.noVersions')}</Typography.Text>
              ) : (
                <Collapse
                  items={article.versions.map((v) => ({
                    key: String(v.version),
                    label: t('kb.versionBy', { version: v.version, date: formatDateTime(v.publishedAt), name: v.publishedByName }),
                    children: (
                      <>
                        <Typography.Title level={5}>{v.titleZh}</Typography.Title>
                        <ArticleBody body={v.bodyZh} />
                        <Typography.Title level={5}>{v.titleEn}</Typography.Title>
                        <ArticleBody body={v.bodyEn} />
                      </>
                    ),
                  }))}
                />
              )}
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}

function Preview({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  if (!title.trim() && !body.trim()) return <Typography.Text type="secondary">{t('kb.previewEmpty')}</Typography.Text>;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <ArticleBody body={body} />
    </>
  );
}
