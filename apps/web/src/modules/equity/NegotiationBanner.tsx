import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TermSheetDetailFieldsFragment, TermSheetSide } from '../../gql/graphql';
import { negotiationOf } from './negotiation';

/** Where the negotiation stands, in one line: signed, withdrawn, waiting for the other side, or open. */
export function NegotiationBanner({ sheet, mySide }: { sheet: TermSheetDetailFieldsFragment; mySide: TermSheetSide }) {
  const { t } = useTranslation();
  const state = negotiationOf(sheet, mySide);
  const version = sheet.currentVersion.versionNo;
  const side = (s: TermSheetSide) => t(`equity.side.${s}`);
  const [type, title] =
    state.kind === 'SIGNED'
      ? (['success', t('equity.detail.signed', { version: sheet.signedVersionNo })] as const)
      : state.kind === 'WITHDRAWN'
        ? (['warning', t('equity.detail.withdrawn', { side: sheet.withdrawnBySide ? side(sheet.withdrawnBySide) : '—', reason: sheet.withdrawnReason })] as const)
        : state.kind === 'WAITING_FOR_OTHER'
          ? (['info', t('equity.detail.waitingFor', { accepted: side(state.accepted), other: side(state.other), version })] as const)
          : state.kind === 'AWAITING_ME'
            ? (['warning', t('equity.detail.awaitingYou', { accepted: side(state.accepted), version })] as const)
            : (['info', t('equity.detail.open', { version, side: side(sheet.currentVersion.proposedBySide) })] as const);
  return <Alert type={type} showIcon title={title} data-testid="negotiation-state" data-state={state.kind} style={{ marginBottom: 16 }} />;
}
