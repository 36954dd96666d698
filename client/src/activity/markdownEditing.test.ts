import { describe, expect, it } from 'vitest';
import { applyFormatting, completionAt, mentionMarkdown, replaceCompletion } from './markdownEditing';

describe('toolbar formatting', () => {
  it('wraps the selection and keeps it selected', () => {
    expect(applyFormatting('say hello now', 4, 9, 'bold', 'bold text')).toEqual({ text: 'say **hello** now', selection: [6, 11] });
    expect(applyFormatting('say hello', 4, 9, 'italic', 'x')).toEqual({ text: 'say _hello_', selection: [5, 10] });
  });

  it('inserts a selected placeholder when nothing is selected', () => {
    expect(applyFormatting('', 0, 0, 'code', 'code')).toEqual({ text: '`code`', selection: [1, 5] });
  });

  it('selects the address of a new link so that typing replaces it', () => {
    const edit = applyFormatting('see docs', 4, 8, 'link', 'link text');
    expect(edit.text).toBe('see [docs](https://)');
    expect(edit.text.slice(...edit.selection)).toBe('https://');
  });

  it('prefixes every selected line for lists and quotes', () => {
    expect(applyFormatting('intro\none\ntwo', 6, 13, 'list', 'item').text).toBe('intro\n- one\n- two');
    expect(applyFormatting('wise words', 0, 0, 'quote', 'quote').text).toBe('> wise words');
  });

  it('fences code that spans several lines', () => {
    expect(applyFormatting('a\nb', 0, 3, 'code', 'code').text).toBe('```\na\nb\n```');
  });
});

describe('completion', () => {
  it('finds a mention or a hashtag being typed before the caret', () => {
    expect(completionAt('thanks @oli', 11)).toEqual({ trigger: '@', query: 'oli', start: 7 });
    expect(completionAt('#Sécu', 5)).toEqual({ trigger: '#', query: 'Sécu', start: 0 });
    expect(completionAt('(#ops', 5)).toEqual({ trigger: '#', query: 'ops', start: 1 });
  });

  it('ignores e-mail addresses, C# and text after the caret', () => {
    expect(completionAt('write to ann@example.com', 24)).toBeNull();
    expect(completionAt('I like C#', 9)).toBeNull();
    expect(completionAt('@oli and more', 13)).toBeNull();
  });

  it('replaces what was typed with the chosen Markdown and a space', () => {
    const text = 'thanks @oli!';
    const completion = completionAt(text, 11)!;
    expect(replaceCompletion(text, 11, completion, mentionMarkdown('Oliver Brown', 'id-1'))).toEqual({
      text: 'thanks @[Oliver Brown](id-1) !',
      selection: [29, 29],
    });
  });

  it('keeps brackets out of the name a mention shows', () => {
    expect(mentionMarkdown('Ann [admin]', 'id-2')).toBe('@[Ann admin](id-2)');
  });
});
