import { describe, expect, it } from 'vitest';
import { lineCount, MAX_ROW_HEIGHT, rowHeightFor, textWidth } from './row-height.js';

describe('row heights from text', () => {
  it('counts a Chinese character as two units and a Latin letter or digit as one', () => {
    expect(textWidth('推进')).toBe(4);
    expect(textWidth('2.8%')).toBe(4);
    expect(textWidth('完成50%，')).toBe(9);
  });

  it('wraps each explicit line to the column width', () => {
    // 20 characters = 40 units in a 21-unit column (20 usable): two lines; plus one short line.
    expect(lineCount({ text: `${'字'.repeat(20)}\n短`, width: 21 })).toBe(3);
    expect(lineCount({ text: '', width: 10 })).toBe(1);
    // A 16pt title is wider than 10pt text.
    expect(lineCount({ text: '字'.repeat(10), width: 21, fontSize: 16 })).toBe(2);
  });

  it('makes a row as tall as its tallest cell, ~15pt a line at 10pt, at most 409pt', () => {
    expect(rowHeightFor([])).toBe(19);
    expect(rowHeightFor([{ text: '一行', width: 10 }])).toBe(19);
    expect(
      rowHeightFor([
        { text: '一行', width: 10 },
        { text: 'a\nb\nc', width: 10 },
      ]),
    ).toBe(49);
    expect(rowHeightFor([{ text: '字'.repeat(5000), width: 10 }])).toBe(MAX_ROW_HEIGHT);
  });
});
