import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../../.htmlvalidate.mjs';
import { htmlFiles } from './sitePages.ts';

describe('html-validate (recommended rules, .htmlvalidate.mjs) finds no error in dist/', () => {
  const siteDir = inject('siteDir');
  // dist/ is built outside the repository, so the config is handed over rather than searched for.
  const validator = new HtmlValidate(new StaticConfigLoader(config));

  it('lists the pages it checks', () => {
    expect(htmlFiles(siteDir)).toEqual(expect.arrayContaining(['index.html', '404.html', 'battle-of-al-qusayr-2012/index.html']));
  });

  for (const file of htmlFiles(siteDir)) {
    it(file, async () => {
      const report = await validator.validateString(await readFile(path.join(siteDir, file), 'utf8'), file);
      const errors = report.results.flatMap((result) =>
        result.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
      );
      expect(errors).toEqual([]);
    });
  }
});
