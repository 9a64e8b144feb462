import { describe, expect, it } from 'vitest';
import { downloadName, hasRunnableExtension, sanitiseFileName, UNNAMED_FILE } from './evidence-name.js';

describe('evidence file names', () => {
  it('keep the display name but lose folders, `..`, control and direction-changing characters', () => {
    expect(sanitiseFileName('2023年二季度推进情况.pdf')).toBe('2023年二季度推进情况.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('..\\..\\Windows\\system.ini')).toBe('system.ini');
    expect(sanitiseFileName('报告\u0000\u001b[31m.pdf')).toBe('报告[31m.pdf');
    expect(sanitiseFileName('photo\u202egpj.exe')).toBe('photogpj.exe');
    expect(sanitiseFileName('a<b>:c?.txt')).toBe('a_b__c_.txt');
    expect(sanitiseFileName('..')).toBe(UNNAMED_FILE);
    expect(sanitiseFileName('  .hidden. ')).toBe('hidden');
    expect(sanitiseFileName('')).toBe(UNNAMED_FILE);
  });

  it('are shortened to 200 characters keeping their extension', () => {
    const long = sanitiseFileName(`${'很'.repeat(300)}.docx`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('that a desktop would run are recognised', () => {
    expect(hasRunnableExtension('setup.EXE')).toBe(true);
    expect(hasRunnableExtension('run.bat')).toBe(true);
    expect(hasRunnableExtension('表格.xlsm')).toBe(true);
    expect(hasRunnableExtension('总结.docx')).toBe(false);
    expect(hasRunnableExtension('README')).toBe(false);
  });

  it('are downloaded with the extension of what the file really is', () => {
    expect(downloadName('总结.pdf', 'pdf')).toBe('总结.pdf');
    expect(downloadName('照片.JPG', 'jpeg')).toBe('照片.JPG');
    expect(downloadName('passwd', 'text')).toBe('passwd.txt');
    expect(downloadName('数据.csv', 'text')).toBe('数据.csv');
    expect(downloadName('扫描件.pdf', 'png')).toBe('扫描件.pdf.png');
  });
});
