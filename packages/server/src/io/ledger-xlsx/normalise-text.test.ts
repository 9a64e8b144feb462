import { describe, expect, it } from 'vitest';
import { chineseNumeralToNumber, numberToChineseNumeral } from './chinese-numerals.js';
import { normaliseProse, normaliseStrict, splitNames } from './normalise-text.js';
import { formatFigure, parseFigure } from './parse-figure.js';

describe('cleaning cell text', () => {
  it('turns full-width digits and letters into ASCII but keeps Chinese punctuation in prose', () => {
    expect(normaliseProse('完成２０２３年ＰＭ２.５治理，达到５０％（省定）')).toBe('完成2023年PM2.5治理，达到50%（省定）');
  });

  it('keeps the lines of a multi-line cell, trimmed', () => {
    expect(normaliseProse('  1.制定方案；\r\n  2.组织实施。  \n\n')).toBe('1.制定方案；\n2.组织实施。');
  });

  it('applies full NFKC to single values such as codes', () => {
    expect(normaliseStrict('　１－０１　')).toBe('1-01');
  });

  it('reads placeholder dashes and 无 as empty', () => {
    expect(normaliseProse('—')).toBeNull();
    expect(normaliseStrict('无')).toBeNull();
  });

  it('removes the apostrophe our export puts before formula-like text', () => {
    expect(normaliseProse("'=SUM(A1:A2)")).toBe('=SUM(A1:A2)');
    expect(normaliseProse("'普通文字")).toBe("'普通文字");
  });

  it('splits a department cell on every separator offices use', () => {
    expect(splitNames('市发改委、市科技局，市财政局;市商务局／市统计局\n市水务局 市审批局等')).toEqual([
      '市发改委',
      '市科技局',
      '市财政局',
      '市商务局',
      '市统计局',
      '市水务局',
      '市审批局',
    ]);
    expect(splitNames('市科技局、市科技局')).toEqual(['市科技局']);
    expect(splitNames('/')).toEqual([]);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ] as const)('%s is %i', (text, value) => {
    expect(chineseNumeralToNumber(text)).toBe(value);
    expect(numberToChineseNumeral(value)).toBe(text);
  });
});

describe('indicator figures', () => {
  it('keeps the number exact and the qualifier apart', () => {
    expect(parseFigure('2.8%左右', '%')).toEqual({ value: '2.8', qualifier: '左右' });
    expect(parseFigure('超过400家', '家')).toEqual({ value: '400', qualifier: '超过' });
    expect(parseFigure('1,800', '万千瓦')).toEqual({ value: '1800', qualifier: null });
    expect(parseFigure('-3.5', null)).toEqual({ value: '-3.5', qualifier: null });
  });

  it('does not accept a unit other than the row unit', () => {
    expect(parseFigure('400家', '%')).toBeNull();
    expect(parseFigure('较基期翻番', null)).toBeNull();
  });

  it('writes a figure back in the form it reads', () => {
    for (const text of ['2.8左右', '超过400', '约5以上']) {
      const figure = parseFigure(text, null);
      expect(figure && formatFigure(figure.value, figure.qualifier)).toBe(text);
    }
  });
});
