import { useEffect, useRef, useSyncExternalStore } from 'react';
import { type I18n, useI18n } from '../../i18n/I18nProvider';
import type { NetworkEdge, NetworkNode } from '../../models/stakeholder';
import {
  type EntityRef,
  edgeOfLink,
  nodeOfEntity,
  otherEnd,
} from '../../models/stakeholderDetails';
import type { RecordDialogStore, RecordTab } from '../../stores/recordDialogStore';
import { LinkForm } from './LinkForm';
import { OrganizationForm } from './OrganizationForm';
import { PersonForm } from './PersonForm';

export interface Recorded {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** What to say when it is done, in the language chosen when it is said. */
  message(t: I18n['t']): string;
  /** The new person or organization, to open when nothing is open yet. */
  created?: EntityRef;
}

const tabs: readonly RecordTab[] = ['person', 'organization', 'link'];

/** One short form from wherever the user is: a person, an organization, or a link. */
export function RecordDialog(props: {
  store: RecordDialogStore;
  /** Where a link starts when the dialog was opened without one (the stakeholder on screen). */
  defaultLinkFrom: EntityRef | null;
  onRecorded(recorded: Recorded): void;
}) {
  const { t } = useI18n();
  const state = useSyncExternalStore(props.store.subscribe, props.store.getSnapshot);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (state.open && !element.open) element.showModal();
    if (!state.open && element.open) element.close();
  }, [state.open]);
  const close = () => props.store.close();
  const linkFrom = state.open ? (state.linkFrom ?? props.defaultLinkFrom) : null;

  return (
    <dialog
      ref={dialog}
      className="record-dialog"
      aria-labelledby="record-title"
      onClose={() => {
        if (props.store.getSnapshot().open) close();
      }}
    >
      {state.open && (
        <>
          <header className="record-dialog__header">
            <h2 id="record-title">{t('add.title')}</h2>
            <button type="button" className="icon-button" onClick={close} title={t('form.close')}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('form.close')}</span>
            </button>
          </header>
          <div className="segmented" role="radiogroup" aria-label={t('add.choose')}>
            {tabs.map((tab) => (
              // biome-ignore lint/a11y/useSemanticElements: a segmented switch of three buttons reads better than radio inputs here.
              <button
                key={tab}
                type="button"
                role="radio"
                aria-checked={state.tab === tab}
                onClick={() => props.store.setTab(tab)}
              >
                {t(`add.${tab}`)}
              </button>
            ))}
          </div>
          {state.tab === 'person' && (
            <PersonForm
              onCancel={close}
              onSaved={(person) => {
                close();
                props.onRecorded({
                  nodes: [nodeOfEntity(person)],
                  edges: [],
                  message: (say) => say('explorer.added', { name: person.label }),
                  created: person,
                });
              }}
            />
          )}
          {state.tab === 'organization' && (
            <OrganizationForm
              onCancel={close}
              onSaved={(organization) => {
                close();
                props.onRecorded({
                  nodes: [nodeOfEntity(organization)],
                  edges: [],
                  message: (say) => say('explorer.added', { name: organization.label }),
                  created: organization,
                });
              }}
            />
          )}
          {state.tab === 'link' &&
            (linkFrom ? (
              <LinkForm
                key={linkFrom.id}
                from={linkFrom}
                onCancel={close}
                onSaved={({ link, created }) => {
                  close();
                  props.onRecorded({
                    nodes: [nodeOfEntity(link.from), nodeOfEntity(link.to)],
                    edges: [edgeOfLink(link)],
                    message: (say) =>
                      created
                        ? say('explorer.linkAdded', {
                            // Said the way the user recorded it (a KNOWS tie is stored either way round).
                            from: linkFrom.label,
                            type: say(`linkType.${link.type}`),
                            to: otherEnd(link, linkFrom.id).label,
                          })
                        : say('form.linkExisted'),
                  });
                }}
              />
            ) : (
              <p className="notice">{t('form.linkNeedsFrom')}</p>
            ))}
        </>
      )}
    </dialog>
  );
}
