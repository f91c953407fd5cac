// Builds the InstantSearch demo page into the folder given as the first argument (the server's public files):
// installs the locked packages when node_modules is missing or was installed from another lock file, then bundles
// the page's script and styles with esbuild, so that the page loads only its own files (script-src 'self').
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_FOLDER');
  process.exit(2);
}

// npm ci always deletes node_modules; skipping it while the lock file is unchanged keeps builds fast and offline
const lock = createHash('sha256').update(readFileSync(join(here, 'package-lock.json'))).digest('hex');
const stamp = join(here, 'node_modules', '.installed-from-lock');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd: here, stdio: 'inherit' });
  writeFileSync(stamp, lock);
}

const { build } = await import('esbuild');
mkdirSync(out, { recursive: true });
const common = { bundle: true, minify: true, legalComments: 'eof', logLevel: 'warning', absWorkingDir: here };
await build({ ...common, entryPoints: ['demo.js'], outfile: join(out, 'instantsearch-demo.js'), format: 'iife',
  target: 'es2020' });
await build({ ...common, entryPoints: ['demo.css'], outfile: join(out, 'instantsearch-demo.css') });
copyFileSync(join(here, 'instantsearch-demo.html'), join(out, 'instantsearch-demo.html'));
