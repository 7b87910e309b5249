import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { LOCALE_HEADER, requestLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import './globals.css';

/** The request's language, as proxy.ts read it from `?lang=` and Accept-Language. */
async function pageLocale() {
  const requestHeaders = await headers();
  return requestLocale(requestHeaders.get(LOCALE_HEADER), requestHeaders.get('accept-language'));
}

export async function generateMetadata(): Promise<Metadata> {
  const { page } = MESSAGES[await pageLocale()];
  return { title: page.title, description: page.description };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={await pageLocale()}>
      <body>{children}</body>
    </html>
  );
}
