import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { operatorDirectory, writeOutputFile } from './operator-path.js';

describe('paths the operator gives', () => {
  it('are meant from the folder `npm run plantrack` was typed in, otherwise from the working directory', () => {
    expect(operatorDirectory({ npm_lifecycle_event: 'plantrack', INIT_CWD: '/home/office/exports' }, '/srv/plantrack')).toBe('/home/office/exports');
    // Started by another npm script (a test run): INIT_CWD is inherited and means nothing here.
    expect(operatorDirectory({ npm_lifecycle_event: 'test', INIT_CWD: '/srv/plantrack' }, '/tmp/work')).toBe('/tmp/work');
    expect(operatorDirectory({}, '/tmp/work')).toBe('/tmp/work');
  });

  describe('writing an output file', () => {
    const dirs: string[] = [];
    const tempDir = () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-out-'));
      dirs.push(dir);
      return dir;
    };
    afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

    it('creates the folders that are missing and returns the absolute path', async () => {
      const target = path.join(tempDir(), '导出', '2024', '台账.xlsx');
      expect(await writeOutputFile(target, 'x')).toBe(target);
      expect(fs.readFileSync(target, 'utf8')).toBe('x');
    });

    it('says in Chinese when a file stands where a folder should be, or the target is a folder', async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, '导出'), '');
      await expect(writeOutputFile(path.join(dir, '导出', '台账.xlsx'), 'x')).rejects.toThrow(/无法创建文件夹 .*导出：路径中有同名的文件/);
      await expect(writeOutputFile(dir, 'x')).rejects.toThrow(/是一个文件夹，请在 --out 中写出文件名/);
    });
  });
});
