import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationsService } from '../../notifications/index.js';

/** Founders open introductions in the portal, everyone else (staff, partner members) in the console. */
export const portalIntroductionLink = (id: string) => `/portal/matchmaking/introductions/${id}`;
export const consoleIntroductionLink = (id: string) => `/matchmaking/introductions/${id}`;

export interface IntroductionFacts {
  id: string;
  organisationId: string;
  organisationName: string;
  resourceName: string;
}

/**
 * Tells people about an introduction inside the transaction of the change (nothing is sent if it
 * rolls back). Founders get the portal link, other people the console one.
 */
export async function noticeIntroduction(
  notifications: NotificationsService, manager: EntityManager, facts: IntroductionFacts, kind: NotificationKind, userIds: readonly string[], extra: Record<string, string> = {},
): Promise<void> {
  if (!userIds.length) return;
  const people: { id: string; role: string }[] = await manager.query('SELECT id, role FROM users WHERE id = ANY($1::uuid[])', [[...new Set(userIds)]]);
  const params = { organisation: facts.organisationName, resource: facts.resourceName, ...extra };
  const founders = people.filter((p) => p.role === 'FOUNDER').map((p) => p.id);
  const others = people.filter((p) => p.role !== 'FOUNDER').map((p) => p.id);
  if (founders.length) await notifications.notify(manager, { userIds: founders, kind, params, link: portalIntroductionLink(facts.id), organisationId: facts.organisationId });
  if (others.length) await notifications.notify(manager, { userIds: others, kind, params, link: consoleIntroductionLink(facts.id), organisationId: facts.organisationId });
}

/** The people who answer for each side: the startup's active founders; the resource's owner or its organisation's active members. */
export async function sidePeople(manager: EntityManager, introductionId: string): Promise<{ startup: string[]; resource: string[] }> {
  const rows: { side: 'STARTUP' | 'RESOURCE'; id: string }[] = await manager.query(
    `SELECT 'STARTUP' AS side, u.id FROM introductions i JOIN users u ON u.organisation_id = i.organisation_id AND u.role = 'FOUNDER' AND u.deactivated_at IS NULL WHERE i.id = $1
     UNION ALL
     SELECT 'RESOURCE', u.id FROM introductions i JOIN match_resources r ON r.id = i.resource_id
       JOIN users u ON (u.id = r.owner_user_id OR (r.owner_organisation_id IS NOT NULL AND u.organisation_id = r.owner_organisation_id)) AND u.deactivated_at IS NULL
      WHERE i.id = $1`,
    [introductionId],
  );
  return { startup: rows.filter((r) => r.side === 'STARTUP').map((r) => r.id), resource: rows.filter((r) => r.side === 'RESOURCE').map((r) => r.id) };
}

export async function factsOf(manager: EntityManager, introductionId: string): Promise<IntroductionFacts> {
  const rows: { id: string; organisation_id: string; organisation_name: string; resource_name: string }[] = await manager.query(
    `SELECT i.id, i.organisation_id, o.name AS organisation_name, r.name AS resource_name
       FROM introductions i JOIN organisations o ON o.id = i.organisation_id JOIN match_resources r ON r.id = i.resource_id WHERE i.id = $1`,
    [introductionId],
  );
  const row = rows[0]!;
  return { id: row.id, organisationId: row.organisation_id, organisationName: row.organisation_name, resourceName: row.resource_name };
}
