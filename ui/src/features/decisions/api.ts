// The Decisions screen's command: every decision a filter takes, across meetings.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionPage } from '../../bindings/DecisionPage';
import type { DecisionSort } from '../../bindings/DecisionSort';
import { call } from '../../lib/ipc';

/** The Decisions screen: every decision the filter takes, across meetings, due for review first. */
export const findDecisions = (filter: DecisionFilter, sort: DecisionSort): Promise<DecisionPage> =>
  call('find_decisions', { filter, sort });
