import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { negotiationOf, type SheetLike } from '../negotiation';
import { changeLabel } from '../terms-text';

const sheet = (acceptances: SheetLike['acceptances'], status: SheetLike['status'] = 'OPEN'): SheetLike => ({
  status,
  currentVersion: { versionNo: 2, proposedBySide: 'FOUNDER' },
  acceptances,
});

describe('where the negotiation stands', () => {
  it('waits for the founder once the centre accepted the current version', () => {
    const accepted = sheet([{ versionNo: 2, side: 'CENTRE' }]);
    expect(negotiationOf(accepted, 'CENTRE')).toEqual({ kind: 'WAITING_FOR_OTHER', accepted: 'CENTRE', other: 'FOUNDER' });
    expect(negotiationOf(accepted, 'FOUNDER')).toEqual({ kind: 'AWAITING_ME', accepted: 'CENTRE', other: 'FOUNDER' });
  });

  it('ignores acceptances of a superseded version', () => {
    expect(negotiationOf(sheet([{ versionNo: 1, side: 'CENTRE' }]), 'FOUNDER')).toEqual({ kind: 'OPEN' });
  });

  it('is signed or withdrawn whatever was accepted', () => {
    expect(negotiationOf(sheet([{ versionNo: 2, side: 'CENTRE' }, { versionNo: 2, side: 'FOUNDER' }], 'SIGNED'), 'CENTRE')).toEqual({ kind: 'SIGNED' });
    expect(negotiationOf(sheet([], 'WITHDRAWN'), 'FOUNDER')).toEqual({ kind: 'WITHDRAWN' });
  });
});

describe('diff labels', () => {
  const t = ((key: string, options?: { n?: number }) => (options?.n ? `${key}#${options.n}` : key)) as unknown as TFunction;
  it('names a tranche field by its 1-based tranche and its leaf', () => {
    expect(changeLabel('tranches[1].release.kind', t)).toBe('equity.field.trancheNo#2 · equity.diffField.release.kind');
    expect(changeLabel('creditFen', t)).toBe('equity.diffField.creditFen');
  });
});
