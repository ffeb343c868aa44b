import type { Clock } from '../../common/clock';
import { chinaDayKey } from './china-time';
import { randomIntBetween, randomUrlSafe } from './random';

/** Token lifetimes and limits (§3). Overridable only to shorten test set-ups. */
export interface TokenRules {
  /** expires_in, seconds (§3.1: 7200). */
  readonly ttlSeconds: number;
  /** How long a superseded cgi-bin/token stays valid, and stable_token's early-renewal window (§3.2, §3.5: 300). */
  readonly graceSeconds: number;
  /** stable_token force_refresh per China day (§3.5: 20). */
  readonly forceRefreshPerDay: number;
  /** Minimum seconds between two force refreshes (§3.5: 30). */
  readonly forceRefreshIntervalSeconds: number;
}

/** The documented values. */
export const DEFAULT_TOKEN_RULES: TokenRules = {
  ttlSeconds: 7200,
  graceSeconds: 300,
  forceRefreshPerDay: 20,
  forceRefreshIntervalSeconds: 30,
};

interface TokenRecord {
  readonly token: string;
  readonly appid: string;
  readonly slot: 'classic' | 'stable';
  readonly expiresAt: number;
  /** When a newer cgi-bin/token replaced it; valid for graceSeconds more (§3.2). */
  supersededAt?: number;
  /** When a stable_token force_refresh revoked it: invalid at once (§3.5). */
  revokedAt?: number;
}

interface StableSlot {
  current?: string;
  forceDay: number;
  forceCount: number;
  lastForceAt?: number;
}

/** A token as returned to the caller. */
export interface IssuedToken {
  readonly access_token: string;
  readonly expires_in: number;
}

/** What stable_token did, for the state dump. */
export interface StableOutcome extends IssuedToken {
  /** A new token was minted by this call. */
  readonly issued: boolean;
  /** force_refresh was asked for but refused by the 20/day or 30 s rule ("否则不会刷新", §3.5). */
  readonly forceIgnored: boolean;
}

/** Why a token is not accepted: 40014 never issued, 40001 superseded or revoked, 42001 expired. */
export type TokenRejection = 40014 | 40001 | 42001;

/**
 * Both token spaces of §3: cgi-bin/token (each call supersedes the previous token, which stays valid
 * for the grace period) and stable_token (its own slot; normal mode reuses, force mode revokes).
 */
export class TokenService {
  private readonly records = new Map<string, TokenRecord>();
  private readonly classicLatest = new Map<string, string>();
  private readonly stableSlots = new Map<string, StableSlot>();

  constructor(
    private readonly clock: Clock,
    private readonly rules: TokenRules = DEFAULT_TOKEN_RULES,
  ) {}

  /** cgi-bin/token: mints a token and starts the grace period of the previous one (§3.2). */
  issueClassic(appid: string): IssuedToken {
    const now = this.clock.now();
    const previous = this.classicLatest.get(appid);
    const previousRecord = previous === undefined ? undefined : this.records.get(previous);
    if (previousRecord && previousRecord.supersededAt === undefined) previousRecord.supersededAt = now;
    const record = this.mint(appid, 'classic', now);
    this.classicLatest.set(appid, record.token);
    return { access_token: record.token, expires_in: this.rules.ttlSeconds };
  }

  /** stable_token in normal or force mode (§3.5). */
  issueStable(appid: string, forceRefresh: boolean): StableOutcome {
    const now = this.clock.now();
    const slot = this.stableSlot(appid, now);
    if (forceRefresh && this.forceAllowed(slot, now)) {
      const current = slot.current === undefined ? undefined : this.records.get(slot.current);
      if (current) current.revokedAt = now;
      slot.forceCount += 1;
      slot.lastForceAt = now;
      const fresh = this.mint(appid, 'stable', now);
      slot.current = fresh.token;
      return { access_token: fresh.token, expires_in: this.rules.ttlSeconds, issued: true, forceIgnored: false };
    }
    const current = slot.current === undefined ? undefined : this.records.get(slot.current);
    const renewWindowMs = this.rules.graceSeconds * 1000;
    if (current && current.revokedAt === undefined && current.expiresAt - now > renewWindowMs) {
      const remaining = Math.floor((current.expiresAt - now) / 1000);
      return { access_token: current.token, expires_in: remaining, issued: false, forceIgnored: forceRefresh };
    }
    // No token, or in its last 5 minutes: renew early. The old one simply runs out (≤ 5 min), so
    // both are valid meanwhile and every returned token has expires_in ≥ 300 (§3.5).
    const fresh = this.mint(appid, 'stable', now);
    slot.current = fresh.token;
    return { access_token: fresh.token, expires_in: this.rules.ttlSeconds, issued: true, forceIgnored: forceRefresh };
  }

  /** The account a token belongs to, or why it is refused. */
  resolve(token: string): { ok: true; appid: string } | { ok: false; errcode: TokenRejection } {
    const record = this.records.get(token);
    if (!record) return { ok: false, errcode: 40014 };
    const now = this.clock.now();
    if (now >= record.expiresAt) return { ok: false, errcode: 42001 };
    if (record.revokedAt !== undefined && now >= record.revokedAt) return { ok: false, errcode: 40001 };
    if (record.supersededAt !== undefined && now >= record.supersededAt + this.rules.graceSeconds * 1000) {
      return { ok: false, errcode: 40001 };
    }
    return { ok: true, appid: record.appid };
  }

  /** Counts of issued tokens per slot, for the dump. */
  issuedCount(appid: string): { classic: number; stable: number } {
    let classic = 0;
    let stable = 0;
    for (const r of this.records.values()) {
      if (r.appid !== appid) continue;
      if (r.slot === 'classic') classic++;
      else stable++;
    }
    return { classic, stable };
  }

  private forceAllowed(slot: StableSlot, now: number): boolean {
    if (slot.forceCount >= this.rules.forceRefreshPerDay) return false;
    return slot.lastForceAt === undefined || now - slot.lastForceAt >= this.rules.forceRefreshIntervalSeconds * 1000;
  }

  private stableSlot(appid: string, now: number): StableSlot {
    const day = chinaDayKey(now);
    let slot = this.stableSlots.get(appid);
    if (!slot) {
      slot = { forceDay: day, forceCount: 0 };
      this.stableSlots.set(appid, slot);
    }
    if (slot.forceDay !== day) {
      slot.forceDay = day;
      slot.forceCount = 0;
    }
    return slot;
  }

  private mint(appid: string, slot: 'classic' | 'stable', now: number): TokenRecord {
    // Real tokens look like `86_<~150 url-safe chars>`; the store must keep ≥ 512 chars (§1.2).
    let token: string;
    do token = `${randomIntBetween(70, 99)}_${randomUrlSafe(150)}`;
    while (this.records.has(token));
    const record: TokenRecord = { token, appid, slot, expiresAt: now + this.rules.ttlSeconds * 1000 };
    this.records.set(token, record);
    return record;
  }
}
