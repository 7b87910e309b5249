import type { Metadata, Viewport } from 'next';
import { TEST_HOOKS_ATTRIBUTE } from '@/components/map/test-hooks';
import './globals.css';

export const metadata: Metadata = {
  title: 'Sitmap — situation map',
  description: 'An open geopolitical situation map built from news articles, every item quoted from its source.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // The browser tests' and the benchmark's server asks for handles on the maps (components/map/test-hooks.ts).
  const testHooks = process.env.SITMAP_TEST_HOOKS === '1' && { [TEST_HOOKS_ATTRIBUTE]: '' };
  return (
    <html lang="en" {...testHooks}>
      <body>{children}</body>
    </html>
  );
}
