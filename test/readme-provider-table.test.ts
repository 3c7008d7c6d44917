// The root README's provider table names every slug `builtinProviders` knows, and no other.
import { readFileSync } from 'node:fs';
import { builtinProviders } from '@switchyard/config';
import { expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function tableRows(): string[][] {
  const section = readme.split('\n## Providers\n')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

it('lists every builtin provider slug once, with what it supports', () => {
  const rows = tableRows();
  const slugs = rows.map((cells) => cells[0]!.replaceAll('`', ''));
  expect([...slugs].sort()).toEqual(Object.keys(builtinProviders).sort());
  for (const cells of rows) {
    // slug, from, then chat, stream, tools, JSON, embeddings, images, audio, rerank.
    expect(cells, cells[0]).toHaveLength(10);
    expect(
      cells.slice(2).some((cell) => cell === '✓'),
      cells[0],
    ).toBe(true);
  }
});
