import type { EventName, RequestName } from './contract'

/**
 * Channel names, kept free of any import at run time so the sandboxed preload can bundle them without pulling in
 * the validators. The lists are checked against the contract's types, so they cannot drift from it.
 */
export const REQUEST_NAMES = ['dispatch', 'getSnapshot', 'query'] as const satisfies readonly RequestName[]
export const EVENT_NAMES = ['snapshot', 'navigate', 'event'] as const satisfies readonly EventName[]

type Missing<All, Listed> = Exclude<All, Listed>
// Compile-time proof that every channel of the contract is listed.
const everyRequestListed: Missing<RequestName, (typeof REQUEST_NAMES)[number]> extends never ? true : never = true
const everyEventListed: Missing<EventName, (typeof EVENT_NAMES)[number]> extends never ? true : never = true
void everyRequestListed
void everyEventListed

export function channelOf(name: RequestName | EventName): `unknot:${RequestName | EventName}` {
  return `unknot:${name}`
}

export function isEventName(name: string): name is EventName {
  return (EVENT_NAMES as readonly string[]).includes(name)
}
