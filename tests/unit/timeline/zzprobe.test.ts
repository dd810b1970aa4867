import { it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { readArticle } from './sharedArticles.ts';
it('probe', () => {
  for (const stem of ['trostianets', 'hostomel', 'mykolaiv']) {
    const a = readArticle(`tests/timeline-gold/articles/${stem}_video_report_.md`);
    for (const e of extractTimeline(a.body, a.context)) console.log('E:', e.date, e.precision, e.qualifier ?? '', '«' + (e.dateText ?? '') + '»', e.text.slice(0, 70));
  }
});
