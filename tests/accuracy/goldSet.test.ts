/**
 * The extractor scored on the hand-annotated gold set (tests/timeline-gold/, see its GUIDE.md):
 * per-article F1 printed, and a floor per article asserted (goldFloors.ts). Half the articles here,
 * the other half in goldSetOdd.test.ts, so that both of vitest's workers score them.
 */
import { goldSetSuite } from './goldSetSuite.ts';

goldSetSuite(0, 2);
