import { CamelCasePlugin } from 'kysely';
import type { PluginTransformResultArgs, UnknownRow } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CamelCaseRowsPlugin } from './camel-case-rows.js';

function argsOf(rows: UnknownRow[]): PluginTransformResultArgs {
  return { result: { rows }, queryId: { queryId: 'test' } };
}

describe('CamelCaseRowsPlugin', () => {
  it('renames result rows exactly as Kysely’s CamelCasePlugin does', async () => {
    const rows: UnknownRow[] = [
      { id: 1, lead_department_id: null, staff_phone: 'sm4:1:abc', area_code: '一', blob: Buffer.from('x') },
      { id: 2, lead_department_id: 7, staff_phone: null, area_code: null, blob: null },
      { id: 3, lead_department_id: 8, staff_phone: null, area_code: null, blob: { nested_key: [{ deep_key: 1 }] } },
    ];
    const expected = await new CamelCasePlugin().transformResult(argsOf(rows));
    const plugin = new CamelCaseRowsPlugin();
    expect(await plugin.transformResult(argsOf(rows))).toEqual(expected);
    // Again, from the cached renamer of that column list.
    expect(await plugin.transformResult(argsOf(rows))).toEqual(expected);
  });

  it('treats a column name as data, never as code', async () => {
    const rows: UnknownRow[] = [{ 'a"]; throw new Error("x"); //': 1, 'b\\`${1}`': 2 }];
    expect(await new CamelCaseRowsPlugin().transformResult(argsOf(rows))).toEqual(await new CamelCasePlugin().transformResult(argsOf(rows)));
  });

  it('leaves results without rows alone', async () => {
    const result = { rows: [], numAffectedRows: 3n };
    expect(await new CamelCaseRowsPlugin().transformResult({ result, queryId: { queryId: 'test' } })).toEqual(result);
  });
});
