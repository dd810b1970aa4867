import { article, PNG, type HostileCase } from './article.ts';

/** Unclear failures: each must stop in one line naming the file and the field. */
export const UNCLEAR_FAILURES: readonly HostileCase[] = [
  { name: 'control-character-title', kind: 'unclear failure', expect: { builds: false, field: 'title' }, article: article({ title: 'Bell\u0007 battle' }) },
  { name: 'nul-in-title', kind: 'unclear failure', expect: { builds: false, field: 'title' }, article: article({ title: 'Nul\u0000 battle' }) },
  {
    name: 'nul-in-body',
    kind: 'unclear failure',
    expect: { builds: false, field: 'body' },
    article: article({ title: 'Nul body', body: 'On 5 March 2012\u0000 the army attacked.' }),
  },
  { name: 'number-title', kind: 'unclear failure', expect: { builds: true }, article: article({}).replace('title: "Hostile article"', 'title: 1984') },
  {
    name: 'non-image-picture',
    kind: 'unclear failure',
    expect: { builds: false, field: 'images/non-image-picture.jpg' },
    article: article({ title: 'Non image picture' }),
    extra: { 'images/non-image-picture.jpg': 'this is not a JPEG\n' },
  },
  {
    name: 'picture-symlink-outside',
    kind: 'unclear failure',
    expect: { builds: false, field: 'images/picture-symlink-outside.png' },
    article: article({ title: 'Picture symlink outside' }),
    extra: { 'images/picture-symlink-outside.png': { symlinkTo: '/etc/passwd' } },
  },
  {
    name: 'picture-folder-symlink',
    kind: 'unclear failure',
    expect: { builds: false, field: 'images/picture-folder-symlink.png' },
    article: article({ title: 'Picture folder symlink' }),
    // The whole images folder is a link to a folder outside the content folder.
    extra: { '../outside-images/picture-folder-symlink.png': PNG, images: { symlinkTo: '../outside-images' } },
  },
];
