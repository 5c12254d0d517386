/// <reference types="node" />
import { describe, expect, it } from '@jest/globals';
import { TERM_SHEET_PROBLEMS } from '@suanli/domain';
import i18next from 'i18next';
import type { Format } from '../../../shared/format/use-format';
import { formatFen, formatZonedDateTime, timeZoneLabel } from '../../../shared/format/format';
import { loadResources } from '../../../i18n/__tests__/load-resources';
import { changeLabel, changeValue, releaseText } from '../terms-text';

const resources = loadResources();
const i18n = i18next.createInstance();
await i18n.init({ resources: Object.fromEntries(Object.entries(resources).map(([lng, r]) => [lng, { translation: r }])), lng: 'zh-CN', fallbackLng: false });
const t = i18n.getFixedT('zh-CN');
const tEn = i18n.getFixedT('en');
const format = {
  locale: 'zh-CN',
  fen: (fen: string | bigint | null | undefined) => formatFen(fen, 'zh-CN'),
  zonedDateTime: (iso: string | null | undefined) => formatZonedDateTime(iso, 'zh-CN'),
  timeZone: timeZoneLabel('zh-CN'),
} as Format;

describe('the term-sheet words', () => {
  it('translate every problem checkTermSheet reports, in both languages', () => {
    for (const problem of TERM_SHEET_PROBLEMS) {
      expect(t(`equity.problems.${problem}`)).not.toBe(`equity.problems.${problem}`);
      expect(tEn(`equity.problems.${problem}`)).not.toBe(`equity.problems.${problem}`);
    }
    expect(t('equity.problems.TRANCHES_NOT_100_PERCENT')).toBe('各期比例之和必须恰好为 100%');
  });

  it('show a diff in readable labels and formatted values', () => {
    expect(changeLabel('creditFen', t)).toBe('算力额度');
    expect(changeLabel('tranches[1].release.kind', t)).toBe('第 2 期 · 释放条件');
    expect(changeValue('creditFen', '150000000', t, format)).toBe('¥1,500,000.00');
    expect(changeValue('tranches[0].percentBasisPoints', '5000', t, format)).toBe('50.00%');
    expect(changeValue('tranches[0].release.kind', 'PREVIOUS_DRAWN', t, format)).toBe('上一期用到一定比例');
    expect(changeValue('tranches[0].release.stage', 'INCUBATING', t, format)).toBe('孵化中');
    expect(changeValue('creditExpiresAt', '2027-11-30T16:00:00.000Z', t, format)).toBe('2027-12-01 00:00 北京时间');
    expect(changeValue('buyBack.months', '24', t, format)).toBe('24 个月');
    // A tranche added in the later version, and a buy-back added to none.
    expect(changeValue('tranches[2].percentBasisPoints', '', t, format)).toBe('—');
    expect(changeValue('buyBack', 'null', t, format)).toBe('无');
  });

  it('say what releases a tranche', () => {
    expect(releaseText({ kind: 'PREVIOUS_DRAWN', thresholdBasisPoints: 8000 }, t, format)).toBe('上一期已用 80.00%');
    expect(releaseText({ kind: 'MILESTONE_ACCEPTED', milestoneKey: 'model-v1' }, tEn, format)).toBe('Milestone “model-v1” accepted');
  });
});
