import { useEffect, useId, useRef, useState } from 'react';

import { ApiError, request } from '../api/request.js';
import { ExploreSearchDocument, type EntityKind, type ExploreSearchQuery } from '../generated/graphql.js';
import { foldText } from '../text/fold.js';
import { KindBadge } from './kind-badge.js';

type Hit = ExploreSearchQuery['search'][number];
export type SearchEntity = Hit['entity'];

/** Suggestions start after this pause in typing, so a fast typist sends one request, not ten. */
const DEBOUNCE_MS = 150;

/** The alias that matched what was typed, to show why a suggestion is there. */
function matchedAlias(hit: Hit, typed: string): string | undefined {
  if (!hit.matchedOn.includes('aliases')) return undefined;
  const folded = foldText(typed);
  return hit.entity.aliases.find((a) => foldText(a).includes(folded)) ?? hit.entity.aliases[0];
}

/**
 * A search box with suggestions as you type (names, acronyms, aliases), following the WAI-ARIA
 * combobox pattern: arrows move through the suggestions, Enter picks one, Escape closes them.
 * `onPick` receives the entity chosen (the caller opens its page, or fills a form).
 */
export function SearchBox({
  label,
  onPick,
  kinds,
  placeholder = 'WHO, child labour, C182, fisheries…',
  initialText = '',
  autoFocus = false,
}: {
  label: string;
  onPick: (entity: SearchEntity) => void;
  kinds?: EntityKind[];
  placeholder?: string;
  initialText?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);
  // The text that names a chosen entity (picked, or given): not a query to suggest for.
  const chosen = useRef(initialText);

  useEffect(() => {
    chosen.current = initialText;
    setText(initialText);
  }, [initialText]);

  useEffect(() => {
    const query = text.trim();
    if (query === '' || text === chosen.current) {
      latest.current += 1;
      setHits([]);
      setOpen(false);
      return;
    }
    const ticket = ++latest.current;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      request(ExploreSearchDocument, { query, kinds, first: 8 }, controller.signal).then(
        (data) => {
          if (ticket !== latest.current) return;
          setHits(data.search);
          setActive(data.search.length > 0 ? 0 : -1);
          setOpen(true);
          setError(null);
        },
        (e: unknown) => {
          if (ticket === latest.current && e instanceof ApiError) setError(e);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, kinds?.join(',')]);

  const pick = (hit: Hit) => {
    chosen.current = hit.entity.name;
    setOpen(false);
    setText(hit.entity.name);
    onPick(hit.entity);
  };

  const listId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const expanded = open && text.trim() !== '';
  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && hits.length > 0) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % hits.length);
          } else if (e.key === 'ArrowUp' && hits.length > 0) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
          } else if (e.key === 'Enter') {
            const hit = hits[active >= 0 ? active : 0];
            if (expanded && hit) {
              e.preventDefault();
              pick(hit);
            }
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`Suggestions for ${label}`}
        className="suggestions"
        hidden={!expanded}
      >
        {expanded && hits.length === 0 && !error ? (
          <li className="no-suggestion" role="option" aria-selected="false" aria-disabled="true">
            No match yet
          </li>
        ) : null}
        {hits.map((hit, i) => {
          const alias = matchedAlias(hit, text);
          return (
            <li
              key={hit.entity.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit)}
            >
              <span className="suggestion-name">
                {hit.entity.name}
                {hit.entity.acronym && hit.entity.acronym !== hit.entity.name
                  ? ` (${hit.entity.acronym})`
                  : ''}
              </span>{' '}
              <KindBadge kind={hit.entity.kind} />
              {alias ? <span className="suggestion-alias"> also “{alias}”</span> : null}
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
