import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import type { Role, TokenScope } from '@suanli/domain';
import type { Actor } from '../../common/access/actor.js';

/**
 * How long one process may reuse a credential check. Changes made through the API empty the
 * cache at once (on every process, by NOTIFY); this bounds only edits made straight in the database.
 */
export const CREDENTIAL_CACHE_MS = 2_000;

interface SessionRow {
  id: string;
  user_id: string;
  expires_at: Date;
  role: Role;
  organisation_id: string | null;
}

interface TokenRow {
  id: string;
  organisation_id: string | null;
  scopes: TokenScope[];
  expires_at: Date;
}

/**
 * The one place that says whether a credential is live right now: the session exists, is not
 * revoked or expired, and its user exists and is active; the role and organisation come from the
 * database, never from the token. Results are cached briefly per process.
 */
@Injectable()
export class LiveCredentials {
  private readonly cache = new LRUCache<string, { actor: Actor | null }>({ max: 20_000, ttl: CREDENTIAL_CACHE_MS });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Forget every cached answer (a session, user or token changed somewhere). */
  forget(): void {
    this.cache.clear();
  }

  async session(sessionId: string): Promise<Actor | null> {
    return this.cached(`s:${sessionId}`, () => this.loadSession(sessionId));
  }

  async apiToken(tokenHash: string): Promise<Actor | null> {
    return this.cached(`t:${tokenHash}`, () => this.loadToken({ hash: tokenHash }));
  }

  /** Uncached: is the credential this actor authenticated with still live, with the same rights? */
  async stillLive(actor: Actor): Promise<boolean> {
    const now = actor.kind === 'user' && actor.sessionId ? await this.loadSession(actor.sessionId) : await this.loadToken({ id: actor.id });
    return now !== null && now.role === actor.role && now.organisationId === actor.organisationId && now.id === actor.id;
  }

  private async cached(key: string, load: () => Promise<Actor | null>): Promise<Actor | null> {
    const hit = this.cache.get(key);
    if (hit && (!hit.actor?.expiresAt || hit.actor.expiresAt.getTime() > Date.now())) return hit.actor;
    const actor = await load();
    this.cache.set(key, { actor });
    return actor;
  }

  private async loadSession(sessionId: string): Promise<Actor | null> {
    const rows = (await this.dataSource.query(
      `SELECT s.id, s.user_id, s.expires_at, u.role, u.organisation_id
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.deactivated_at IS NULL`,
      [sessionId],
    )) as SessionRow[];
    const row = rows[0];
    if (!row) return null;
    return {
      kind: 'user',
      id: row.user_id,
      role: row.role,
      organisationId: row.organisation_id,
      scopes: [],
      sessionId: row.id,
      expiresAt: new Date(row.expires_at),
    };
  }

  private async loadToken(by: { hash: string } | { id: string }): Promise<Actor | null> {
    const [column, value] = 'hash' in by ? ['token_hash', by.hash] : ['id', by.id];
    const rows = (await this.dataSource.query(
      `SELECT id, organisation_id, scopes, expires_at FROM api_tokens
        WHERE ${column} = $1 AND revoked_at IS NULL AND expires_at > now()`,
      [value],
    )) as TokenRow[];
    const row = rows[0];
    if (!row) return null;
    return {
      kind: 'token',
      id: row.id,
      role: 'INTEGRATION',
      organisationId: row.organisation_id,
      scopes: row.scopes,
      expiresAt: new Date(row.expires_at),
    };
  }
}
