export { analyzePost, clearAnalysisCache } from './analyze';
export { allRules, rulesById, ruleById } from './rules';
export { splitSentences } from './sentences';
export { questionFor, findTopic } from './topic';
export type * from './types';
