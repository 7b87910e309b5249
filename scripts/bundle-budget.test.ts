import { describe, expect, it } from 'vitest';
import { checkBudget, firstLoadChunks, type BuildManifest, type ClientReferenceManifest } from './bundle-budget';

function buildManifest(): BuildManifest {
  return { rootMainFiles: ['static/chunks/runtime.js', 'static/chunks/react.js'] };
}

function clientManifest(page: string[] | undefined): ClientReferenceManifest {
  return {
    entryJSFiles: {
      '[project]/app/layout': ['static/chunks/layout.js'],
      '[project]/app/article/[id]/page': ['static/chunks/article.js'],
      ...(page && { '[project]/app/page': page }),
    },
  };
}

describe('firstLoadChunks', () => {
  it('takes the runtime, the layout and the dashboard page, each chunk once, and no other page', () => {
    expect(firstLoadChunks(buildManifest(), clientManifest(['static/chunks/layout.js', 'static/chunks/dashboard.js']))).toEqual([
      'static/chunks/runtime.js',
      'static/chunks/react.js',
      'static/chunks/layout.js',
      'static/chunks/dashboard.js',
    ]);
  });

  it('refuses a build without the dashboard page', () => {
    expect(() => firstLoadChunks(buildManifest(), clientManifest(undefined))).toThrow(/app\/page/);
  });
});

describe('checkBudget', () => {
  it('passes at the budget and fails one byte over it', () => {
    expect(checkBudget([100, 50], 150)).toEqual({ total: 150, budget: 150, ok: true });
    expect(checkBudget([100, 51], 150).ok).toBe(false);
  });
});
