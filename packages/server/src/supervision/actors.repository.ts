import type { Db } from '../db/database.js';

export interface ActorName {
  id: number;
  displayName: string;
}

/** Display names of the users who took steps, batched for a list (no N+1). */
export async function findActorNames(db: Db, userIds: (number | null)[]): Promise<Map<number, ActorName>> {
  const ids = [...new Set(userIds.filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** `{ id, displayName }` of a step's actor, or null when nobody took it (yet). */
export function actorOf(names: Map<number, ActorName>, id: number | null): ActorName | null {
  if (id === null) return null;
  return names.get(id) ?? { id, displayName: `#${id}` };
}
