/** The history record of one draft's create operation for one account: never two per draft (§4.3). */
export function opIdOf(accountId: string, batchId: string, draftId: string): string {
  return `op:${accountId}:${batchId}:${draftId}`;
}

/** The history record of a server card no draft claimed. */
export function orphanIdOf(appid: string, cardId: string): string {
  return `orphan:${appid}:${cardId}`;
}
