import type { Role } from './roles.js';

/**
 * Something a role may do, by name ("review.reviewReports"). Each feature's *.policies.ts lists its
 * capabilities with the roles that have them; routes name the capability they need (the access hook
 * checks it), and commands and presenters ask `has(actor, …)` of the same table. Adding a role is a
 * change to the role list and these tables only.
 */
export interface Capability {
  readonly name: string;
  readonly roles: readonly Role[];
}

/** A feature's table: capability → the roles that have it. Scope (which department, which leader) is the policy functions' business. */
export function capabilityTable<Name extends string>(feature: string, table: Record<Name, readonly Role[]>): Readonly<Record<Name, Capability>> {
  const capabilities = {} as Record<Name, Capability>;
  for (const name of Object.keys(table) as Name[]) capabilities[name] = Object.freeze({ name: `${feature}.${name}`, roles: Object.freeze([...table[name]]) });
  return Object.freeze(capabilities);
}

export function has(actor: { role: Role }, capability: Capability): boolean {
  return capability.roles.includes(actor.role);
}
