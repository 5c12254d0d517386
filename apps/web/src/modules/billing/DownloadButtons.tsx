import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, withQuery } from '../../shared/lib/download';

export interface DownloadChoice {
  key: string;
  label: string;
  path: string;
  fileName: string;
  query?: Record<string, string | undefined>;
}

/** One button per file; a failed download says so instead of saving an error page. */
export function DownloadButtons({ choices, testId }: { choices: DownloadChoice[]; testId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (choice: DownloadChoice) => {
    setBusy(choice.key);
    try {
      await downloadFile(withQuery(choice.path, choice.query ?? {}), choice.fileName);
    } catch {
      void message.error(t('billing.downloadFailed'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap data-testid={testId}>
      {choices.map((choice) => (
        <Button key={choice.key} icon={<DownloadOutlined />} loading={busy === choice.key} onClick={() => void run(choice)} data-testid={`download-${choice.key}`}>
          {choice.label}
        </Button>
      ))}
    </Space>
  );
}
