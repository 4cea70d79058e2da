import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogs, localized, translate } from '../../../../shared/i18n';
import { messageModules } from '../../../../shared/i18n/catalog';

/** The names of the ICU arguments a message uses, e.g. {n} in a plural. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      Object.values(el.options).forEach((o) => argumentsOf(o.value, into));
    }
  }
  return into;
}

describe('message catalogs', () => {
  const modules = Object.entries(messageModules);

  it.each(modules)('module %s has the same keys in kk and ru, none empty', (_name, m) => {
    expect(Object.keys(m.ru).sort()).toEqual(Object.keys(m.kk).sort());
    for (const [key, text] of [...Object.entries(m.kk), ...Object.entries(m.ru)]) expect(text.trim(), key).not.toBe('');
  });

  it('no key is defined by two modules', () => {
    const seen = new Map<string, string>();
    for (const [name, m] of modules) {
      for (const key of Object.keys(m.kk)) {
        expect(seen.get(key), `${key} in ${name} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, name);
      }
    }
    expect(Object.keys(catalogs.kk)).toHaveLength(seen.size);
  });

  it('every message parses and uses the same arguments in both languages', () => {
    for (const key of Object.keys(catalogs.kk) as (keyof typeof catalogs.kk)[]) {
      const kk = argumentsOf(parse(catalogs.kk[key]));
      const ru = argumentsOf(parse(catalogs.ru[key]));
      expect([...ru].sort(), key).toEqual([...kk].sort());
    }
  });

  it('formats plurals by each language’s rules', () => {
    expect(translate('ru', 'queue.count', { n: 1 })).toBe('1 заявление');
    expect(translate('ru', 'queue.count', { n: 3 })).toBe('3 заявления');
    expect(translate('ru', 'queue.count', { n: 5 })).toBe('5 заявлений');
    expect(translate('kk', 'queue.count', { n: 5 })).toBe('5 өтініш');
    expect(localized('error.unknown_method', { name: 'x' })).toEqual({ kk: 'Белгісіз әрекет: x.', ru: 'Неизвестное действие: x.' });
  });
});
