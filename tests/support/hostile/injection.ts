import { article, DATE_SENTENCE, yamlString, type HostileCase } from './article.ts';

/** Injection: each builds, and its page is clean in a browser. */
export const INJECTION: readonly HostileCase[] = [
  {
    name: 'html-title',
    kind: 'injection',
    expect: { builds: true },
    // Placed by its coordinates alone, the article's own marker is named by its title.
    article: article({
      title: 'Raid <img src=x onerror="window.__pwned=1"> on Nowhere',
      place: 'Nowhere Valley, Syria',
      infobox: '    coordinates:\n      text: 34.5°N, 36.58°E',
    }),
  },
  {
    name: 'script-title',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Battle </script><script>window.__pwned=1</script>',
      yaml: `description: ${yamlString('</script><script>window.__pwned=1</script>')}`,
    }),
  },
  {
    name: 'html-place-name',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Place name', infobox: `    result:\n      text: ${yamlString('<b onmouseover="window.__pwned=1">won</b>')}` }),
  },
  {
    name: 'reserved-heading-ids',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Reserved headings',
      body: `${DATE_SENTENCE}\n\n## Main\n\nText.\n\n## Map\n\nText.\n\n## Timeline\n\nText.\n\n## Contents\n\nText.\n\n## Infobox\n\nText.`,
    }),
  },
  {
    name: 'clobbering-heading',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Clobbering',
      body: `${DATE_SENTENCE}\n\n## __pwned\n\nText.\n\n<a id="__pwned" name="__pwned">x</a> <form name="__pwned"></form> <img name="__pwned" src="data:,">`,
    }),
  },
  {
    name: 'linked-thumbnail',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Linked thumbnail', body: `${DATE_SENTENCE}\n\n[![a thumbnail](https://evil.example/thumb.png)](https://example.org/page)` }),
  },
  {
    name: 'link-around-date',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Link around date', body: '[On 5 March 2012 the army attacked Al-Qusayr](https://example.org/report).' }),
  },
  {
    name: 'raw-nested-links',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Raw nested links',
      body: `${DATE_SENTENCE}\n\n<a href="https://example.org/a">outer <span><a href="https://example.org/b">inner</a></span></a>`,
    }),
  },
  {
    name: 'protocol-relative-picture',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Protocol relative', body: `${DATE_SENTENCE}\n\n![a picture](//evil.example/a.png) <img src="//evil.example/b.png" alt="b">` }),
  },
  {
    name: 'picture-source-srcset',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Picture source',
      body: `${DATE_SENTENCE}\n\n<picture><source srcset="https://evil.example/a.webp 1x, //evil.example/b.webp 2x"><img src="https://upload.wikimedia.org/x.png" alt="x"></picture>`,
    }),
  },
  {
    name: 'img-srcset',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Image srcset',
      body: `${DATE_SENTENCE}\n\n<img src="https://upload.wikimedia.org/x.png" srcset="https://evil.example/x2.png 2x" alt="x">`,
    }),
  },
  {
    name: 'uppercase-scheme-picture',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Uppercase scheme',
      body: `${DATE_SENTENCE}\n\n![a](HTTPS://EVIL.example/a.png) ![b](https:evil.example/b.png) ![c](  https://evil.example/c.png)`,
    }),
  },
  {
    name: 'remote-lead-picture',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Remote lead picture', yaml: 'img: https://evil.example/lead.png', infobox: '    image:\n      text: Lead.png' }),
  },
  {
    name: 'unsafe-link-pages',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Unsafe link pages',
      infobox: `    result:\n      text: one two three four\n      links:\n        - text: one\n          page: "javascript:window.__pwned=1"\n        - text: two\n          page: "//evil.example/x"\n        - text: three\n          page: "../../../evil"\n        - text: four\n          page: "\\"><img src=x onerror=window.__pwned=1>"\n          anchor: "\\" onmouseover=\\"window.__pwned=1"`,
    }),
  },
  {
    name: 'raw-html-body',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Raw HTML body',
      body: `${DATE_SENTENCE}\n\n<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><svg><script>window.__pwned=1</script></svg><iframe src="javascript:window.__pwned=1"></iframe>[x](javascript:window.__pwned=1)`,
    }),
  },
  {
    name: 'html-in-heading',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'HTML heading',
      body: `${DATE_SENTENCE}\n\n## <img src=x onerror="window.__pwned=1"> Fighting\n\nOn 6 March 2012 more fighting.`,
    }),
  },
];
