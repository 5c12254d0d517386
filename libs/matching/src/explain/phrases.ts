import type { InfeasibleReason, ReasonText, Urgency } from '../model/types.js';
import { tagLabel } from '../scoring/tags.js';

/** "A", "A and B", "A, B and C" — English lists as people write them. */
function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function labels(tags: readonly string[]): { zh: string; en: string } {
  return { zh: tags.map((t) => tagLabel(t, 'zh-CN')).join('、'), en: englishList(tags.map((t) => tagLabel(t, 'en'))) };
}

/** Words of every reason, in both languages. Each returns a ReasonText; none has final punctuation. */
export const phrases = {
  industries(shared: readonly string[]): ReasonText {
    const l = labels(shared);
    return { 'zh-CN': `同属${l.zh}行业`, en: `shares the ${l.en} ${shared.length === 1 ? 'industry' : 'industries'}` };
  },
  technologies(shared: readonly string[]): ReasonText {
    const l = labels(shared);
    return { 'zh-CN': `技术对口：${l.zh}`, en: `works with ${l.en} too` };
  },
  regions(shared: readonly string[]): ReasonText {
    const l = labels(shared);
    return { 'zh-CN': `同在${l.zh}`, en: `is in the same region (${l.en})` };
  },
  stage(stage: string): ReasonText {
    return { 'zh-CN': `适合${tagLabel(stage, 'zh-CN')}阶段的项目`, en: `suits projects in the ${tagLabel(stage, 'en')} stage` };
  },
  anyStage(): ReasonText {
    return { 'zh-CN': '不限项目阶段', en: 'takes projects at any stage' };
  },
  urgency(urgency: Urgency): ReasonText {
    switch (urgency) {
      case 'CRITICAL':
        return { 'zh-CN': '需求非常紧急', en: 'the need is critical' };
      case 'HIGH':
        return { 'zh-CN': '需求紧急', en: 'the need is urgent' };
      case 'NORMAL':
        return { 'zh-CN': '需求一般紧急', en: 'the need is of normal urgency' };
      case 'LOW':
        return { 'zh-CN': '需求不急', en: 'the need is not urgent' };
    }
  },
  pastOutcomes(successes: number, total: number): ReasonText {
    if (total === 0) return { 'zh-CN': '尚无类似引荐记录', en: 'no similar introductions yet' };
    return {
      'zh-CN': `类似引荐 ${total} 次中 ${successes} 次促成合作`,
      en: `${successes} of ${total} similar ${total === 1 ? 'introduction' : 'introductions'} led to a deal, pilot or investment`,
    };
  },
  capacityLeft(left: number, capacity: number, period: ReasonText): ReasonText {
    return {
      'zh-CN': `${period['zh-CN']} ${capacity} 个名额还剩 ${left} 个`,
      en: `has ${left} of ${capacity} ${capacity === 1 ? 'place' : 'places'} left ${period.en}`,
    };
  },
  noConflict(): ReasonText {
    return { 'zh-CN': '无利益冲突', en: 'no conflict of interest' };
  },
};

/** The reasons as one sentence per language: "…；…" and "…; …". */
export function joinReasons(texts: readonly ReasonText[]): ReasonText {
  return { 'zh-CN': texts.map((t) => t['zh-CN']).join('；'), en: texts.map((t) => t.en).join('; ') };
}

const INFEASIBLE: Record<InfeasibleReason, ReasonText> = {
  KIND_MISMATCH: { 'zh-CN': '资源类型与需求不符', en: 'the resource is of another kind than the need' },
  UNAVAILABLE: { 'zh-CN': '资源暂不接受新的对接', en: 'the resource is not taking new matches' },
  NO_CAPACITY_LEFT: { 'zh-CN': '本期名额已满', en: 'no places left this period' },
  SELF: { 'zh-CN': '资源属于该企业自身', en: 'the resource belongs to the startup itself' },
  COMPETITOR: { 'zh-CN': '资源方是该企业的竞争对手', en: "the resource's owner is one of the startup's competitors" },
  INVESTED_IN_COMPETITOR: { 'zh-CN': '该投资方已投资其竞争对手', en: 'the investor has invested in a competitor of the startup' },
  DECLARED: { 'zh-CN': '资源方已声明与该企业存在利益关联', en: 'the resource has declared a relation with the startup' },
};

/** Why a pair cannot be matched, in words (for a manager's override that is refused). */
export function infeasibilityText(reason: InfeasibleReason): ReasonText {
  return INFEASIBLE[reason];
}
