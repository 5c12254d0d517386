import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Typography, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALLOWED_ATTACHMENT_EXTENSIONS } from '@suanli/domain';
import { ATTACHMENT_ACCEPT, attachmentProblem, MAX_ATTACHMENT_KIB } from './attachment-files';

/**
 * Files to send with a reply or note: held in the browser until the message is sent. The limits are
 * shown up front, and a file over them is refused as it is picked, not after sending.
 */
export function AttachmentPicker({ files, onChange }: { files: UploadFile[]; onChange: (files: UploadFile[]) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <div data-testid="attachment-picker">
      <Upload
        multiple
        accept={ATTACHMENT_ACCEPT}
        fileList={files}
        beforeUpload={(file) => {
          const problem = attachmentProblem(file);
          if (problem) {
            void message.error(t(problem === 'type' ? 'consulting.fileTypeNotAllowed' : 'consulting.fileTooLarge', { name: file.name, size: MAX_ATTACHMENT_KIB }));
            return Upload.LIST_IGNORE;
          }
          return false; // kept here; sent once the message exists
        }}
        onChange={({ fileList }) => onChange(fileList)}
      >
        <Button icon={<PaperClipOutlined />} data-testid="attach-files">{t('consulting.attach')}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="attachment-limits">
        {t('consulting.attachHint', { types: ALLOWED_ATTACHMENT_EXTENSIONS.join(' / ').toUpperCase(), size: MAX_ATTACHMENT_KIB })}
      </Typography.Text>
    </div>
  );
}
