import { hash } from '@node-rs/argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { adaptationDueDate, ADAPTATION_CHECKLIST } from '@suanli/domain';
import { OrganisationEntity } from '../organisations/index.js';
import { AdaptationEntity } from '../projects/index.js';
import { ProjectTransitionEntity } from '../projects/index.js';
import { ProjectEntity } from '../projects/index.js';
import { UserEntity } from '../users/index.js';
import { seedDemoBilling } from '../billing/index.js';
import { seedDemoEquity } from '../equity/index.js';
import { seedDemoConsulting } from '../consulting/index.js';
import { seedDemoKnowledgeBase } from '../knowledge-base/index.js';
import { seedDemoMatchmaking } from '../matchmaking/index.js';
import { seedDemoCompute, type DemoComputeProject } from './demo-compute.seed.js';
import { DEMO_ORGANISATIONS, DEMO_PROJECTS, DEMO_STAFF, demoFounders } from './demo-centre.data.js';

const DAY_MS = 86_400_000;

/** Seeds the demo centre when the database has no organisation yet. Returns whether it did. */
export async function seedDemoIfEmpty(dataSource: DataSource, password: string, now = new Date()): Promise<boolean> {
  const seeded = await dataSource.transaction(async (manager) => {
    // Serialise concurrent starters: only the first one seeds.
    await manager.query('SELECT pg_advisory_xact_lock(7212001)');
    if ((await manager.count(OrganisationEntity)) > 0) return false;
    await seedDemo(manager, password, now);
    return true;
  });
  // Money goes through the billing services' own transactions, on top of the committed centre.
  if (seeded) await seedDemoBilling(dataSource, now, { beforeInvoices: (signAt) => seedDemoEquity(dataSource, signAt) });
  // Consulting tickets and their SLA timers go through the consulting services and pg-boss.
  if (seeded) await seedDemoConsulting(dataSource, now);
  // Matchmaking's resources, needs and introductions go through its services on a clock set back in time.
  if (seeded) await seedDemoMatchmaking(dataSource, DEMO_ORGANISATIONS, now);
  return seeded;
}

async function seedDemo(manager: EntityManager, password: string, now: Date): Promise<void> {
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANISATIONS) {
    const saved = await manager.save(
      manager.create(OrganisationEntity, {
        name: org.name,
        kind: org.kind,
        industry: org.industry,
        sensitivityTier: org.tier,
        // createdAt is when the organisation joined (入驻): without it every one joined "today".
        createdAt: new Date(now.getTime() - org.joinedDaysAgo * DAY_MS),
      }),
    );
    orgIds.set(org.key, saved.id);
  }

  // One hash for the shared demo password keeps seeding fast; real accounts each get their own.
  const passwordHash = await hash(password);
  const userIds = new Map<string, string>();
  for (const user of [...DEMO_STAFF, ...demoFounders()]) {
    const saved = await manager.save(
      manager.create(UserEntity, {
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        organisationId: orgIds.get(user.org)!,
        passwordHash,
      }),
    );
    userIds.set(user.email, saved.id);
  }
  const founderOf = new Map(demoFounders().map((f) => [f.org, userIds.get(f.email)!]));
  const managerId = userIds.get('manager@suanli.dev')!;

  const computeProjects: DemoComputeProject[] = [];
  for (const demo of DEMO_PROJECTS) {
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
    const last = demo.path.at(-1)!;
    const project = await manager.save(
      manager.create(ProjectEntity, {
        organisationId: orgIds.get(demo.org)!,
        name: demo.name,
        summary: demo.summary,
        cooperationModes: demo.modes,
        stage: last.stage,
        stageEnteredAt: at(last.daysAgo),
        createdAt: at(demo.path[0].daysAgo),
      }),
    );
    let from: ProjectEntity['stage'] | null = null;
    for (const step of demo.path) {
      await manager.insert(ProjectTransitionEntity, {
        projectId: project.id,
        fromStage: from,
        toStage: step.stage,
        reasonCode: from === null ? 'APPLICATION_SUBMITTED' : 'NOTE',
        reason: step.reason,
        actorId: from === null ? founderOf.get(demo.org)! : managerId,
        createdAt: at(step.daysAgo),
      });
      if (step.stage === 'ADAPTATION') {
        const startedAt = at(step.daysAgo);
        const finished = demo.path.some((s) => s.stage === 'INCUBATING');
        await manager.insert(AdaptationEntity, {
          projectId: project.id,
          sourcePlatform: 'CUDA/NVIDIA',
          targetPlatform: 'CANN/Ascend',
          startedAt,
          dueAt: adaptationDueDate(startedAt),
          completedItems: finished ? [...ADAPTATION_CHECKLIST] : (demo.checklist ?? []),
        });
      }
      from = step.stage;
    }
    const org = DEMO_ORGANISATIONS.find((o) => o.key === demo.org)!;
    if (last.stage === 'ADAPTATION' || last.stage === 'INCUBATING') {
      const large = org.kind === 'LARGE_ENTERPRISE';
      computeProjects.push({
        id: project.id,
        organisationId: project.organisationId,
        requestedById: founderOf.get(demo.org)!,
        // Small firms train too, more than the cards that free up this afternoon: SMEs send
        // 16-card gangs that wait for whole domains beside the head firms' gangs, so the queue
        // shows them interleaved by fair share. Adaptation work stays a few jobs per project.
        jobs: large ? 70 : last.stage === 'ADAPTATION' ? (org.kind === 'SME' ? 16 : 8) : org.kind === 'SME' ? 40 : 20,
        historyPerDay: large ? 12 : org.kind === 'SME' ? 7 : 3,
        kind: large ? 'LARGE' : 'SMALL',
        cardChoices: large ? [8, 8, 16, 32, 64] : org.kind === 'SME' ? [2, 4, 8, 16, 16] : [1, 2, 4, 8, 16],
        priority: last.stage === 'ADAPTATION' ? 'ADAPTATION' : 'STANDARD',
      });
    }
  }
  await seedDemoCompute(manager, computeProjects, now);
  await seedDemoKnowledgeBase(manager, userIds.get('consultant@suanli.dev')!, now);
}
