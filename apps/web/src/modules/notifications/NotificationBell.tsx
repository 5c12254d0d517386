import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Badge, Button, Drawer, Empty, Grid, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFormat } from '../../shared/format/use-format';
import { MarkNotificationsReadMutation, NotificationAddedSubscription, NotificationBellQuery } from './notifications.operations';
import { notificationMessage } from './notification-message';
import './notifications.css';

const RECENT = 10;

/**
 * The header's bell: the unread count, kept live over the notificationAdded subscription (and a
 * slow poll, so a dropped socket only delays it), and a panel of the latest notifications.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // Below antd's md a popover anchored at the bell would run off a phone's left edge: a drawer instead.
  const wide = Grid.useBreakpoint().md ?? true;
  const { data, refetch } = useQuery(NotificationBellQuery, { variables: { first: RECENT }, pollInterval: 60_000 });
  useSubscription(NotificationAddedSubscription, { onData: () => void refetch() });
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries: [NotificationBellQuery] });
  const count = data?.unreadNotificationCount ?? 0;
  const items = data?.notifications.edges.map((e) => e.node) ?? [];

  const openItem = async (item: (typeof items)[number]) => {
    setOpen(false);
    if (!item.readAt) await markRead({ variables: { input: { ids: [item.id] } } });
    void navigate(item.link);
  };

  const panel = (
    <div className={wide ? 'notification-panel' : 'notification-panel notification-panel-drawer'} data-testid="notification-panel">
      <div className="notification-panel-head">
        {/* The drawer has the title in its own header. */}
        <Typography.Text strong>{wide ? t('notifications.title') : ''}</Typography.Text>
        <Button size="small" type="link" disabled={count === 0} data-testid="notifications-mark-all" onClick={() => void markRead({ variables: { input: { all: true } } })}>
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              className={item.readAt ? 'notification-item' : 'notification-item notification-unread'}
              data-testid="notification-item"
              data-kind={item.kind}
              data-unread={item.readAt ? 'false' : 'true'}
              onClick={() => void openItem(item)}
            >
              <div className="notification-item-body">
                <Typography.Text strong={!item.readAt}>{notificationMessage(t, format.locale, item)}</Typography.Text>
                <Typography.Text type="secondary" className="notification-time">
                  {format.zonedDateTime(item.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      <div className="notification-panel-foot">
        <Button
          size="small"
          type="link"
          icon={<SettingOutlined />}
          data-testid="notifications-settings"
          onClick={() => {
            setOpen(false);
            void navigate('/account/notifications');
          }}
        >
          {t('notifications.settings')}
        </Button>
      </div>
    </div>
  );

  const bell = (
    <Button
      type="text"
      className="notification-bell"
      data-testid="notification-bell"
      aria-label={count > 0 ? t('notifications.bellWithCount', { count }) : t('notifications.bell')}
      onClick={wide ? undefined : () => setOpen(true)}
      icon={
        <Badge count={count} size="small" overflowCount={99} data-testid="notification-count" data-count={count}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );

  if (!wide)
    return (
      <>
        {bell}
        <Drawer placement="right" size={320} open={open} onClose={() => setOpen(false)} title={t('notifications.title')} rootClassName="notification-drawer">
          {panel}
        </Drawer>
      </>
    );
  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} content={panel} arrow={false}>
      {bell}
    </Popover>
  );
}
