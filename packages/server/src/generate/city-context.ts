import { DEMO_SOURCE } from '../plan/plans.presenter.js';
import type { GeneratedRows, IdAllocator } from './generated-rows.js';
import type { Random } from './random.js';

/** What every builder of one city's data shares: its random stream, id allocator and the rows so far. */
export interface CityContext {
  random: Random;
  ids: IdAllocator;
  rows: GeneratedRows;
  cityIndex: number;
  city: { code: string; name: string };
  /** Username prefix of the city's accounts, e.g. `gen01`. */
  userPrefix: string;
  /** Multiplies the tasks (and so the reports) of each city; indicators stay 56 per city. */
  scale: number;
  provinceId: number;
  passwordHash: string;
  /** When the plan's records were set up; report times follow their cycles' deadlines. */
  setUpAt: string;
  /** When the accounts' password was set: now, so that no password has expired yet. */
  generatedAt: string;
}

export { DEMO_SOURCE };
export const DEMO_NOTICE = `${DEMO_SOURCE}：由 plantrack generate 按固定随机种子生成，用于演示与性能测试；其中的城市、部门、人员、进展与数值均非真实数据。`;

export const stampsAt = (at: string) => ({ version: 1, createdAt: at, updatedAt: at });

export function userPrefixOf(cityIndex: number): string {
  return `gen${String(cityIndex + 1).padStart(2, '0')}`;
}
