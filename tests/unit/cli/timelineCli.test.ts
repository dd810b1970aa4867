import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTimelineCli } from '../../../src/cli/timelineCli.ts';
import { REPO } from '../../support/buildSite.ts';

/** The `npm run timeline` core: JSON on stdout, one-line errors on stderr. */
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runTimelineCli(
    argv,
    { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } },
    REPO,
  );
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'timeline-cli-'));
function file(name: string, content: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

describe('timeline CLI', () => {
  it('prints the events as 2-space JSON, using the infobox date for the year', async () => {
    const article = file(
      'ok.md',
      '---\ntitle: T\ninfoboxes:\n  - date:\n      text: 10 February - 20 April 2012\n---\n## Fighting\nOn 10 February, fighting resumed.\n',
    );
    const { code, stdout, stderr } = await run([article]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual([
      {
        id: '2012-02-10-fighting-resumed',
        date: '2012-02-10',
        precision: 'day',
        text: 'On 10 February, fighting resumed.',
        dateText: '10 February',
        section: 'Fighting',
        sectionId: 'fighting',
      },
    ]);
    expect(stdout).toContain('\n  {\n    "id"');
  });

  it('names the places of each event, as timeline.json does', async () => {
    const { code, stdout } = await run([path.join(REPO, 'content/battle-of-al-qusayr-2012.md')]);
    expect(code).toBe(0);
    const events = JSON.parse(stdout) as { id: string; places?: string[] }[];
    expect(events).toHaveLength(36);
    expect(events.find((event) => event.id.startsWith('2012-07-30'))?.places).toEqual(['al-qusayr']);
  });

  it('reports a missing file in one line and fails', async () => {
    const missing = path.join(dir, 'missing.md');
    const { code, stdout, stderr } = await run([missing]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`timeline: ${missing}: no such file\n`);
  });

  it('reports invalid YAML in one line naming the file and the field, and fails', async () => {
    const broken = file('broken.md', '---\ntitle: [oops\n---\nOn 5 May 2012, x.\n');
    const { code, stderr } = await run([broken]);
    expect(code).not.toBe(0);
    expect(stderr.startsWith(`timeline: ${broken}: frontmatter: invalid YAML: `)).toBe(true);
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('reports a missing title in one line', async () => {
    const { code, stderr } = await run([file('untitled.md', '---\nauthor: x\n---\nText.\n')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^timeline: .*untitled\.md: title: .+\n$/);
  });

  it('explains its usage without a file', async () => {
    expect((await run([])).code).toBe(2);
  });
});
