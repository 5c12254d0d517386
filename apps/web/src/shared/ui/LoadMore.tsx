import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';

interface Props {
  loaded: number;
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMore({ loaded, total, hasNextPage, loading, onLoadMore }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="load-more">
      <Typography.Text type="secondary" data-testid="loaded-count">
        {t('common.loaded', { loaded: format.number(loaded, 0), total: format.number(total, 0) })}
      </Typography.Text>
      {hasNextPage && (
        <Button onClick={onLoadMore} loading={loading} data-testid="load-more">
          {t('common.loadMore')}
        </Button>
      )}
    </div>
  );
}
