import { lstatSync, openSync, readSync, closeSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ArticleError } from '../parse/ArticleError.ts';

const EXTENSIONS = ['jpg', 'png', 'webp'] as const;

/** The first bytes of the formats Astro's image service reads from `images/`. */
const SIGNATURES: readonly ((head: Buffer) => boolean)[] = [
  (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP',
];

/**
 * The author's own picture for an article, `images/<slug>.jpg|png|webp` in the content folder,
 * as a path relative to it. It must be a real image file inside the folder: a symlink (of the
 * file or of `images/`) leading out of it, a folder or a file that is not a picture stops the
 * build with one line naming the picture, instead of an image-service stack trace or a copy
 * of `/etc/passwd` in `dist/`.
 */
export function findLocalImage(dir: string, slug: string, sourceFile: string): string | undefined {
  for (const extension of EXTENSIONS) {
    const relative = `images/${slug}.${extension}`;
    const absolute = path.join(dir, relative);
    if (!exists(absolute)) continue;
    const refuse = (problem: string) => new ArticleError(sourceFile, relative, problem);
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      throw refuse('is a link to nothing; remove it or point it at a picture in the content folder');
    }
    if (!isInside(realpathSync(dir), real)) throw refuse('leads outside the content folder; copy the picture into it instead');
    if (!statSync(real).isFile()) throw refuse('is not a file');
    if (!SIGNATURES.some((matches) => matches(readHead(real)))) throw refuse('is not a JPEG, PNG or WebP picture');
    return `./${relative}`;
  }
  return undefined;
}

/** Whether anything, even a broken symlink, is at `file`. */
function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function readHead(file: string): Buffer {
  const head = Buffer.alloc(12);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  return head;
}
