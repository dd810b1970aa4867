import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { ArticleData } from '../model/types.ts';
import { ArticleError } from '../parse/ArticleError.ts';
import { decodeArticleText } from '../parse/decodeArticleText.ts';
import { cachedBuildArticle } from './cachedBuildArticle.ts';
import { deployTarget } from '../deploy/deployTarget.ts';
import type { LocalTargets } from '../render/localLinks.ts';
import { localiseHtml, localiseInfobox } from '../render/localiseLinks.ts';
import { localTargets } from './localTargets.ts';
import { displayPath } from './displayPath.ts';
import { eventIdRecords } from './eventIdRecords.ts';
import { findLocalImage } from './findLocalImage.ts';
import { loadPlaces } from './loadPlaces.ts';
import { sourceVersion } from './sourceVersion.ts';
import { ARTICLE_EXTENSIONS, listArticleFiles } from './listArticleFiles.ts';

/**
 * Loads every article file of `dir` (`*.md` or the dataset's `*.txt`, subfolders included) as an article, keyed by its URL slug. Any bad file stops the
 * build with a one-line {@link ArticleError}; two files with the same slug name both files,
 * unless their text is the same, which is one article built once, with a warning.
 * With `skipInvalid` (`SKIP_INVALID=1`), a bad file is left out instead, with its one line, and a
 * summary names every file left out: the site of the good articles still gets built.
 * The gazetteer is read once for all articles (`places.yaml` of the folder, else the project's).
 * Event ids already issued are read from the folder's `event-ids/` records, and the records are
 * brought up to date; every id that stopped naming an event is printed with where it now leads.
 */
export function articleLoader(options: { dir: string; root: string; skipInvalid?: boolean }): Loader {
  return {
    name: 'article-loader',
    async load({ store, parseData, generateDigest, logger }) {
      const files = await listArticleFiles(options.dir);
      if (files.length === 0) logger.warn(`no articles (${ARTICLE_EXTENSIONS.map((extension) => `*${extension}`).join(', ')}) in ${options.dir}`);
      const places = await loadPlaces(options.dir, options.root);
      const version = await sourceVersion(options.root);
      const records = eventIdRecords(options.dir, options.root);
      // The folder can change between builds (CONTENT_DIR), so nothing cached may survive.
      store.clear();
      // Each slug's file and text: a second file may only repeat the first word for word.
      const owners = new Map<string, { file: string; raw: string }>();
      const skipped: string[] = [];
      const built: { raw: string; filePath: string; data: ArticleData; html: string }[] = [];
      for (const name of files) {
        const absolute = path.join(options.dir, name);
        const sourceFile = displayPath(absolute, options.root);
        try {
          const raw = decodeArticleText(await readFile(absolute), sourceFile);
          const { data, html, warnings, eventIds } = await cachedBuildArticle(raw, sourceFile, places, version, await records.read(absolute));
          for (const warning of warnings) logger.warn(warning);
          const owner = owners.get(data.slug);
          if (owner?.raw === raw) {
            // The same file twice (the dataset's .txt beside a copy renamed .md): one article, one page.
            logger.warn(`${sourceFile}: the same text as ${owner.file}; built once, as ${owner.file}`);
            continue;
          }
          if (owner) {
            throw new ArticleError(sourceFile, 'title', `gives the URL /${data.slug}/, which ${owner.file} already has; give one of them another title`);
          }
          for (const { from, to } of eventIds.moved)
            logger.info(`${sourceFile}: event id ${from} moved: its links now lead to ${to ? `event ${to}` : 'the article'}`);
          for (const id of eventIds.revived) logger.info(`${sourceFile}: event id ${id} is back`);
          if (await records.write(absolute, eventIds.record)) logger.info(`${sourceFile}: event ids recorded in ${records.dir}/`);
          const folder = path.dirname(name);
          if (folder !== '.') data.folder = folder.split(path.sep).join('/');
          const localImage = findLocalImage(options.dir, data.slug, sourceFile);
          if (localImage) data.localImage = localImage;
          owners.set(data.slug, { file: sourceFile, raw });
          // Astro resolves `image()` paths relative to the entry's file, given relative to the root.
          built.push({ raw, filePath: path.relative(options.root, absolute), data, html });
        } catch (error) {
          if (!options.skipInvalid || !(error instanceof ArticleError)) throw error;
          logger.error(`skipped ${error.message}`);
          skipped.push(sourceFile);
        }
      }
      // Links between articles are known only once every article is: they are made local here,
      // after the per-file cache, so adding an article never invalidates the others' models.
      const targets = localTargets(
        built.map(({ data }) => data),
        deployTarget(process.env).base,
      );
      const targetsDigest = [...targets.keys()].join('\n');
      for (const { raw, filePath, data, html } of built) {
        const linked = localiseArticle(data, targets);
        const parsed = await parseData({ id: data.slug, data: { ...linked }, filePath });
        store.set({
          id: data.slug,
          filePath,
          data: parsed,
          digest: generateDigest(`${raw}\0${targetsDigest}`),
          rendered: { html: localiseHtml(html, targets), metadata: { headings: data.headings } },
        });
      }
      if (skipped.length > 0)
        logger.warn(`SKIP_INVALID: built ${files.length - skipped.length} of ${files.length} articles; skipped ${skipped.length}: ${skipped.join(', ')}`);
    },
  };
}

/** The article with its links to the site's other articles made local. */
function localiseArticle(data: ArticleData, targets: LocalTargets): ArticleData {
  return {
    ...data,
    leadHtml: localiseHtml(data.leadHtml, targets),
    ...(data.infobox ? { infobox: localiseInfobox(data.infobox, targets) } : {}),
  };
}
