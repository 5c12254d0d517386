import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { downloadFile, DownloadError } from '../../shared/lib/download';

const LANGUAGES: { lang: Language; label: string }[] = [
  { lang: 'zh-CN', label: 'billingPortal.pdfChinese' },
  { lang: 'en', label: 'billingPortal.pdfEnglish' },
];

/** The invoice as a PDF, in Chinese or in English, fetched with the session's credential. */
export function PdfButtons({ pdfPath, number }: { pdfPath: string; number: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Language | null>(null);
  const download = async (lang: Language) => {
    setBusy(lang);
    try {
      const separator = pdfPath.includes('?') ? '&' : '?';
      const name = `${number ?? 'invoice'}-${lang}.pdf`;
      await downloadFile(`${pdfPath}${separator}lang=${lang}`, name, { fileName: name });
    } catch (error) {
      const status = error instanceof DownloadError ? error.status : 0;
      void message.error(t('billingPortal.pdfFailed', { status: status || '—' }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      {LANGUAGES.map(({ lang, label }) => (
        <Button key={lang} icon={<FilePdfOutlined />} loading={busy === lang} onClick={() => void download(lang)} data-testid={`invoice-pdf-${lang}`}>
          {t(label)}
        </Button>
      ))}
    </Space>
  );
}
