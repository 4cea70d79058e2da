// Translating zod's issues: the codes the version's shape cannot produce today still get a
// readable message, so a future schema change never shows an officer zod's English.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatPath, fromZodIssues } from '../../../../../shared/domain/regulation/issues';

const one = (zi: Record<string, unknown>, input: unknown = {}) => fromZodIssues([zi as unknown as z.core.$ZodIssue], input)[0];

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['title'], 'title'],
    [['procedures', 3, 'norm', 'amount'], 'procedures[3].norm.amount'],
    [[0, 'id'], '[0].id'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('fromZodIssues', () => {
  it('says "at least" for an inclusive minimum', () => {
    expect(one({ code: 'too_small', origin: 'number', minimum: 1, inclusive: true, path: ['n'] })).toEqual({
      path: 'n',
      message: { kk: 'Мән кемінде 1 болуы керек', ru: 'Значение должно быть не меньше 1' },
    });
  });

  it('treats an empty string as missing', () => {
    expect(one({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['id'] })?.message.ru).toBe(
      'Обязательное поле не заполнено',
    );
  });

  it('names other formats, other checks and unknown types plainly', () => {
    expect(one({ code: 'invalid_format', format: 'email', path: ['e'] })?.message.ru).toBe('Неверный формат значения');
    expect(one({ code: 'custom', path: ['c'] })?.message.ru).toBe('Недопустимое значение');
    expect(one({ code: 'too_big', origin: 'number', maximum: 9, path: ['b'] })?.message.kk).toBe('Мән дұрыс емес');
    expect(one({ code: 'invalid_type', expected: 'bigint', path: ['x'] }, { x: 1 })?.message.ru).toBe('Неверный тип значения: ожидается bigint');
  });

  it('tells a missing value inside a non-object from a wrong one', () => {
    expect(one({ code: 'invalid_type', expected: 'string', path: ['a', 'b'] }, { a: 5 })?.message.ru).toBe('Обязательное поле не заполнено');
  });

  it('ignores symbol path steps', () => {
    expect(one({ code: 'custom', path: [Symbol('s'), 'k'] })?.path).toBe('k');
  });
});
