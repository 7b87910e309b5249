'use client';
import { createContext, useContext } from 'react';
import { MESSAGES, type Messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

const I18nContext = createContext<{ locale: Locale; t: Messages }>({ locale: 'en', t: MESSAGES.en });

export function I18nProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <I18nContext.Provider value={{ locale, t: MESSAGES[locale] }}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
