import {
  type KeyboardEvent,
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { type SearchHit, searchableKinds, stakeholderKinds } from '../../models/stakeholder';
import { createSearchStore } from '../../stores/searchStore';
import { useRegisterApi } from '../recording/RegisterApiContext';

/**
 * Type-ahead over the register as an ARIA 1.2 combobox: typing searches after a short pause,
 * arrow keys move through the hits, Enter opens the active (or first) hit, Escape closes the list
 * and, pressed again, clears the text.
 */
export function StakeholderSearch(props: {
  label: string;
  onChoose(hit: SearchHit): void;
  excludeId?: string;
  withThemes?: boolean;
  autoFocus?: boolean;
  className?: string;
}) {
  const { t } = useI18n();
  const api = useRegisterApi();
  const kinds = props.withThemes ? stakeholderKinds : searchableKinds;
  const store = useMemo(
    () => createSearchStore((text, signal) => api.search(text, kinds, signal)),
    [api, kinds],
  );
  useEffect(() => () => store.clear(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();
  const listId = `${id}-list`;
  const hits = (state.phase === 'done' || state.phase === 'searching' ? state.hits : []).filter(
    (hit) => hit.id !== props.excludeId,
  );
  const expanded = open && state.phase !== 'idle';

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    props.onChoose(hit);
    store.clear();
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (hits.length === 0 ? -1 : (index + 1) % hits.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (hits.length === 0 ? -1 : (index - 1 + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      if (!expanded) return;
      event.preventDefault();
      choose(hits[active] ?? hits[0]);
    } else if (event.key === 'Escape') {
      // Inside a dialog, the first Escape only closes the list, not the dialog.
      if (expanded) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else if (state.text) {
        event.preventDefault();
        event.stopPropagation();
        store.clear();
      }
    }
  };

  const sublabelOf = (hit: SearchHit) => {
    if (!hit.sublabel) return t(`kind.${hit.kind}`);
    switch (hit.kind) {
      case 'PERSON':
        return t(`officialRole.${hit.sublabel as 'OTHER'}`);
      case 'ORGANIZATION':
        return t(`visualKind.${hit.sublabel as 'ASSOCIATION'}`);
      case 'AREA':
        return t(`areaLevel.${hit.sublabel as 'KERN'}`);
      case 'INITIATIVE':
        return `${t('kind.INITIATIVE')} · ${t(`initiativeStatus.${hit.sublabel as 'IDEA'}`)}`;
      default:
        return t(`kind.${hit.kind}`);
    }
  };

  return (
    <div className={`stakeholder-search ${props.className ?? ''}`}>
      <label htmlFor={`${id}-input`}>{props.label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-hit-${active}` : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        // biome-ignore lint/a11y/noAutofocus: the add-link dialog moves focus to its search on purpose.
        autoFocus={props.autoFocus}
        value={state.text}
        onChange={(event) => {
          store.setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <div id={listId} role="listbox" aria-label={props.label} hidden={!expanded}>
        {hits.map((hit, index) => (
          <div
            key={hit.id}
            id={`${id}-hit-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="search-hit"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit)}
            onKeyDown={() => {}}
          >
            <span className={`search-hit__swatch kind-${hit.kind.toLowerCase()}`} aria-hidden />
            <span className="search-hit__label">{hit.label}</span>
            <span className="search-hit__sublabel">{sublabelOf(hit)}</span>
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {state.phase === 'searching' && hits.length === 0 && t('search.searching')}
        {state.phase === 'done' && hits.length > 0 && t('search.results', { count: hits.length })}
        {state.phase === 'done' && hits.length === 0 && t('search.noResults', { text: state.text })}
        {state.phase === 'failed' && t(`error.${state.error.code}`)}
      </p>
      {expanded && state.phase === 'done' && hits.length === 0 && (
        <p className="search-empty">{t('search.noResults', { text: state.text })}</p>
      )}
      {expanded && state.phase === 'failed' && (
        <p className="search-empty form-error">{t(`error.${state.error.code}`)}</p>
      )}
    </div>
  );
}
