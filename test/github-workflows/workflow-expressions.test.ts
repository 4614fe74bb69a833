import { describe, expect, it } from 'vitest';
import { evaluateExpression, evaluateValue } from '../helpers/workflow-expressions.ts';

const context = { github: { event_name: 'merge_group', sha: 'abc', event: { pull_request: null, merge_group: { base_sha: 'base1' } } }, secrets: { KEY: 'k' } };

describe('the workflow expression evaluator the template tests use', () => {
  it.each([
    ["github.event.pull_request.head.sha || github.sha", 'abc'],
    ["github.event.pull_request.base.sha || github.event.merge_group.base_sha", 'base1'],
    ["github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository", true],
    ["github.event_name == 'MERGE_GROUP'", true],
    ["!(github.sha == 'abc') && secrets.KEY", false],
    ["github.sha && secrets.KEY", 'k'],
  ])('%s', (source, expected) => {
    expect(evaluateExpression(source, context)).toEqual(expected);
  });

  it('interpolates inside text and keeps a whole expression\'s type', () => {
    expect(evaluateValue('shopfloor-verify-${{ github.sha }}', context)).toBe('shopfloor-verify-abc');
    expect(evaluateValue("${{ github.event_name == 'push' }}", context)).toBe(false);
  });

  it.each([
    ['a function', "startsWith(github.sha, 'a')", 'functions (startsWith) are not supported'],
    ['an unknown context', 'steps.verify.outputs.verdict', 'unknown context "steps"'],
    ['a stray token', 'github.sha )', 'unexpected ")"'],
  ])('refuses %s instead of guessing', (_name, source, message) => {
    expect(() => evaluateExpression(source, context)).toThrow(message);
  });
});
