export { AuditModule } from './audit.module.js';
export { AuditService, type AuditEntry } from './audit.service.js';
export { AUDIT_ACTIONS, type AuditAction } from './audit-actions.js';
export { AuditEventEntity } from './entities/audit-event.entity.js';
export { AuditEvent } from './models/audit-event.model.js';
export { auditFeature } from './audit.feature.js';
