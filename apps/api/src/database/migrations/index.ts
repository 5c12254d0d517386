/** Migrations in the order they run. New ones are written here by `nx run api:migration-generate`. */
import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795618468341 } from './1795618468341-initial-schema.js';
import { ComputeAllocation1795618896232 } from './1795618896232-compute-allocation.js';
import { RetireNodesAndDescribeClusters1795626172888 } from './1795626172888-retire-nodes-and-describe-clusters.js';
import { UrgentApprovalAndOpenRequestCap1796117268370 } from './1796117268370-urgent-approval-and-open-request-cap.js';
import { AccountsInvitationsAudit1796117268641 } from './1796117268641-accounts-invitations-audit.js';
import { SessionsAndSignInLimits1796117274078 } from './1796117274078-sessions-and-sign-in-limits.js';
import { ProjectCodesAndCardNeed1796127781588 } from './1796127781588-project-codes-and-card-need.js';
import { AdaptationChecklistCheck1796200000000 } from './1796200000000-adaptation-checklist-check.js';
import { WeightRangeCheck1796200000001 } from './1796200000001-weight-range-check.js';
import { FinishedRunsIndex1796200001502 } from './1796200001502-finished-runs-index.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1795618468341, ComputeAllocation1795618896232, RetireNodesAndDescribeClusters1795626172888, UrgentApprovalAndOpenRequestCap1796117268370, AccountsInvitationsAudit1796117268641, SessionsAndSignInLimits1796117274078, ProjectCodesAndCardNeed1796127781588, AdaptationChecklistCheck1796200000000, WeightRangeCheck1796200000001, FinishedRunsIndex1796200001502];
