import { it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { readArticle } from './sharedArticles.ts';
it('dbg', () => {
  for (const stem of ['vuhledar_tank_columns_video_report_', 'borodianka_blocks_video_report_']) {
    const { body, context } = readArticle(`/work/i14ba/tests/timeline-gold/articles/${stem}.md`);
    for (const e of extractTimeline(body, context)) console.log('EV', e.date, e.precision, e.qualifier ?? '', e.end ?? '', '«' + (e.dateText ?? '') + '»', e.sentence?.slice(0, 60));
  }
});
