import { ConsultantGroupEntity, ConsultantGroupMemberEntity } from './consultant-group.entity.js';
import { SlaPolicyEntity, TicketEscalationEntity, TicketSlaPauseEntity, TicketSlaTargetEntity } from './sla.entities.js';
import { TicketAttachmentEntity } from './ticket-attachment.entity.js';
import { ConsultingSettingsEntity, TicketReviewTaskEntity, TicketStatusChangeEntity } from './ticket-history.entities.js';
import { TicketMessageArticleEntity } from './ticket-message-article.entity.js';
import { TicketMessageEntity } from './ticket-message.entity.js';
import { TicketEntity } from './ticket.entity.js';

export const CONSULTING_ENTITIES = [
  ConsultantGroupEntity, ConsultantGroupMemberEntity, TicketEntity, TicketMessageEntity, TicketMessageArticleEntity, TicketAttachmentEntity,
  SlaPolicyEntity, TicketSlaTargetEntity, TicketSlaPauseEntity, TicketEscalationEntity,
  TicketStatusChangeEntity, TicketReviewTaskEntity, ConsultingSettingsEntity,
];
