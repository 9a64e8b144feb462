import type { CreateTableBuilder, Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * The foundation schema: organisations, departments, people and users, the plan with its areas,
 * ledgers, items, responsibility chain, quarterly plans, indicators, sessions, settings and audit.
 * Portable types only (text, integer), so one migration serves SQLite and PostgreSQL: timestamps are
 * ISO-8601 text with offset, booleans 0/1, decimals exact text, percentages integer basis points.
 */
type Table = CreateTableBuilder<string, never>;

function withId(db: Kysely<unknown>, name: string): Table {
  const table = db.schema.createTable(name);
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

function withTimestamps(table: Table): Table {
  return table
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, 'organisations')
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('organisations.id'))
    .execute();

  await withTimestamps(
    withId(db, 'departments')
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('department'))
      .addColumn('note', 'text')
      .addColumn('source', 'text')
      .addUniqueConstraint('departments_org_name_uq', ['organisation_id', 'name']),
  ).execute();

  await withId(db, 'department_aliases')
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addUniqueConstraint('department_aliases_org_alias_uq', ['organisation_id', 'alias'])
    .execute();
  await db.schema.createIndex('department_aliases_department_idx').on('department_aliases').column('department_id').execute();

  await withTimestamps(
    withId(db, 'sections')
      .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addUniqueConstraint('sections_department_name_uq', ['department_id', 'name']),
  ).execute();

  await withTimestamps(
    withId(db, 'people')
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('phone', 'text')
      .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
      .addColumn('section_id', 'integer', (c) => c.references('sections.id')),
  ).execute();
  await db.schema.createIndex('people_org_kind_idx').on('people').columns(['organisation_id', 'kind']).execute();

  await withTimestamps(
    withId(db, 'users')
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
      .addColumn('person_id', 'integer', (c) => c.references('people.id'))
      .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_login_at', 'text'),
  ).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await createPlanTables(db);
  await createItemTables(db);
  await createIndicatorTables(db);
  await createAuditAndSettings(db);
}

async function createPlanTables(db: Kysely<unknown>): Promise<void> {
  await withTimestamps(
    withId(db, 'plans')
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('short_title', 'text')
      .addColumn('start_year', 'integer', (c) => c.notNull())
      .addColumn('end_year', 'integer', (c) => c.notNull())
      .addColumn('issuer', 'text')
      .addColumn('announced', 'text')
      .addColumn('implements_title', 'text')
      .addColumn('implements_doc_no', 'text')
      .addColumn('positioning', 'text')
      .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('sample_notice', 'text'),
  ).execute();
  await db.schema.createIndex('plans_org_idx').on('plans').column('organisation_id').execute();

  await withTimestamps(
    withId(db, 'areas')
      .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('numeral', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('targets', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('areas_plan_code_uq', ['plan_id', 'code']),
  ).execute();

  await withTimestamps(
    withId(db, 'ledgers')
      .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('planned_count', 'integer')
      .addColumn('description', 'text')
      .addUniqueConstraint('ledgers_plan_kind_uq', ['plan_id', 'kind']),
  ).execute();
}

async function createItemTables(db: Kysely<unknown>): Promise<void> {
  await withTimestamps(
    withId(db, 'items')
      .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
      .addColumn('area_id', 'integer', (c) => c.references('areas.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('measures', 'text')
      .addColumn('targets', 'text')
      .addColumn('year_key_work', 'text')
      .addColumn('deadline_text', 'text')
      .addColumn('deadline', 'text')
      .addColumn('start_date', 'text')
      .addColumn('source_clause', 'text')
      .addColumn('province_text', 'text')
      .addColumn('city_source', 'text')
      .addColumn('remarks', 'text')
      .addColumn('leader_person_id', 'integer', (c) => c.references('people.id'))
      .addColumn('lead_department_id', 'integer', (c) => c.references('departments.id'))
      .addColumn('lead_department_source', 'text')
      .addColumn('section_id', 'integer', (c) => c.references('sections.id'))
      .addColumn('staff_person_id', 'integer', (c) => c.references('people.id'))
      .addColumn('pilot_level', 'text')
      .addColumn('pilot_stage', 'text')
      .addColumn('pilot_stage_date', 'text')
      .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('data_source', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('items_plan_code_uq', ['plan_id', 'code']),
  ).execute();
  await db.schema.createIndex('items_plan_area_idx').on('items').columns(['plan_id', 'area_id']).execute();
  await db.schema.createIndex('items_lead_department_idx').on('items').column('lead_department_id').execute();
  await db.schema.createIndex('items_leader_idx').on('items').column('leader_person_id').execute();
  await db.schema.createIndex('items_plan_deadline_idx').on('items').columns(['plan_id', 'deadline']).execute();

  await db.schema
    .createTable('ledger_items')
    .addColumn('ledger_id', 'integer', (c) => c.notNull().references('ledgers.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('ledger_items_pk', ['ledger_id', 'item_id'])
    .execute();
  await db.schema.createIndex('ledger_items_item_idx').on('ledger_items').column('item_id').execute();

  await db.schema
    .createTable('item_co_departments')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    .addPrimaryKeyConstraint('item_co_departments_pk', ['item_id', 'department_id'])
    .execute();
  await db.schema.createIndex('item_co_departments_department_idx').on('item_co_departments').column('department_id').execute();

  await withTimestamps(
    withId(db, 'quarterly_plans')
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('milestone', 'text')
      .addColumn('cumulative_bp', 'integer')
      .addUniqueConstraint('quarterly_plans_item_period_uq', ['item_id', 'period']),
  ).execute();
}

async function createIndicatorTables(db: Kysely<unknown>): Promise<void> {
  await withTimestamps(
    withId(db, 'indicators')
      .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
      .addColumn('item_id', 'integer', (c) => c.notNull().unique().references('items.id').onDelete('cascade'))
      .addColumn('unit', 'text')
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('value_kind', 'text', (c) => c.notNull().defaultTo('level'))
      .addColumn('baseline_year', 'integer')
      .addColumn('baseline_value', 'text')
      .addColumn('baseline_note', 'text')
      .addColumn('target_year', 'integer')
      .addColumn('target', 'text')
      .addColumn('target_qualifier', 'text')
      .addColumn('target_rule', 'text')
      .addColumn('province_target', 'text')
      .addColumn('stretch_target', 'text')
      .addColumn('data_source_department_id', 'integer', (c) => c.references('departments.id')),
  ).execute();
  await db.schema.createIndex('indicators_plan_idx').on('indicators').column('plan_id').execute();

  await db.schema
    .createTable('indicator_yearly_targets')
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_yearly_targets_pk', ['indicator_id', 'year'])
    .execute();

  await withTimestamps(
    withId(db, 'indicator_values')
      .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('value', 'text')
      .addColumn('provincial_rank', 'integer')
      .addColumn('note', 'text')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('indicator_values_indicator_period_uq', ['indicator_id', 'period']),
  ).execute();
}

async function createAuditAndSettings(db: Kysely<unknown>): Promise<void> {
  await withId(db, 'audit_log')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer')
    .addColumn('user_id', 'integer')
    .addColumn('username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('ip', 'text')
    .addColumn('request_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('success'))
    .execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  await db.schema
    .createTable('settings')
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('settings_pk', ['organisation_id', 'key'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
