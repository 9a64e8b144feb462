import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin, Rolldown } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/** Writes `.gz` and `.br` beside every text asset so the server sends them without compressing per request. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'plantrack:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const content = await readFile(file);
        // Below this the saving is a few bytes; above it even the tiny entry (a stub importing `app`) gains.
        if (content.length < 256) continue;
        await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
        await writeFile(`${file}.br`, brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/** The signed-in home: the shell and the dashboard, lazy routes that `/` and `/dashboard` always need. */
const HOME_MODULES = ['/src/app/shell/AppShell.tsx', '/src/pages/DashboardPage.tsx'];
const ENTRY_MODULE = path.resolve(here, 'src/main.tsx');

type ChunkingContext = Parameters<Extract<Rolldown.CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

/**
 * A library's index re-exporting dozens of modules (antd, its icons): the graph says it imports them
 * all, though a page uses a few. The walk stops there, or `app` would swallow the whole library.
 */
const BARREL_IMPORTS = 40;

/** The modules `from` imports statically, directly or not, short of barrels (dynamic imports stay their own chunks). */
function staticClosure(ctx: ChunkingContext, from: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    const imported = ctx.getModuleInfo(id)?.importedIds ?? [];
    if (imported.length > BARREL_IMPORTS) continue;
    seen.add(id);
    stack.push(...imported);
  }
  return seen;
}

const entryClosures = new WeakMap<ChunkingContext, Set<string>>();

/**
 * Left to itself the bundler cuts what the entry needs into ~15 chunks (every piece a lazy page shares
 * becomes its own file), all fetched before the first render, six at a time over HTTP/1.1. Every page
 * loads them all, so they are one chunk, `app` (the bundler adds what they reach through library
 * indexes). The lazy pages, ECharts and dialogs are split as before: merging the shell's and the
 * dashboard's pieces too either put them on the login page (over its budget) or, without their
 * dependencies, broke the order modules run in.
 */
function appChunkName(id: string, ctx: ChunkingContext): string | null {
  let entry = entryClosures.get(ctx);
  if (!entry) {
    entry = staticClosure(ctx, [ENTRY_MODULE]);
    entryClosures.set(ctx, entry);
  }
  return entry.has(id) ? 'app' : null;
}
const HOME_PATHS = ['/', '/dashboard'];

/**
 * The sign-in check and the dashboard summary, requested by the same script while the entry is still
 * being parsed (a few hundred milliseconds on a first visit); `apiRequest` takes each response once
 * (shared/api/early-responses.ts). The URLs are written as `toQueryString` writes them. At `/` the
 * summary is asked for only when this browser's last home was the dashboard (prefetch-home.ts keeps
 * it): another role would get a 403 the browser logs as an error, and nobody needs it.
 */
const EARLY_REQUESTS = `var a=new URLSearchParams(location.search).get('asOf'),r=window.__plantrackEarly={},h=null;try{h=localStorage.getItem('plantrack.lastHome')}catch(e){}var u=['/api/auth/session'];if(location.pathname==='/dashboard'||h==='/dashboard')u.push('/api/dashboard/summary'+(a?'?'+new URLSearchParams({asOf:a}):''));u.forEach(function(p){r[p]=fetch(p,{headers:{Accept:'application/json'},credentials:'same-origin'})});`;

/**
 * The home page's lazy chunks and first queries are otherwise requested only once the entry has run
 * (prefetch-home.ts), a second round of downloads after the first. A small classic script in <head> (the CSP forbids
 * inline ones), after the entry's, adds `modulepreload` links for all of them on `/` and `/dashboard` alone, so they load
 * alongside the entry; the login page and every other page download nothing more than before.
 */
function preloadHome(): Plugin {
  return {
    name: 'plantrack:preload-home',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry);
      const html = bundle['index.html'];
      if (!entry || html?.type !== 'asset') throw new Error('preload-home: no entry chunk or index.html in the bundle');
      // What index.html already preloads: the entry and its static imports.
      const loaded = new Set<string>();
      const closure = (fileName: string, into: Set<string>) => {
        if (into.has(fileName)) return;
        into.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) closure(imported, into);
      };
      closure(entry.fileName, loaded);
      const home = new Set<string>();
      for (const id of HOME_MODULES) {
        const chunk = chunks.find((candidate) => candidate.moduleIds.some((moduleId) => moduleId.endsWith(id)));
        if (!chunk) throw new Error(`preload-home: no chunk for ${id}`);
        closure(chunk.fileName, home);
      }
      const scripts = [...home].filter((fileName) => !loaded.has(fileName));
      const styles = scripts.flatMap((fileName) => [...(byName.get(fileName)?.viteMetadata?.importedCss ?? [])]);
      const code = `(function(){if(${JSON.stringify(HOME_PATHS)}.indexOf(location.pathname)<0)return;${JSON.stringify([
        ...scripts.map((fileName) => ['modulepreload', `/${fileName}`]),
        ...styles.map((fileName) => ['preload', `/${fileName}`]),
      ])}.forEach(function(l){var e=document.createElement('link');e.rel=l[0];e.href=l[1];if(l[0]==='preload')e.as='style';e.crossOrigin='';document.head.appendChild(e)});${EARLY_REQUESTS}})();`;
      const fileName = `assets/preload-home-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
      // At the end of <body>: the entry's own preloads in <head> must take the browser's six connections first
      // (they gate the first render); these follow while the entry is parsed and run. Async, or it would
      // wait for the stylesheet before running.
      html.source = String(html.source).replace('</body>', `  <script async src="/${fileName}"></script>\n  </body>`);
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadHome(), precompress()],
  resolve: {
    // The domain rules are compiled from source, so the web app never needs a prior `tsc -b` of them.
    alias: [
      { find: '@plantrack/domain', replacement: path.resolve(here, '../domain/src/index.ts') },
      { find: /^@plantrack\/contract\/(.*)$/, replacement: `${path.resolve(here, '../contract/src')}/$1.ts` },
    ],
  },
  server: {
    proxy: { '/api': { target: process.env.PLANTRACK_API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 2048,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: appChunkName, debugName: 'app' }],
        },
      },
    },
  },
});
