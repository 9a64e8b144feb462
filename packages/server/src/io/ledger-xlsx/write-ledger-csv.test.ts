import { describe, expect, it } from 'vitest';
import { emptyLedgerRow } from './ledger-row.js';
import { writeLedgerCsv } from './write-ledger-csv.js';

describe('writeLedgerCsv', () => {
  const row = {
    ...emptyLedgerRow('1-01', '全面实施“拨投贷保”联动, 支持"科技"创新'),
    areaNumeral: '一',
    areaTitle: '深化科技创新引领',
    measures: '第一行\n第二行',
    leadDepartments: ['市科技局', '市财政局'],
    remarks: '=HYPERLINK("http://evil.example")',
    quarterlyPlans: [{ period: '2023Q2', milestone: '完成年度任务的50%', cumulativePercent: 50, basis: 'annual' as const }],
  };

  it('starts with a UTF-8 BOM and ends lines with CRLF so Excel opens the Chinese correctly', () => {
    const csv = writeLedgerCsv({ kind: 'master', rows: [row], years: [2023] });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(
      '领域,编号,重点任务,工作措施,目标任务,牵头市领导,责任单位,配合单位,完成时限,2023年一季度推进计划,2023年二季度推进计划,2023年三季度推进计划,2023年四季度推进计划,备注',
    );
  });

  it('quotes commas, quotes and newlines, and guards text that would start a formula', () => {
    const text = writeLedgerCsv({ kind: 'master', rows: [row], years: [2023] }).toString('utf8');
    const line = text.slice(text.indexOf('\r\n') + 2);
    expect(line).toBe(
      '一、深化科技创新引领,1-01,"全面实施“拨投贷保”联动, 支持""科技""创新","第一行\n第二行",,,市科技局、市财政局,,,,完成年度任务的50%,,,"\'=HYPERLINK(""http://evil.example"")"\r\n',
    );
  });

  it('writes numbers bare and guards negative-looking text', () => {
    const indicator = { ...emptyLedgerRow('I-01', '-占比'), unit: '%', baselineValue: '-1.5', target: '2.8', baselineYear: 2020 };
    const text = writeLedgerCsv({ kind: 'key_indicators', rows: [indicator], years: [] }).toString('utf8');
    const [header, line] = text.slice(1).split('\r\n');
    expect(header).toBe('领域,编号,指标名称,单位,基期年,基期值,省定目标,冲击目标,目标值,牵头市领导,责任单位,配合单位,备注');
    expect(line).toBe(",I-01,'-占比,%,2020,-1.5,,,2.8,,,,");
  });
});
