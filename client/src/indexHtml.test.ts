import { describe, expect, it } from 'vitest';
import html from '../index.html?raw';

// The server's Content-Security-Policy forbids inline scripts and styles; index.html must not need them.

describe('index.html', () => {
  it('has no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
  });

  it('has no inline style and no external resource', () => {
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('declares a favicon', () => {
    expect(html).toMatch(/<link rel="icon"[^>]*href="\/favicon.svg"/);
  });
});
