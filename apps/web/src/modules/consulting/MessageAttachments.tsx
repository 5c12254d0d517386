import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../shared/lib/download';

export interface AttachmentLink {
  id: string;
  fileName: string;
  sizeBytes: number;
}

const sizeLabel = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${Math.ceil(bytes / 1024)} KB`);

/** A message's files; each downloads with the signed-in user's token (fetch and a blob, as billing's PDFs). */
export function MessageAttachments({ attachments }: { attachments: readonly AttachmentLink[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  if (attachments.length === 0) return null;
  const save = async (a: AttachmentLink) => {
    try {
      await downloadFile(`/api/consulting/attachments/${a.id}`, a.fileName);
    } catch {
      void message.error(t('consulting.downloadFailed', { name: a.fileName }));
    }
  };
  return (
    <Space wrap size={[8, 0]} style={{ marginTop: 8 }} data-testid="message-attachments">
      {attachments.map((a) => (
        <Button key={a.id} type="link" size="small" icon={<PaperClipOutlined />} onClick={() => void save(a)} style={{ paddingInline: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }} data-testid="attachment-link">
          <span style={{ overflowWrap: 'anywhere' }}>{a.fileName}</span> <span style={{ color: 'rgba(0,0,0,0.45)' }}>({sizeLabel(a.sizeBytes)})</span>
        </Button>
      ))}
    </Space>
  );
}
