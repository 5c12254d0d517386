import { TICKET_CATEGORIES } from '@suanli/domain';
import { enumOf, registerDescribedEnum } from './domain-enums.js';

/**
 * The consulting categories as one GraphQL enum, in common because two features file things under
 * them: tickets (routing, SLA policies) and knowledge-base articles (suggested on the ticket form).
 */
export const TicketCategoryEnum = enumOf(TICKET_CATEGORIES);
registerDescribedEnum(TicketCategoryEnum, 'TicketCategory', 'What a consulting question or a knowledge-base article is about.', {
  SUBSIDIES_POLICY: 'Subsidies and industrial policy (补贴与政策).',
  COMPUTE_VOUCHERS: 'Compute vouchers (算力券).',
  TAX: 'Tax, e.g. high-tech enterprise relief (税务).',
  TALENT: 'Talent policy, e.g. 蓉漂计划 (人才).',
  DATA_COMPLIANCE: 'Data compliance and cross-border data export (数据合规).',
  ADAPTATION: 'Porting models to Ascend (适配).',
  OTHER: 'Anything else (其他).',
});
