import { extractTimeline } from '../src/timeline/extractTimeline.ts';
for (const s of process.argv.slice(2)) {
  const ev = extractTimeline(s + '\n', { published: '2022-10-09' });
  console.log(JSON.stringify(ev.map((e) => [e.date, e.precision, e.qualifier, e.dateText])), '<=', s);
}
