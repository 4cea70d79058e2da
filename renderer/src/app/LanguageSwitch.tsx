// Kazakh / Russian switch; changes every text on screen at once and the document language.
import { SegmentedControl } from '@mantine/core';
import { useEffect } from 'react';
import { isLocale, locales } from '../../../shared/i18n';
import { useT } from '../i18n/useT';
import { useLocaleStore } from '../stores/locale';

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocaleStore();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={locale}
      onChange={(value) => isLocale(value) && setLocale(value)}
      data={locales.map((l) => ({ value: l, label: t(`language.${l}`) }))}
    />
  );
}
