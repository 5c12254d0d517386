import { defineFeature } from '../common/feature/define-feature.js';
import { AuditModule } from './audit.module.js';
import { AUDIT_FIELD_RULES } from './audit.field-rules.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';

export const auditFeature = defineFeature({
  name: 'audit',
  module: AuditModule,
  entities: [AuditEventEntity],
  fieldRules: AUDIT_FIELD_RULES,
  permissions: ['AUDIT_READ'],
});
