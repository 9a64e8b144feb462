import { describe, expect, it } from 'vitest';
import { subjectOf } from './bulletin-content.js';
import { rankChangeText } from './bulletin-indicators.js';
import { textWidthInChars } from './official-document-frame.js';

describe('the bulletin’s wording and measures', () => {
  it('takes the title’s subject from the plan’s name, without the city and the plan’s years', () => {
    expect(subjectOf('威海市深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）', '威海市')).toBe('全市深化新旧动能转换推动绿色低碳高质量发展');
    expect(subjectOf('山东省建设绿色低碳高质量发展先行区三年行动计划（2023—2025年）', '山东省')).toBe('全省建设绿色低碳高质量发展先行区');
    expect(subjectOf('行动计划', '测试市')).toBe('行动计划');
  });

  it('writes a provincial rank’s change as places gained or lost', () => {
    expect(rankChangeText(3, 5)).toBe('↑2');
    expect(rankChangeText(6, 5)).toBe('↓1');
    expect(rankChangeText(5, 5)).toBe('持平');
    expect(rankChangeText(5, null)).toBe('');
  });

  it('measures text in grid characters: a Chinese character is one, a digit half', () => {
    expect(textWidthInChars('2024年7月10日')).toBe(6.5);
    expect(textWidthInChars('威海市指挥部办公室')).toBe(9);
  });
});
