import { LockOutlined } from '@ant-design/icons';
import { PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE, passwordProblems } from '@suanli/domain';
import { Form, Input, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordScore } from './password-strength';
import { joinMessages } from '../../shared/lib/user-errors';

const COLOURS = ['#ff4d4f', '#ff7a45', '#faad14', '#52c41a', '#389e0d'];

interface Props {
  name: string;
  label: string;
  /** The person's email, name and organisation: a password built on them is weak. */
  personalDetails: (string | null | undefined)[];
  /** When changing a password: the current one, which the new one must differ from. */
  current?: string;
  testId: string;
}

/**
 * A new password with a live zxcvbn meter and the API's own rules (libs/domain), so what the
 * form accepts is what the server accepts.
 */
export function PasswordField({ name, label, personalDetails, current, testId }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const value = (Form.useWatch(name, form) as string | undefined) ?? '';
  const [score, setScore] = useState<number | null>(null);
  const details = personalDetails.join('\u0000');

  useEffect(() => {
    let live = true;
    if (!value) {
      setScore(null);
      return;
    }
    void passwordScore(value, details.split('\u0000')).then((s) => live && setScore(s));
    return () => {
      live = false;
    };
  }, [value, details]);

  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={t('password.rules', { min: PASSWORD_MIN_LENGTH })}
        rules={[
          { required: true, message: t('password.required') },
          {
            validator: async (_, candidate: string | undefined) => {
              if (!candidate) return;
              const problems = passwordProblems({ password: candidate, score: await passwordScore(candidate, details.split('\u0000')), current });
              if (problems.length > 0) throw new Error(joinMessages(problems.map((p) => t(`password.problem.${p}`, { min: PASSWORD_MIN_LENGTH })), t));
            },
          },
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid={testId} />
      </Form.Item>
      {score !== null && (
        <div className="password-meter" data-testid={`${testId}-strength`} data-score={score}>
          <Progress
            percent={((score + 1) / 5) * 100}
            showInfo={false}
            strokeColor={COLOURS[score]}
            size="small"
            aria-label={t('password.strengthLabel')}
          />
          <Typography.Text type={score >= PASSWORD_MIN_SCORE ? 'success' : 'secondary'}>
            {t('password.strengthValue', { value: t(`password.strength.${score}`) })}
          </Typography.Text>
        </div>
      )}
    </>
  );
}
