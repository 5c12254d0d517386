import { formatCny } from '@suanli/domain';
import type { OutgoingMail } from '../../mail/index.js';
import type { NotificationKind, NotificationParams } from '../notification-kinds.js';

type Language = 'zh-CN' | 'en';

const cny = (fen: string | undefined) => (fen && /^-?\d+$/.test(fen) ? formatCny(BigInt(fen)) : '');
const ticket = (p: NotificationParams) => [p.number, p.subject].filter(Boolean).join(' ');

/**
 * The e-mail's words per kind; the web has the same messages in its i18n files. Users have no
 * language of their own yet, so a mail carries Chinese first and English below.
 */
const MESSAGES: Record<NotificationKind, Record<Language, (p: NotificationParams) => string>> = {
  TICKET_REPLY: { 'zh-CN': (p) => `工单 ${ticket(p)} 有新回复`, en: (p) => `New reply on ticket ${ticket(p)}` },
  TICKET_ASSIGNED: { 'zh-CN': (p) => `工单 ${ticket(p)} 已分配给您`, en: (p) => `Ticket ${ticket(p)} was assigned to you` },
  SLA_WARNING: { 'zh-CN': (p) => `工单 ${ticket(p)} 即将超出服务时限`, en: (p) => `Ticket ${ticket(p)} is close to its SLA target` },
  SLA_BREACHED: { 'zh-CN': (p) => `工单 ${ticket(p)} 已超出服务时限`, en: (p) => `Ticket ${ticket(p)} breached its SLA target` },
  VOUCHER_DECIDED: {
    'zh-CN': (p) => (p.decision === 'APPROVED' ? `算力券申请已批准：${p.code ?? ''}，面额 ${cny(p.amountFen)}` : `算力券申请未获批准：${p.reason ?? ''}`),
    en: (p) => (p.decision === 'APPROVED' ? `Voucher application approved: ${p.code ?? ''}, ${cny(p.amountFen)}` : `Voucher application rejected: ${p.reason ?? ''}`),
  },
  TERM_SHEET_PROPOSED: { 'zh-CN': (p) => `投资条款（第 ${p.versionNo ?? ''} 版）待您审阅`, en: (p) => `Term sheet version ${p.versionNo ?? ''} awaits your review` },
  TERM_SHEET_SIGNED: { 'zh-CN': (p) => `投资条款（第 ${p.versionNo ?? ''} 版）已由双方签署`, en: (p) => `Term sheet version ${p.versionNo ?? ''} was signed by both sides` },
  INVOICE_ISSUED: { 'zh-CN': (p) => `账单 ${p.number ?? ''} 已开具，金额 ${cny(p.totalFen)}`, en: (p) => `Invoice ${p.number ?? ''} was issued for ${cny(p.totalFen)}` },
  ALLOCATION_STARTED: { 'zh-CN': (p) => `您申请的 ${p.cards ?? ''} 张卡已开始运行`, en: (p) => `Your allocation of ${p.cards ?? ''} cards started running` },
  ALLOCATION_PREEMPTED: { 'zh-CN': (p) => `您的算力分配（${p.cards ?? ''} 张卡）将被抢占`, en: (p) => `Your allocation of ${p.cards ?? ''} cards is to be preempted` },
  INTRODUCTION_PROPOSED: {
    'zh-CN': (p) => `资源对接建议：${p.organisation ?? ''} 与 ${p.resource ?? ''}，请回复`,
    en: (p) => `Introduction proposed: ${p.organisation ?? ''} and ${p.resource ?? ''}; please answer`,
  },
  INTRODUCTION_REMINDER: {
    'zh-CN': (p) => `对接建议待您回复：${p.organisation ?? ''} 与 ${p.resource ?? ''}（已等待 ${p.days ?? ''} 天）`,
    en: (p) => `Reminder: the introduction of ${p.organisation ?? ''} and ${p.resource ?? ''} awaits your answer (${p.days ?? ''} days)`,
  },
  INTRODUCTION_ANSWERED: {
    'zh-CN': (p) => (p.decision === 'ACCEPTED' ? `双方已接受对接：${p.organisation ?? ''} 与 ${p.resource ?? ''}` : `对接被拒绝：${p.organisation ?? ''} 与 ${p.resource ?? ''}`),
    en: (p) => (p.decision === 'ACCEPTED' ? `Both sides accepted the introduction of ${p.organisation ?? ''} and ${p.resource ?? ''}` : `The introduction of ${p.organisation ?? ''} and ${p.resource ?? ''} was declined`),
  },
};

export function notificationMessage(kind: NotificationKind, params: NotificationParams, language: Language): string {
  return MESSAGES[kind][language](params);
}

export function notificationMail(to: string, kind: NotificationKind, params: NotificationParams, url: string): OutgoingMail {
  const zh = notificationMessage(kind, params, 'zh-CN');
  const en = notificationMessage(kind, params, 'en');
  return {
    to,
    subject: `【算力】${zh}`,
    text: [
      zh,
      `查看：${url}`,
      '您可以在「账户 › 通知」中选择接收哪些通知。',
      '',
      '— English —',
      en,
      `Open: ${url}`,
      'Choose which notifications you receive under Account › Notifications.',
    ].join('\n'),
  };
}
