// Packs every publishable package the way it would be published (pnpm applies publishConfig and
// rewrites workspace:* ranges) and checks each tarball with publint and arethetypeswrong.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// A directory of its own, so two checks running at once never remove each other's tarballs.
const packDir = mkdtempSync(join(tmpdir(), 'switchyard-pack-'));

const failures = [];
for (const name of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  const output = execFileSync('pnpm', ['pack', '--pack-destination', packDir, '--json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const tarball = JSON.parse(output).filename;
  for (const [tool, args] of [
    ['publint', ['publint', 'run', tarball, '--strict']],
    ['attw', ['attw', tarball, '--profile', 'node16', '--format', 'ascii', '--no-emoji']],
  ]) {
    try {
      execFileSync('pnpm', ['exec', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failures.push(`${manifest.name}: ${tool} failed\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
  console.log(`checked ${manifest.name}`);
}
rmSync(packDir, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(failures.join('\n\n'));
  process.exit(1);
}
console.log('publint and arethetypeswrong: all packages pass');
