import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export const DEMO_PASSWORD = 'Suanli#2026';

const DEMO_ACCOUNTS = [
  { email: 'manager@suanli.dev', role: 'MANAGER' },
  { email: 'admin@suanli.dev', role: 'ADMIN' },
  { email: 'consultant@suanli.dev', role: 'CONSULTANT' },
  { email: 'founder@rongcheng-vision.example', role: 'FOUNDER' },
  { email: 'founder@tianfu-med.example', role: 'FOUNDER' },
] as const;

/** Shown in development (or when built with VITE_DEMO_HINT=true) so the seeded accounts are one click away. */
export const SHOW_DEMO_ACCOUNTS = import.meta.env.DEV || import.meta.env['VITE_DEMO_HINT'] === 'true';

export function DemoAccounts({ onPick }: { onPick: (email: string, password: string) => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="demo-accounts"
      title={t('auth.demoTitle', { password: DEMO_PASSWORD })}
      description={
        <ul className="plain-list demo-accounts">
          {DEMO_ACCOUNTS.map((account) => (
            <li key={account.email}>
              <button
                type="button"
                className="demo-account"
                title={t('auth.demoUse')}
                onClick={() => onPick(account.email, DEMO_PASSWORD)}
              >
                <span className="demo-email">{account.email}</span>
                <Typography.Text type="secondary" className="demo-role">
                  {t(`enums.Role.${account.role}`)}
                </Typography.Text>
              </button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
