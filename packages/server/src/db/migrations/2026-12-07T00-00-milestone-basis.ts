import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Quarterly milestones keep the basis their figure is on (PRODUCT.md "Decisions"): `cumulative` (a
 * share of the whole task) or `annual` (a share of that year's task). Figures stored before were all
 * read as cumulative; those whose text speaks of the year's task without a cumulative figure are
 * annual. A re-import of the ledger reads every cell afresh.
 *
 * Sample items kept their deadline only as text ("2023年底前"): the rule judged them against the
 * plan's end instead, and an export's re-import saw a change. The sample's texts all read "YYYY年底前".
 *
 * Indicators: a target that is not a number ("较基期翻番") is its rule's text, not a code beside a
 * qualifier, so the export writes what the office wrote and the import reads it back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('quarterly_plans').addColumn('basis', 'text').execute();
  await sql`update quarterly_plans set basis = case
      when (milestone like '%年度任务%' or milestone like '%全年目标%' or milestone like '%全年任务%') and milestone not like '%累计%'
      then 'annual' else 'cumulative' end
    where cumulative_bp is not null`.execute(db);
  await sql`update items set deadline = substr(deadline_text, 1, 4) || '-12-31'
    where is_sample = 1 and deadline is null and deadline_text like '____年底前'`.execute(db);
  await sql`update indicators set target_rule = target_qualifier, target_qualifier = null
    where target is null and target_qualifier is not null`.execute(db);
}
