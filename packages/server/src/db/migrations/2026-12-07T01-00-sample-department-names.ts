import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * The sample plan's departments bore names no Weihai official writes (威海财政局, 威海委宣传部,
 * 威海市荣成市): each exact sample name gets its right one. Departments an office entered itself are
 * never touched (威海海关 is a real name).
 */
const RENAMED: readonly [string, string][] = [
  ['威海财政局', '威海市财政局'],
  ['威海商务局', '威海市商务局'],
  ['威海农业农村局', '威海市农业农村局'],
  ['威海住房城乡建设局', '威海市住房城乡建设局'],
  ['威海交通运输局', '威海市交通运输局'],
  ['威海文化和旅游局', '威海市文化和旅游局'],
  ['威海卫生健康委', '威海市卫生健康委'],
  ['威海教育局', '威海市教育局'],
  ['威海人力资源社会保障局', '威海市人力资源社会保障局'],
  ['威海民政局', '威海市民政局'],
  ['威海应急管理局', '威海市应急管理局'],
  ['威海地方金融监管局', '威海市地方金融监管局'],
  ['威海城市管理局', '威海市城市管理局'],
  ['威海公安局', '威海市公安局'],
  ['威海委宣传部', '中共威海市委宣传部'],
  ['威海委组织部', '中共威海市委组织部'],
  ['威海委政法委', '中共威海市委政法委'],
  ['威海市场监管局', '威海市市场监管局'],
  ['威海市荣成市', '荣成市'],
  ['威海市乳山市', '乳山市'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [wrong, right] of RENAMED) await sql`update departments set name = ${right} where name = ${wrong}`.execute(db);
}
