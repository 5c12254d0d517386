import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useLocale } from '../../shared/i18n/use-locale';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { IntroductionCard } from './IntroductionCard';
import { inLanguage } from './matchmaking-model';
import { IntroductionQuery } from './matchmaking.operations';

/** One introduction (where notifications lead): the card, and the score's parts as proposed. */
export function IntroductionPage({ area }: { area: 'console' | 'portal' }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(IntroductionQuery, { variables: { id } });
  const back = (
    <Link to={area === 'portal' ? '/portal/matchmaking/introductions' : '/matchmaking/introductions'}>
      <ArrowLeftOutlined /> {t('matchmaking.introductions.back')}
    </Link>
  );
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} description={back} />;
  if (!data && loading) return <Card><Skeleton active paragraph={{ rows: 6 }} /></Card>;
  const introduction = data?.introduction;
  if (!introduction) return <Empty description={t('common.notFound')} data-testid="introduction-not-found">{back}</Empty>;
  return (
    <div data-testid="introduction-page">
      <div style={{ marginBottom: 8 }}>{back}</div>
      <PageHeader title={t('matchmaking.introductions.detailTitle')} subtitle={introduction.need?.projectName ?? undefined}
        extra={<Tag>{t(`enums.ProposalChoice.${introduction.choice}`)}</Tag>} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <IntroductionCard introduction={introduction} />
        <Card size="small" title={t('matchmaking.introductions.scoreParts', { score: introduction.score })} data-testid="introduction-reasons">
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {introduction.reasons.map((r) => <li key={r.code}>{`${r.points >= 0 ? '+' : ''}${r.points} · ${inLanguage(locale, r.textZh, r.textEn)}`}</li>)}
          </ul>
        </Card>
      </Space>
    </div>
  );
}
