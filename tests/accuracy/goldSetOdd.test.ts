/** The other half of the gold set's articles (see goldSet.test.ts). */
import { goldSetSuite } from './goldSetSuite.ts';

goldSetSuite(1, 2);
