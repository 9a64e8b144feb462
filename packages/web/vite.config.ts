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
        if (content.length < 1024) continue;
        await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
        await writeFile(`${file}.br`, brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/** The signed-in home: the shell and the dashboard, lazy routes that `/` and `/dashboard` always need. */
const HOME_MODULES = ['/src/app/shell/AppShell.tsx', '/src/pages/DashboardPage.tsx'];
const HOME_PATHS = ['/', '/dashboard'];

/**
 * The home page's lazy chunks are otherwise requested only once the entry has run (prefetch-home.ts),
 * a second round of downloads after the first. A small classic script in <head> (the CSP forbids
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
        const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(id));
        if (!chunk) throw new Error(`preload-home: no chunk for ${id}`);
        closure(chunk.fileName, home);
      }
      const scripts = [...home].filter((fileName) => !loaded.has(fileName));
      const styles = scripts.flatMap((fileName) => [...(byName.get(fileName)?.viteMetadata?.importedCss ?? [])]);
      const code = `(function(){if(${JSON.stringify(HOME_PATHS)}.indexOf(location.pathname)<0)return;${JSON.stringify([
        ...scripts.map((fileName) => ['modulepreload', `/${fileName}`]),
        ...styles.map((fileName) => ['preload', `/${fileName}`]),
      ])}.forEach(function(l){var e=document.createElement('link');e.rel=l[0];e.href=l[1];if(l[0]==='preload')e.as='style';e.crossOrigin='';document.head.appendChild(e)})})();`;
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
    alias: { '@plantrack/domain': path.resolve(here, '../domain/src/index.ts') },
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
  },
});
