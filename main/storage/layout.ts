import { join } from 'node:path';

/** Where each kind of data sits inside the data directory (architecture.md "Where data lives"). */
export interface DataLayout {
  readonly root: string;
  /** `accounts.json`: the account list, no secrets. */
  readonly accountsName: 'accounts';
  /** `secret-storage.json`: whether the user accepted Linux's basic_text backend. */
  readonly secretPrefsName: 'secret-storage';
  /** `vault.json`: each AppSecret encrypted with safeStorage, bound to its account. */
  readonly vaultFile: string;
  /** One `<batchId>.json` per draft batch. */
  readonly draftsDir: string;
  /** Deleted batches are moved here, never unlinked. */
  readonly draftsTrashDir: string;
  /** Processed images as `<sha256>.<jpg|png>`. */
  readonly imagesDir: string;
  /** One `<accountId>.json` per account: content hash → Weixin URL. */
  readonly uploadCacheDir: string;
}

/** The layout under a data directory. */
export function dataLayout(root: string): DataLayout {
  return {
    root,
    accountsName: 'accounts',
    secretPrefsName: 'secret-storage',
    vaultFile: join(root, 'vault.json'),
    draftsDir: join(root, 'drafts'),
    draftsTrashDir: join(root, 'drafts', '.trash'),
    imagesDir: join(root, 'images'),
    uploadCacheDir: join(root, 'images', 'uploads'),
  };
}
