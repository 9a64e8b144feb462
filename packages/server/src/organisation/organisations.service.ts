import type { Organisation, OwnOrganisations } from '@plantrack/contract/organisation/organisations.contract';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { notFound } from '../shared/app-error.js';
import type { OrganisationRow } from './organisations.repository.js';
import { findChildOrganisations, findOrganisation } from './organisations.repository.js';

function presentOrganisation(row: OrganisationRow): Organisation {
  return { id: row.id, code: row.code, name: row.name, level: row.level, parentId: row.parentId };
}

/** The caller's organisation and the ones directly under it (a city's districts); nothing above or beside it. */
export async function getOwnOrganisations(db: Db, actor: Actor): Promise<OwnOrganisations> {
  const own = await findOrganisation(db, actor.organisationId);
  if (!own) throw notFound('organisation', actor.organisationId);
  const children = await findChildOrganisations(db, own.id);
  return { organisation: presentOrganisation(own), children: children.map(presentOrganisation) };
}
