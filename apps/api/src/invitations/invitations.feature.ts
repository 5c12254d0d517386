import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { InvitationsModule } from './invitations.module.js';
import { INVITATION_FIELD_RULES } from './invitations.field-rules.js';

export const invitationsFeature = defineFeature({
  name: 'invitations',
  module: InvitationsModule,
  entities: [InvitationEntity],
  fieldRules: INVITATION_FIELD_RULES,
  errorCodes: [
    UserErrorCode.INVITATION_NOT_FOUND,
    UserErrorCode.INVITATION_EXPIRED,
    UserErrorCode.INVITATION_REVOKED,
    UserErrorCode.INVITATION_USED,
    UserErrorCode.INVITATION_PENDING,
    UserErrorCode.EMAIL_TAKEN,
  ],
  permissions: ['INVITATION_READ', 'INVITATION_WRITE'],
});
