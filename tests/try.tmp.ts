import { extractTimeline } from '../src/timeline/extractTimeline.ts';
for (const s of process.argv.slice(2)) {
  const ev = extractTimeline(s + '\n', { published: '2023-07-27' });
  console.log(JSON.stringify(ev.map((e) => [e.date, e.precision, e.qualifier, e.dateText])), '<=', s);
}
