import { fieldRules, requires } from '../common/access/field-access/field-rule.js';

/** The audit log names people and tenants: admins only, however it is reached. */
export const AUDIT_FIELD_RULES = [fieldRules('AuditEvent', { '*': requires('AUDIT_READ') })];
