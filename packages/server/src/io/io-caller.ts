import type { Actor, RequestContext } from '../auth/actor.js';

/**
 * Who runs an import or an export. Through the API it is the signed-in user, audited as them. From
 * the command line it is the operator of the server (see cli/system-caller.ts): the services still
 * need an Actor for the plan, scope and role checks, but the audit row is written for 'system'.
 */
export interface IoCaller {
  actor: Actor;
  /** null: the command line, audited as 'system'. */
  audit: RequestContext | null;
}

export function callerOf(context: RequestContext): IoCaller {
  return { actor: context.actor, audit: context };
}
