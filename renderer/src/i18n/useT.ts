// Translation hooks: the current locale's messages, and a picker for kk/ru texts from the core.
import { useCallback } from 'react';
import { translate, type Localized, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { useLocaleStore } from '../stores/locale';

export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

export function useLocalized(): (text: Localized) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((text) => text[locale], [locale]);
}
