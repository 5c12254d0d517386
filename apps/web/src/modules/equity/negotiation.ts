import type { TermSheetSide, TermSheetStatus } from '../../gql/graphql';

export interface SheetLike {
  status: TermSheetStatus;
  currentVersion: { versionNo: number; proposedBySide: TermSheetSide };
  acceptances: readonly { versionNo: number; side: TermSheetSide }[];
}

/** Where the negotiation stands for the reader on `mySide`, for the banner and the accept button. */
export type Negotiation =
  | { kind: 'SIGNED' | 'WITHDRAWN' }
  /** Nobody accepted the current version yet. */
  | { kind: 'OPEN' }
  /** The reader's side accepted the current version; the other side has not yet. */
  | { kind: 'WAITING_FOR_OTHER'; accepted: TermSheetSide; other: TermSheetSide }
  /** The other side accepted the current version; the reader's side may sign it. */
  | { kind: 'AWAITING_ME'; accepted: TermSheetSide; other: TermSheetSide };

export const otherSide = (side: TermSheetSide): TermSheetSide => (side === 'CENTRE' ? 'FOUNDER' : 'CENTRE');

export function negotiationOf(sheet: SheetLike, mySide: TermSheetSide): Negotiation {
  if (sheet.status !== 'OPEN') return { kind: sheet.status };
  const current = sheet.acceptances.filter((a) => a.versionNo === sheet.currentVersion.versionNo).map((a) => a.side);
  if (current.includes(mySide)) return { kind: 'WAITING_FOR_OTHER', accepted: mySide, other: otherSide(mySide) };
  if (current.includes(otherSide(mySide))) return { kind: 'AWAITING_ME', accepted: otherSide(mySide), other: mySide };
  return { kind: 'OPEN' };
}
