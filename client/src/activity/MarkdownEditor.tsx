import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestTopics } from '../api/activity';
import { listProfiles } from '../api/profiles';
import { listMembers } from '../api/spaces';
import { useAuth } from '../auth/authContext';
import { useDebouncedValue } from '../pages/useDebouncedValue';
import {
  applyFormatting,
  completionAt,
  mentionMarkdown,
  replaceCompletion,
  type CompletionQuery,
  type Formatting,
  type TextEdit,
} from './markdownEditing';

const FORMATTINGS: readonly Formatting[] = ['bold', 'italic', 'link', 'list', 'quote', 'code'];

interface Suggestion {
  key: string;
  label: string;
  detail?: string;
  markdown: string;
}

interface MarkdownEditorProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  labelHidden?: boolean;
  /** The space written in: an external guest, who has no company directory, mentions its members. */
  spaceId?: string;
  /** Opened on request (Edit, Reply): the text takes focus, as someone who asked to write expects. */
  focusWhenShown?: boolean;
}

function peopleMatching(query: string, spaceId: string | undefined, inCompany: boolean, signal: AbortSignal): Promise<Suggestion[]> {
  const toSuggestion = (id: string, name: string, jobTitle: string | null) => ({
    key: id,
    label: name,
    detail: jobTitle ?? undefined,
    markdown: mentionMarkdown(name, id),
  });
  if (inCompany) {
    return listProfiles({ search: query, limit: 6 }, signal).then((page) =>
      page.items.map((person) => toSuggestion(person.id, person.displayName, person.jobTitle ?? null)),
    );
  }
  if (spaceId) {
    return listMembers(spaceId, query, null, signal).then((page) =>
      page.items.slice(0, 6).map((member) => toSuggestion(member.personId, member.displayName, member.jobTitle || null)),
    );
  }
  return Promise.resolve([]);
}

/**
 * A Markdown text area with a formatting toolbar, and completion of @mentions (people from the
 * directory) and #hashtags (topics already in use), announced as a combobox listbox.
 */
export function MarkdownEditor({ id, label, value, onChange, rows = 4, labelHidden = false, spaceId, focusWhenShown = false }: MarkdownEditorProps) {
  const inCompany = useAuth().can('UseCompanyDirectory');
  const { t } = useTranslation();
  const listId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [completion, setCompletion] = useState<CompletionQuery | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(0);
  const pendingSelection = useRef<[number, number] | null>(null);
  const debounced = useDebouncedValue(completion, 150);

  useEffect(() => {
    if (focusWhenShown) {
      textRef.current?.focus();
    }
  }, [focusWhenShown]);

  useEffect(() => {
    if (pendingSelection.current && textRef.current) {
      textRef.current.setSelectionRange(...pendingSelection.current);
      pendingSelection.current = null;
    }
  }, [value]);

  useEffect(() => {
    if (!debounced) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const found: Promise<Suggestion[]> =
      debounced.trigger === '@'
        ? peopleMatching(debounced.query, spaceId, inCompany, controller.signal)
        : suggestTopics(debounced.query, controller.signal).then((topics) =>
            topics.map((topic) => ({ key: topic, label: `#${topic}`, markdown: `#${topic}` })),
          );
    found.then(
      (items) => {
        setSuggestions(items);
        setActive(0);
      },
      () => {
        if (!controller.signal.aborted) {
          setSuggestions([]);
        }
      },
    );
    return () => controller.abort();
  }, [debounced, spaceId, inCompany]);

  function apply(edit: TextEdit) {
    pendingSelection.current = edit.selection;
    onChange(edit.text);
    textRef.current?.focus();
  }

  function format(formatting: Formatting) {
    const area = textRef.current;
    if (!area) {
      return;
    }
    apply(applyFormatting(value, area.selectionStart, area.selectionEnd, formatting, t(`composer.placeholder.${formatting}`)));
  }

  function track(text: string, caret: number) {
    setCompletion(completionAt(text, caret));
  }

  function choose(suggestion: Suggestion) {
    const caret = textRef.current?.selectionStart ?? value.length;
    if (completion) {
      apply(replaceCompletion(value, caret, completion, suggestion.markdown));
    }
    setCompletion(null);
    setSuggestions([]);
  }

  const open = completion !== null && suggestions.length > 0;

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const chosen = suggestions[active];
      if (chosen) {
        choose(chosen);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setCompletion(null);
    }
  }

  return (
    <div className="editor">
      <label className={labelHidden ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <div className="editor__toolbar" role="toolbar" aria-label={t('composer.toolbar')} aria-controls={id}>
        {FORMATTINGS.map((formatting) => (
          <button key={formatting} type="button" className={`editor__tool editor__tool--${formatting}`} onClick={() => format(formatting)}>
            {t(`composer.format.${formatting}`)}
          </button>
        ))}
      </div>
      <textarea
        ref={textRef}
        id={id}
        className="field__input editor__text"
        rows={rows}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          onChange(event.target.value);
          track(event.target.value, event.target.selectionStart);
        }}
        onClick={(event) => track(value, event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setCompletion(null)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('composer.hint')}
      </p>
      <ul id={listId} role="listbox" className="editor__suggestions" aria-label={t('composer.suggestions')} hidden={!open}>
        {open &&
          suggestions.map((suggestion, index) => (
            <li
              key={suggestion.key}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="editor__suggestion"
              // Keep the focus in the text area, which choosing moves the caret in.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(suggestion)}
            >
              {suggestion.label}
              {suggestion.detail && <span className="person__title"> — {suggestion.detail}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
