import { describe, expect, it } from 'vitest';
import { defaultBulletinSettings, resolveBulletinSettings } from './bulletin-settings.service.js';

describe('the bulletin settings', () => {
  it('default to texts built from the organisation name', () => {
    expect(defaultBulletinSettings('威海市')).toMatchObject({
      issuerName: '威海市指挥部办公室',
      issuerMark: '威海市指挥部办公室文件',
      numberPrefix: '威发办',
      mainRecipients: '各有关部门（单位）',
      printer: '威海市指挥部办公室',
    });
  });

  it('let the 标志 and the 印发机关 follow a changed 发文机关 unless they are set themselves', () => {
    const issuerName = '威海市绿色低碳高质量发展指挥部办公室';
    expect(resolveBulletinSettings('威海市', { issuerName })).toMatchObject({ issuerMark: `${issuerName}文件`, printer: issuerName });
    expect(resolveBulletinSettings('威海市', { issuerName, issuerMark: '威海市绿色低碳高质量发展指挥部文件', printer: '威海市发展改革委' })).toMatchObject({
      issuerMark: '威海市绿色低碳高质量发展指挥部文件',
      printer: '威海市发展改革委',
    });
  });

  it('keep an empty 抄送 empty: the 版记 then has no 抄送 line', () => {
    expect(resolveBulletinSettings('威海市', { copyTo: '' }).copyTo).toBe('');
  });
});
