import type { Migration } from '../storage/sqlite';

/**
 * The history database's schema, one numbered step per change. A later issue adds its tables
 * (uploaded codes, redemptions, the member ledger) as the next numbers; a step is never edited
 * once released, since databases out there already recorded it as applied.
 */
export const HISTORY_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, runs, baselines',
    // Each record and run is its whole JSON document (`doc`), so fields added later pass through
    // unchanged; the columns beside it are copies kept only to index and filter on. `seq` is the
    // order a record first appeared (newest first = seq descending), kept by upserts.
    sql: `
      CREATE TABLE records (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        account_id TEXT NOT NULL,
        appid TEXT NOT NULL,
        batch_id TEXT,
        run_id TEXT,
        card_id TEXT,
        fingerprint TEXT,
        state TEXT NOT NULL,
        review_status TEXT,
        flagged INTEGER NOT NULL DEFAULT 0,
        search TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX records_card ON records (card_id) WHERE card_id IS NOT NULL;
      CREATE INDEX records_appid_card ON records (appid, card_id) WHERE card_id IS NOT NULL;
      CREATE INDEX records_fingerprint ON records (appid, fingerprint) WHERE fingerprint IS NOT NULL;
      CREATE INDEX records_unfinished ON records (state) WHERE kind = 'op' AND state IN ('pending', 'unknown');
      CREATE INDEX records_orphans ON records (kind) WHERE kind = 'orphan';
      CREATE INDEX records_account ON records (account_id, seq);
      CREATE INDEX records_batch ON records (batch_id, seq);
      CREATE TABLE runs (
        run_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE TABLE baselines (
        appid TEXT NOT NULL,
        card_id TEXT NOT NULL,
        PRIMARY KEY (appid, card_id)
      ) WITHOUT ROWID;
      CREATE TABLE baseline_accounts (appid TEXT PRIMARY KEY) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'run leases',
    // Who drives a run: a process renews its lease while the run is live; a dead owner's lapses.
    sql: `
      CREATE TABLE run_leases (
        run_id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'history problems',
    // Damage found on the way (torn tail, unreadable records, set-aside files, an import), shown
    // on every command and in the app until someone acknowledges it.
    sql: `
      CREATE TABLE problems (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        code TEXT NOT NULL,
        at INTEGER NOT NULL,
        acknowledged_at INTEGER,
        doc TEXT NOT NULL
      );
      CREATE INDEX problems_open ON problems (id) WHERE acknowledged_at IS NULL;
    `,
  },
  {
    version: 4,
    name: 'known cards',
    // The cards each account has on Weixin (card/batchget + card/get), for the duplicate check;
    // the card is an opaque JSON document to this layer.
    sql: `
      CREATE TABLE known_cards (
        account_id TEXT NOT NULL,
        card_id TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (account_id, card_id)
      ) WITHOUT ROWID;
      CREATE TABLE known_cards_sync (
        account_id TEXT PRIMARY KEY,
        synced_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: 'search index and state counts',
    // A trigram full-text index over the search text (substring search in a few ms at 100,000
    // records, for 3 characters or more), and the per-state counts of the unfiltered history
    // page, both kept by triggers so no write path can forget them.
    sql: `
      CREATE VIRTUAL TABLE records_search USING fts5 (search, tokenize = 'trigram', detail = 'none');
      INSERT INTO records_search (rowid, search) SELECT seq, search FROM records;
      CREATE TRIGGER records_search_insert AFTER INSERT ON records BEGIN
        INSERT INTO records_search (rowid, search) VALUES (new.seq, new.search);
      END;
      CREATE TRIGGER records_search_update AFTER UPDATE OF search ON records WHEN old.search IS NOT new.search BEGIN
        UPDATE records_search SET search = new.search WHERE rowid = old.seq;
      END;
      CREATE TRIGGER records_search_delete AFTER DELETE ON records BEGIN
        DELETE FROM records_search WHERE rowid = old.seq;
      END;
      CREATE TABLE record_counts (state TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO record_counts (state, n) SELECT state, count(*) FROM records GROUP BY state;
      CREATE TRIGGER record_counts_insert AFTER INSERT ON records BEGIN
        INSERT INTO record_counts (state, n) VALUES (new.state, 1) ON CONFLICT (state) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER record_counts_update AFTER UPDATE OF state ON records WHEN old.state IS NOT new.state BEGIN
        UPDATE record_counts SET n = n - 1 WHERE state = old.state;
        INSERT INTO record_counts (state, n) VALUES (new.state, 1) ON CONFLICT (state) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER record_counts_delete AFTER DELETE ON records BEGIN
        UPDATE record_counts SET n = n - 1 WHERE state = old.state;
      END;
    `,
  },
  {
    version: 6,
    name: 'member ledger',
    // Every points/balance change of a member card: its intent is committed before updateuser is
    // sent, its outcome after (an `unknown` outcome is reconciled, never resent blind). Append-only;
    // `seq` keeps the order the entries were written in.
    sql: `
      CREATE TABLE member_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX member_changes_id ON member_changes (id);
    `,
  },
  {
    version: 7,
    name: 'coupon code uploads',
    // 商家券 MERCHANT_UPLOAD codes (wechatpay-merchant-coupons-and-member-cards.md §2.3): each call's
    // upload_request_no and its codes, in the order sent, are committed before the call; a chunk
    // not 'done' is replayed with its own number, so no code is ever sent under two numbers.
    sql: `
      CREATE TABLE code_chunks (
        upload_request_no TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        mchid TEXT NOT NULL,
        stock_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        done_at INTEGER,
        error TEXT
      );
      CREATE INDEX code_chunks_open ON code_chunks (mchid, stock_id, seq) WHERE state <> 'done';
      CREATE TABLE stock_codes (
        mchid TEXT NOT NULL,
        stock_id TEXT NOT NULL,
        code TEXT NOT NULL,
        upload_request_no TEXT NOT NULL,
        pos INTEGER NOT NULL,
        result TEXT NOT NULL,
        reason TEXT,
        PRIMARY KEY (mchid, stock_id, code)
      ) WITHOUT ROWID;
      CREATE INDEX stock_codes_chunk ON stock_codes (upload_request_no, pos);
    `,
  },
  {
    version: 8,
    name: 'redemptions',
    // Counter redemptions (coupons/use, §2.3): use_request_no committed before the call, the
    // answer after; the searchable log of what was redeemed here.
    sql: `
      CREATE TABLE redemptions (
        use_request_no TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        mchid TEXT NOT NULL,
        stock_id TEXT NOT NULL,
        code TEXT NOT NULL,
        state TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        use_time TEXT NOT NULL,
        answered_at INTEGER,
        wechatpay_use_time TEXT,
        openid TEXT,
        error TEXT
      );
      CREATE INDEX redemptions_code ON redemptions (mchid, code);
      CREATE INDEX redemptions_time ON redemptions (requested_at);
    `,
  },
  {
    version: 9,
    name: 'upload cache',
    // Per account, an image's content hash → the URL media/uploadimg gave for it, so one logo used
    // by 500 drafts is uploaded once per account. Moved here from images/uploads/<account>.json
    // (imported once by upload-cache-store.ts; the files are kept, renamed).
    sql: `
      CREATE TABLE upload_cache (
        account_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        url TEXT NOT NULL,
        uploaded_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, hash)
      );
    `,
  },
  {
    version: 10,
    name: 'stock changes',
    // 商家券 budget changes and modifications (PATCH …/budget, PATCH stocks/{stock_id}, §2.3): the
    // request number and the exact body are committed before the call, so a lost answer is
    // settled by replaying the same number and body, never by a second change.
    sql: `
      CREATE TABLE stock_changes (
        request_no TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        account_id TEXT NOT NULL,
        mchid TEXT NOT NULL,
        stock_id TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        answered_at INTEGER,
        error TEXT
      );
      CREATE INDEX stock_changes_open ON stock_changes (mchid, stock_id, requested_at) WHERE state = 'pending';
    `,
  },
];
