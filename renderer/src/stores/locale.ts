// The officer's chosen interface language (Kazakh by default), kept across restarts.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultLocale, type Locale } from '../../../shared/i18n';

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const useLocaleStore = create<LocaleState>()(
  persist((set) => ({ locale: defaultLocale, setLocale: (locale) => set({ locale }) }), {
    name: 'desk.locale',
    storage: createJSONStorage(() => localStorage),
  }),
);
