import { UserErrorCode } from '../common/errors/error-codes.js';
import { defineFeature } from '../common/feature/define-feature.js';
import { CONSULTING_FIELD_RULES } from './consulting.field-rules.js';
import { ConsultingModule } from './consulting.module.js';
import { CONSULTING_ENTITIES } from './entities/index.js';
import { articleLinkCountLoader } from './loaders/article-link-count.loader.js';
import { MIGRATIONS } from './migrations/index.js';

declare module '../common/graphql/loaders.js' {
  interface Loaders {
    articleLinkCount: ReturnType<typeof articleLinkCountLoader>;
  }
}

/**
 * Policy consulting: founders' tickets to the centre's consultants under SLA on China's working
 * calendar, with durable pg-boss timers for warnings and escalations (docs/adr/0016-sla-timers-pg-boss.md).
 */
export const consultingFeature = defineFeature({
  name: 'consulting',
  module: ConsultingModule,
  entities: CONSULTING_ENTITIES,
  migrations: MIGRATIONS,
  fieldRules: CONSULTING_FIELD_RULES,
  loaders: { articleLinkCount: ({ dataSource }) => articleLinkCountLoader(dataSource) },
  errorCodes: [
    UserErrorCode.TICKET_CLOSED,
    UserErrorCode.NOT_IN_TICKET_GROUP,
    UserErrorCode.REOPEN_WINDOW_PASSED,
    UserErrorCode.ATTACHMENT_TOO_LARGE,
    UserErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED,
    UserErrorCode.ATTACHMENT_REJECTED,
    UserErrorCode.INVALID_SLA_TARGET,
    UserErrorCode.ARTICLE_NOT_PUBLISHED,
  ],
  permissions: ['TICKET_WRITE', 'TICKET_WORK', 'CONSULTING_MANAGE'],
});
