import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The folder the operator typed the command in, against which the paths they give are meant.
 * `npm run plantrack -- …` runs the command from the repository's root, whatever folder it was typed
 * in; npm keeps that folder in INIT_CWD. Only then: a test or script that starts `plantrack` inside
 * another npm script (INIT_CWD inherited) means its own working directory.
 */
export function operatorDirectory(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return env.npm_lifecycle_event === 'plantrack' && env.INIT_CWD ? env.INIT_CWD : cwd;
}

/** A path the operator gave (`--out`, `--from`, a file to import), as an absolute path. */
export function resolveOperatorPath(file: string): string {
  return path.resolve(operatorDirectory(), file);
}

/**
 * Writes a file the operator asked for (`--out`) where they meant it, creating missing folders, and
 * returns its absolute path. A failure says in Chinese what is wrong with the path, not Node's code.
 */
export async function writeOutputFile(file: string, content: string | Uint8Array): Promise<string> {
  const target = resolveOperatorPath(file);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  } catch (error) {
    throw new Error(describeWriteFailure(target, error as NodeJS.ErrnoException), { cause: error });
  }
  return target;
}

function describeWriteFailure(target: string, error: NodeJS.ErrnoException): string {
  const folder = path.dirname(target);
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return `没有权限写入 ${target}，请换一个文件夹或检查权限（permission denied）`;
    case 'EROFS':
      return `${folder} 所在的磁盘是只读的，请换一个文件夹（read-only file system）`;
    case 'EISDIR':
      return `${target} 是一个文件夹，请在 --out 中写出文件名（is a folder; name a file）`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `无法创建文件夹 ${folder}：路径中有同名的文件（a file is in the way）`;
    case 'ENOSPC':
      return `磁盘空间不足，无法写入 ${target}（no space left on device）`;
    default:
      return `无法写入 ${target}：${error.message}`;
  }
}
