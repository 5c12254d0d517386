import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, type UserErrorLike } from '../../shared/lib/user-errors';

/**
 * Runs a matchmaking mutation that has no form of its own (propose, answer): the server's refusal
 * (a userError, in the reader's language) or a request failure is shown as a message, handed to
 * `onRefused` (to keep it beside what was refused) and the payload comes back as null; on success
 * `done` is shown and the payload returned.
 */
export function useMatchAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async <Payload extends { userErrors: readonly UserErrorLike[] }>(
    run: () => Promise<Payload | null | undefined>,
    done: string,
    onRefused?: (text: string) => void,
  ): Promise<Payload | null> => {
    const refuse = (text: string) => {
      void message.error(text);
      onRefused?.(text);
      return null;
    };
    try {
      const payload = await run();
      const refusal = payload?.userErrors[0];
      if (refusal) return refuse(describeUserError(refusal, t));
      if (!payload) return null;
      void message.success(done);
      return payload;
    } catch (error) {
      return refuse(describeRequestError(error, t));
    }
  };
}
