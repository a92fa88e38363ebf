import type { Handlers } from '../../../../electron/api/contract';
import type { rulesMethods } from '../../../../electron/api/methods/rules';

type RuleHandlers = Handlers<keyof typeof rulesMethods>;

/** The core answers the rules' methods at once: tests read their results without awaiting. */
export type SyncHandlers = {
  [K in keyof RuleHandlers]: (...args: Parameters<RuleHandlers[K]>) => Awaited<ReturnType<RuleHandlers[K]>>;
};
