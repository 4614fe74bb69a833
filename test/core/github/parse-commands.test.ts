import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../../src/core/github/parse-commands.ts';

const names = (body: string) => parseCommands(body).commands.map((c) => [c.name, ...c.args].join(' '));

describe('parseCommands', () => {
  it.each([
    ['/shopfloor approve', ['approve']],
    ['LGTM\n/shopfloor approve\nthanks', ['approve']],
    ['/shopfloor retry  \r\n', ['retry']],
    ['/shopfloor approve abc1234', ['approve abc1234']],
    ['/shopfloor hold\n/shopfloor status', ['hold', 'status']],
    ['/SHOPFLOOR RUN', []],
    ['/shopfloor RUN', ['run']],
    ['/shopfloor accept-drop', ['accept-drop']],
    ['please /shopfloor approve', []],
    [' /shopfloor approve', []],
    ['> /shopfloor approve', []],
    ['>/shopfloor approve', []],
    ['```\n/shopfloor approve\n```', []],
    ['~~~~md\n/shopfloor approve\n~~~\n/shopfloor cancel\n~~~~\n/shopfloor hold', ['hold']],
    ['    /shopfloor approve', []],
    ['`/shopfloor approve`', []],
    ['<!--\n/shopfloor approve\n-->', []],
    ['<!-- x --> /shopfloor approve', []],
    ['/shopfloorapprove', []],
    ['> quoted\n/shopfloor approve', []],
    ['> > nested\nlazy\n/shopfloor approve', []],
    ['> quoted\n\n/shopfloor approve', ['approve']],
    ['<pre>\n/shopfloor approve\n</pre>', []],
    ['<pre>\n\n/shopfloor approve\n\n</pre>\n\n/shopfloor hold', ['hold']],
    ['<div>\n/shopfloor approve\n</div>', []],
    ['<div>\n\n/shopfloor approve\n\n</div>', []],
    ['<details><summary>log</summary>\n\n/shopfloor approve\n\n</details>\n\n/shopfloor status', ['status']],
    ['<div><div></div>\n\n/shopfloor approve\n\n</div>', []],
    ['text <span>\n/shopfloor approve\n</span>', []],
    ['<!-- x -->\n/shopfloor approve', ['approve']],
    ['<!--\n/shopfloor approve', []],
    ['text <!--\n/shopfloor approve\n--> more', []],
    ['- /shopfloor approve', []],
    ['1. item\n/shopfloor approve', []],
    ['```\n/shopfloor approve', []],
    ['    code\n/shopfloor approve', ['approve']],
    ['`x\n/shopfloor approve`', []],
    ['/shopfloor approve `now`', []],
    ['/shopfloor *approve*', []],
    ['\\/shopfloor approve', []],
    ['&#47;shopfloor approve', []],
    ['# /shopfloor approve', []],
    ['Title\n===\n/shopfloor approve', ['approve']],
    ['LGTM  \n/shopfloor approve', ['approve']],
    ['<br>\n/shopfloor approve', []],
    ['a <br>\n/shopfloor approve', ['approve']],
    ['/shopfloor a\n/shopfloor b\n/shopfloor approve\n/shopfloor retry\n/shopfloor hold\n/shopfloor cancel', ['approve', 'retry', 'hold']],
  ])('%j -> %j', (body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it('reports unknown words so the App can answer with the list', () => {
    expect(parseCommands('/shopfloor merge-now').unknown).toEqual([{ word: 'merge-now', line: 1 }]);
    expect(parseCommands('/shopfloor').unknown).toEqual([{ word: '', line: 1 }]);
  });
});
