import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function textAt(resource: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
}

describe('translation resources', () => {
  const enKeys = keysOf(en).sort();
  const frKeys = keysOf(fr).sort();

  it('has every English key in French', () => {
    expect(enKeys.filter((key) => !frKeys.includes(key))).toEqual([]);
  });

  it('has every French key in English', () => {
    expect(frKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('has no empty translation', () => {
    const empty = [en, fr].flatMap((resource) =>
      keysOf(resource).filter((key) => {
        const text = textAt(resource, key);
        return typeof text !== 'string' || text.trim() === '';
      }),
    );
    expect(empty).toEqual([]);
  });

  it('keeps French punctuation to its word with a no-break space, so that no line starts with it', () => {
    const loose = keysOf(fr).filter((key) => / [;:?!»]|« /.test(textAt(fr, key) as string));
    expect(loose).toEqual([]);
  });
});
