import { describe, expect, it } from 'vitest';
import { type ConditionContext, matchesQuery, queryProblems } from './condition-query.js';

const context: ConditionContext = {
  metadata: { plan: 'pro', region: 'eu', score: '7' },
  params: { model: 'gpt-4o', max_tokens: 500, temperature: 0.2 },
  url: { pathname: '/v1/chat/completions' },
};

describe('conditional queries', () => {
  it.each([
    [{ 'metadata.plan': 'pro' }, true],
    [{ 'metadata.plan': { $eq: 'free' } }, false],
    [{ 'metadata.plan': { $ne: 'free' } }, true],
    [{ 'params.max_tokens': { $gt: 100, $lte: 500 } }, true],
    [{ 'params.max_tokens': { $lt: 100 } }, false],
    [{ 'metadata.score': { $gte: 7 } }, true],
    [{ 'params.model': { $in: ['gpt-4o', 'gpt-4o-mini'] } }, true],
    [{ 'params.model': { $nin: ['gpt-4o'] } }, false],
    [{ 'params.model': { $regex: '^gpt-4' } }, true],
    [{ 'url.pathname': { $regex: 'embeddings$' } }, false],
    [{ $or: [{ 'metadata.plan': 'free' }, { 'metadata.region': 'eu' }] }, true],
    [{ $and: [{ 'metadata.plan': 'pro' }, { 'params.temperature': { $lt: 0.1 } }] }, false],
    [{ 'metadata.missing': { $eq: 'x' } }, false],
  ])('%j → %s', (query, expected) => {
    expect(matchesQuery(query, context)).toBe(expected);
  });

  it('reports unknown operators and bad operands with their path', () => {
    expect(
      queryProblems(
        {
          'metadata.plan': { $like: 'p%' },
          $or: [{ 'params.model': { $in: 'gpt' } }],
          $not: {},
          x: { $regex: '(' },
        },
        'strategy.conditions[0].query',
      ),
    ).toEqual([
      'strategy.conditions[0].query.metadata.plan.$like: unknown operator; use one of $eq, $ne, $gt, $gte, $lt, $lte, $in, $nin, $regex',
      'strategy.conditions[0].query.$or[0].params.model.$in: must be an array',
      'strategy.conditions[0].query.$not: unknown operator at field position; use $and or $or',
      'strategy.conditions[0].query.x.$regex: is not a valid regular expression',
    ]);
  });
});
