import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from '../src/word-count.js';

test('wordCount counts words in any script', () => {
  assert.equal(wordCount('one two  three'), 3);
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount('déjà vu 42'), 3);
});
