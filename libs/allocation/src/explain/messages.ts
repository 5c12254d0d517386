import type { WaitReasonCode } from '../model/types.js';

export type Locale = 'zh-CN' | 'en';

/** Who reads the reason: the requesting organisation, or the centre's staff looking at everyone's queue. */
export type Audience = 'requester' | 'staff';

type Params = Record<string, string | number>;
type Template = (p: Params, time: (s: number) => string) => string;

/** Whole numbers with thousands separators (12,300), the same in both locales. */
function n(v: string | number | undefined): string {
  return Math.round(Number(v ?? 0)).toLocaleString('en');
}

/** One sentence per reason and locale; `{until}`-style params are seconds, shown via formatTime. */
export const MESSAGES: Record<Locale, Record<WaitReasonCode, Template>> = {
  en: {
    NO_DOMAIN_FREE: (p, t) =>
      Number(p.cards) < Number(p.domainSize)
        ? `waiting: not ${p.cards} free card${Number(p.cards) === 1 ? '' : 's'} in one domain${p.until != null ? ` before ${t(Number(p.until))}` : ''}`
        : `waiting: no ${p.domainSize}-card domain free${p.until != null ? ` before ${t(Number(p.until))}` : ''}`,
    GANG_RESERVED_FOR_OTHER: (p) => `waiting: the free cards are reserved for an earlier ${p.otherCards}-card request`,
    OVER_FAIR_SHARE: (p) =>
      `waiting for other organisations: yours has used ${n(p.usedCardHours)} card-hours lately (half-life ${p.windowDays} days: use ${p.windowDays} days ago counts half) and holds ${p.heldCards} cards now, ${p.times}× its fair share of ${p.shareCards} cards`,
    ORG_QUOTA_REACHED: (p) => `waiting: your organisation's quota of ${p.quotaCards} cards is in use (${p.heldCards} held)`,
    NOT_BEFORE_EARLIEST_START: (p, t) => `waiting: you asked not to start before ${t(Number(p.earliestStartS))}`,
    BEHIND_HIGHER_PRIORITY: (p) => `waiting: ${p.count} higher-priority request(s) go first`,
    WAITING_FOR_PREEMPTION_NOTICE: (p, t) => `waiting: preemptible work has been given notice and stops at ${t(Number(p.preemptAtS))}`,
    EXCEEDS_CLUSTER_CAPACITY: (p) => `cannot start: ${p.cards} cards of ${p.cardType} never fit on this cluster`,
    BEHIND_EARLIER_REQUESTS: (p) => `waiting: ${p.count} earlier request(s) go first`,
  },
  'zh-CN': {
    NO_DOMAIN_FREE: (p, t) =>
      Number(p.cards) < Number(p.domainSize)
        ? `等待：${p.until != null ? `${t(Number(p.until))} 之前` : ''}没有 ${p.cards} 张同一互联域内的空闲卡`
        : `等待：${p.until != null ? `${t(Number(p.until))} 之前` : ''}没有空闲的 ${p.domainSize} 卡互联域`,
    GANG_RESERVED_FOR_OTHER: (p) => `等待：空闲的卡已预留给更早提交的 ${p.otherCards} 卡请求`,
    OVER_FAIR_SHARE: (p) =>
      `等待其他机构：贵单位近期已用 ${n(p.usedCardHours)} 卡时（半衰期 ${p.windowDays} 天：${p.windowDays} 天前的用量按一半计），当前占用 ${p.heldCards} 张卡，为公平份额 ${p.shareCards} 张卡的 ${p.times} 倍`,
    ORG_QUOTA_REACHED: (p) => `等待：贵单位的 ${p.quotaCards} 卡配额已用满（占用 ${p.heldCards} 张）`,
    NOT_BEFORE_EARLIEST_START: (p, t) => `等待：您要求不早于 ${t(Number(p.earliestStartS))} 开始`,
    BEHIND_HIGHER_PRIORITY: (p) => `等待：前面有 ${p.count} 个更高优先级的请求`,
    WAITING_FOR_PREEMPTION_NOTICE: (p, t) => `等待：可抢占的任务已收到通知，将于 ${t(Number(p.preemptAtS))} 停止`,
    EXCEEDS_CLUSTER_CAPACITY: (p) => `无法开始：本集群永远放不下 ${p.cards} 张 ${p.cardType} 卡`,
    BEHIND_EARLIER_REQUESTS: (p) => `等待：前面有 ${p.count} 个更早的请求`,
  },
};

/** Staff wording for the reasons that address the requester directly ("your organisation", "you asked"). */
export const STAFF_MESSAGES: Record<Locale, Partial<Record<WaitReasonCode, Template>>> = {
  en: {
    OVER_FAIR_SHARE: (p) =>
      `waiting for other organisations: it has used ${n(p.usedCardHours)} card-hours lately (half-life ${p.windowDays} days: use ${p.windowDays} days ago counts half) and holds ${p.heldCards} cards now, ${p.times}× its fair share of ${p.shareCards} cards`,
    ORG_QUOTA_REACHED: (p) => `waiting: the organisation's quota of ${p.quotaCards} cards is in use (${p.heldCards} held)`,
    NOT_BEFORE_EARLIEST_START: (p, t) => `waiting: requested not to start before ${t(Number(p.earliestStartS))}`,
  },
  'zh-CN': {
    OVER_FAIR_SHARE: (p) =>
      `等待其他机构：该机构近期已用 ${n(p.usedCardHours)} 卡时（半衰期 ${p.windowDays} 天：${p.windowDays} 天前的用量按一半计），当前占用 ${p.heldCards} 张卡，为公平份额 ${p.shareCards} 张卡的 ${p.times} 倍`,
    ORG_QUOTA_REACHED: (p) => `等待：该机构的 ${p.quotaCards} 卡配额已用满（占用 ${p.heldCards} 张）`,
    NOT_BEFORE_EARLIEST_START: (p, t) => `等待：申请方要求不早于 ${t(Number(p.earliestStartS))} 开始`,
  },
};
