import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  loaded: number;
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMore({ loaded, total, hasNextPage, loading, onLoadMore }: Props) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <Typography.Text type="secondary" data-testid="loaded-count">
        {t('organisations.loaded', { loaded, total })}
      </Typography.Text>
      {hasNextPage && (
        <Button onClick={onLoadMore} loading={loading} data-testid="load-more">
          {t('common.loadMore')}
        </Button>
      )}
    </div>
  );
}
