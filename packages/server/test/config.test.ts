import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('starting with a bad environment', () => {
  it('names each bad variable with its value and the rule it breaks, in Chinese', () => {
    const message = problemsOf({ PLANTRACK_SQLITE_READERS: '-1', PORT: 'abc', PLANTRACK_SEED: 'demo', PLANTRACK_IMPORT_PARSERS: '99' });
    expect(message).toContain('配置有误');
    expect(message).toContain('PLANTRACK_SQLITE_READERS="-1"：应不小于 0');
    expect(message).toContain('PORT="abc"：应为数字');
    expect(message).toContain('PLANTRACK_SEED="demo"：应为以下之一：sample、none');
    expect(message).toContain('PLANTRACK_IMPORT_PARSERS="99"：应不大于 16');
  });

  it('does not repeat a key or a password it refuses', () => {
    const message = problemsOf({ PLANTRACK_DATA_KEY: 'not-a-hex-secret', PLANTRACK_DEMO_PASSWORD: 'short' });
    expect(message).not.toContain('not-a-hex-secret');
    expect(message).not.toContain('short"');
    expect(message).toContain('PLANTRACK_DATA_KEY=（已隐藏）：应为至少 32 位十六进制字符');
    expect(message).toContain('PLANTRACK_DEMO_PASSWORD=（已隐藏）');
  });

  it('a good environment loads', () => {
    expect(loadConfig({ PLANTRACK_SQLITE_READERS: '2', PORT: '8080' })).toMatchObject({ port: 8080, database: { kind: 'sqlite', readers: 2 } });
  });
});
