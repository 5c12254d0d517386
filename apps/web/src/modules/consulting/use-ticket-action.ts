import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, type UserErrorLike } from '../../shared/lib/user-errors';

/** Runs a ticket mutation and says how it went: the first userError, a request error, or `done`. */
export function useTicketAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (run: () => Promise<{ userErrors: readonly UserErrorLike[] } | undefined>, done: string): Promise<boolean> => {
    try {
      const problem = (await run())?.userErrors[0];
      if (problem) {
        void message.error(describeUserError(problem, t));
        return false;
      }
      void message.success(done);
      return true;
    } catch (error) {
      void message.error(describeRequestError(error, t));
      return false;
    }
  };
}
