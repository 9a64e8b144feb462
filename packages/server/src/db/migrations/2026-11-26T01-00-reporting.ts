import type { CreateTableBuilder, Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Quarterly reporting, review and the supervision loop: reporting cycles, progress reports with every
 * version kept, evidence files, indicator values' review path, pilot stage history, acknowledgements,
 * extension requests, supervision orders, leaders' instructions, notifications and reminder claims.
 */
type Table = CreateTableBuilder<string, never>;

function table(db: Kysely<unknown>, name: string): Table {
  const created = db.schema.createTable(name);
  return isPostgres(db)
    ? created.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : created.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

function versioned(t: Table): Table {
  return t
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

type ColumnBuilder = Parameters<NonNullable<Parameters<Table['addColumn']>[2]>>[0];
const userRef = (c: ColumnBuilder) => c.references('users.id');

export async function up(db: Kysely<unknown>): Promise<void> {
  await versioned(
    table(db, 'reporting_cycles')
      .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('opened_by', 'integer', userRef)
      .addColumn('closed_at', 'text')
      .addColumn('closed_by', 'integer', userRef)
      .addUniqueConstraint('reporting_cycles_plan_period_uq', ['plan_id', 'period']),
  ).execute();

  await versioned(
    table(db, 'progress_reports')
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn('cycle_id', 'integer', (c) => c.notNull().references('reporting_cycles.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
      .addColumn('progress_state', 'text', (c) => c.notNull().defaultTo('in_progress'))
      .addColumn('completion_bp', 'integer')
      .addColumn('progress', 'text')
      .addColumn('problems', 'text')
      .addColumn('next_steps', 'text')
      .addColumn('pilot_stage', 'text')
      .addColumn('pilot_stage_date', 'text')
      .addColumn('created_by', 'integer', userRef)
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'integer', userRef)
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewed_by', 'integer', userRef)
      .addColumn('review_comment', 'text')
      .addColumn('quality_rating', 'integer')
      .addColumn('override_status', 'text')
      .addColumn('override_reason', 'text')
      .addUniqueConstraint('progress_reports_item_cycle_uq', ['item_id', 'cycle_id']),
  ).execute();
  await db.schema.createIndex('progress_reports_cycle_state_idx').on('progress_reports').columns(['cycle_id', 'state']).execute();
  await db.schema.createIndex('progress_reports_item_period_idx').on('progress_reports').columns(['item_id', 'period']).execute();

  await table(db, 'report_versions')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('progress_reports.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', userRef)
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_versions_report_idx').on('report_versions').column('report_id').execute();

  await table(db, 'evidence_files')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('progress_reports.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', userRef)
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_files_report_idx').on('evidence_files').column('report_id').execute();

  await db.schema
    .alterTable('indicator_values')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('approved'))
    .execute();
  await db.schema.alterTable('indicator_values').addColumn('submitted_by', 'integer').execute();
  await db.schema.alterTable('indicator_values').addColumn('submitted_at', 'text').execute();
  await db.schema.alterTable('indicator_values').addColumn('reviewed_by', 'integer').execute();
  await db.schema.alterTable('indicator_values').addColumn('reviewed_at', 'text').execute();
  await db.schema.alterTable('indicator_values').addColumn('review_comment', 'text').execute();

  await table(db, 'pilot_stage_events')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('stage_date', 'text')
    .addColumn('report_id', 'integer', (c) => c.references('progress_reports.id'))
    .addColumn('actor_id', 'integer', userRef)
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pilot_stage_events_item_idx').on('pilot_stage_events').column('item_id').execute();

  await createSupervisionTables(db);
}

async function createSupervisionTables(db: Kysely<unknown>): Promise<void> {
  await table(db, 'acknowledgements')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    .addColumn('user_id', 'integer', userRef)
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('acknowledgements_item_department_uq', ['item_id', 'department_id'])
    .execute();

  await versioned(
    table(db, 'extension_requests')
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn('current_deadline', 'text')
      .addColumn('requested_deadline', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('requested_by', 'integer', userRef)
      .addColumn('decided_by', 'integer', userRef)
      .addColumn('decided_at', 'text')
      .addColumn('decision_comment', 'text'),
  ).execute();
  await db.schema.createIndex('extension_requests_item_idx').on('extension_requests').column('item_id').execute();

  await versioned(
    table(db, 'supervision_orders')
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('reply_by', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('issued'))
      .addColumn('issued_by', 'integer', userRef)
      .addColumn('acknowledged_by', 'integer', userRef)
      .addColumn('acknowledged_at', 'text')
      .addColumn('answer', 'text')
      .addColumn('answered_by', 'integer', userRef)
      .addColumn('answered_at', 'text')
      .addColumn('review_comment', 'text')
      .addColumn('closed_by', 'integer', userRef)
      .addColumn('closed_at', 'text'),
  ).execute();
  await db.schema.createIndex('supervision_orders_item_idx').on('supervision_orders').column('item_id').execute();
  await db.schema.createIndex('supervision_orders_status_idx').on('supervision_orders').columns(['status', 'reply_by']).execute();

  await table(db, 'instructions')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('instructions_item_idx').on('instructions').column('item_id').execute();

  await table(db, 'notifications')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'read_at']).execute();

  // A reminder is claimed by inserting its key; the unique constraint lets only one server send it.
  await table(db, 'reminder_claims')
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('sent_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
