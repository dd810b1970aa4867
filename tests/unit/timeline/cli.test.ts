/** The `npm run timeline` core: JSON on stdout, one-line errors on stderr. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTimelineCli } from '../../../src/timeline/cli.ts';

function run(argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = runTimelineCli(argv, {
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text) },
	});
	return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'timeline-cli-'));
function file(name: string, content: string): string {
	const target = path.join(dir, name);
	writeFileSync(target, content);
	return target;
}

describe('timeline CLI', () => {
	it('prints the events as 2-space JSON, using the infobox date for the year', () => {
		const article = file('ok.md', '---\ntitle: T\ninfoboxes:\n  - date:\n      text: 10 February - 20 April 2012\n---\n## Fighting\nOn 10 February, fighting resumed.\n');
		const { code, stdout, stderr } = run([article]);
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

	it('reports a missing file in one line and fails', () => {
		const missing = path.join(dir, 'missing.md');
		const { code, stdout, stderr } = run([missing]);
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toBe(`timeline: ${missing}: no such file\n`);
	});

	it('reports invalid YAML in one line and fails', () => {
		const broken = file('broken.md', '---\ntitle: [oops\n---\nOn 5 May 2012, x.\n');
		const { code, stderr } = run([broken]);
		expect(code).not.toBe(0);
		expect(stderr).toMatch(new RegExp(`^timeline: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid frontmatter: .+\n$`));
		expect(stderr.split('\n')).toHaveLength(2);
	});

	it('explains its usage without a file', () => {
		expect(run([]).code).not.toBe(0);
	});
});
