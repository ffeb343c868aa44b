import { z } from 'zod';
import { localizedSchema } from '../localized-schema';
import { defineChannels, defineEvents } from '../define';

/** What an endpoint does, which decides how the console sends it. */
export const CONSOLE_ENDPOINT_KINDS = ['read', 'write', 'create'] as const;

export const consoleEndpointSchema = z.strictObject({
  method: z.enum(['GET', 'POST']),
  path: z.string(),
  label: localizedSchema,
  kind: z.enum(CONSOLE_ENDPOINT_KINDS),
  /** A JSON body to start from (empty for GET). */
  sample: z.string(),
});
export type ConsoleEndpoint = z.infer<typeof consoleEndpointSchema>;

/**
 * The console's answer. `answered`: Weixin answered (errcode 0 or not — `response` is its JSON,
 * the access_token scrubbed). `precheck`: card/create stopped by the validator before sending.
 * `failed`: no answer (network, timeout, outcome unknown…). `refused`: the request itself is not
 * acceptable (bad JSON, a token endpoint). Every kind carries a message for people.
 */
export const consoleResultSchema = z.strictObject({
  outcome: z.enum(['answered', 'precheck', 'failed', 'refused']),
  durationMs: z.number(),
  /** Weixin's answer as pretty JSON text, when there is one. */
  response: z.string().nullable(),
  errcode: z.number().int().nullable(),
  message: localizedSchema,
  fix: localizedSchema.nullable(),
  /** A card created from the console is journaled like any batch card (card/create only). */
  cardId: z.string().nullable(),
  historyRecordId: z.string().nullable(),
  /** Where a syntax error in the body is (1-based). */
  position: z.strictObject({ line: z.number().int(), column: z.number().int() }).nullable(),
  findings: z.array(z.strictObject({ path: z.string(), message: localizedSchema })),
});
export type ConsoleResult = z.infer<typeof consoleResultSchema>;

/** The API console: like Weixin's own debugging tool, but the token stays in main. */
export const consoleChannels = defineChannels('console', {
  'console:endpoints': { request: z.void(), response: z.strictObject({ endpoints: z.array(consoleEndpointSchema) }) },
  'console:send': {
    request: z.strictObject({
      accountId: z.string().min(1).max(64),
      method: z.enum(['GET', 'POST']),
      path: z.string().min(1).max(200),
      /** JSON text as typed; empty for GET. */
      body: z.string().max(2_000_000),
    }),
    response: consoleResultSchema,
  },
});

export const consoleEvents = defineEvents('console', {});
