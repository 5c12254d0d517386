import { INVITATION_TTL_HOURS } from '@suanli/domain';

/** INVITATION_TTL_HOURS (default 72, fractions allowed): how long an invitation link stays valid. */
export function invitationTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.INVITATION_TTL_HOURS;
  if (raw === undefined || raw === '') return INVITATION_TTL_HOURS * 3_600_000;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new Error(`INVITATION_TTL_HOURS must be a number of hours between 0 and 720, got "${raw}"`);
  }
  return Math.round(hours * 3_600_000);
}
