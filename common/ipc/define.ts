import type { z } from 'zod';

/** One request/response channel: the request the renderer sends and the data main answers with. */
export interface ChannelSpec {
  readonly request: z.ZodType;
  readonly response: z.ZodType;
}

/** channel name (`domain:verb`) → spec. */
export type ChannelMap = Readonly<Record<string, ChannelSpec>>;

/** pushed event name (`domain:event`) → payload schema. */
export type EventMap = Readonly<Record<string, z.ZodType>>;

/** A domain or verb: lower camelCase ASCII, so `app:openExternal` becomes `couponStudio.app.openExternal()`. */
export const NAME_PART = /^[a-z][A-Za-z0-9]*$/;

/** Domains that would collide with the API's own members (`couponStudio.on`). */
const RESERVED_DOMAINS = new Set(['on', 'constructor', 'prototype', '__proto__']);

type Keyed<D extends string, M, V> = { readonly [K in keyof M]: K extends `${D}:${string}` ? V : never };

function checkNames(domain: string, names: readonly string[]): void {
  // A definition-time assertion: a misnamed channel fails the first test that loads the contract.
  if (!NAME_PART.test(domain) || RESERVED_DOMAINS.has(domain)) {
    throw new TypeError(`IPC domain "${domain}" must be lower camelCase and not reserved`);
  }
  for (const name of names) {
    const [d, verb, extra] = name.split(':');
    if (d !== domain || verb === undefined || extra !== undefined || !NAME_PART.test(verb)) {
      throw new TypeError(`IPC name "${name}" must be "${domain}:<lowerCamelVerb>"`);
    }
  }
}

/** Declares one domain's channels; every key must read `<domain>:<verb>`. */
export function defineChannels<const D extends string, const M extends Keyed<D, M, ChannelSpec>>(domain: D, map: M): M {
  checkNames(domain, Object.keys(map));
  return map;
}

/** Declares one domain's pushed events; every key must read `<domain>:<event>`. */
export function defineEvents<const D extends string, const M extends Keyed<D, M, z.ZodType>>(domain: D, map: M): M {
  checkNames(domain, Object.keys(map));
  return map;
}

/** What the caller passes (before zod defaults/transforms). */
export type RequestInput<S extends ChannelSpec> = z.input<S['request']>;
/** What the handler receives (after parsing). */
export type RequestOutput<S extends ChannelSpec> = z.output<S['request']>;
/** What the handler returns and the renderer receives; response schemas describe the wire (no transforms). */
export type ResponseData<S extends ChannelSpec> = z.output<S['response']>;
