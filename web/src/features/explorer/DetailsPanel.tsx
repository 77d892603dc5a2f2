import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import {
  type DetailLink,
  type EntityRef,
  otherEnd,
  type StakeholderDetails,
} from '../../models/stakeholderDetails';
import type { DetailsState } from '../../stores/explorerStore';
import { ContactForm } from '../recording/ContactForm';
import { LinkEditForm } from '../recording/LinkEditForm';
import { OrganizationForm } from '../recording/OrganizationForm';
import { PersonForm } from '../recording/PersonForm';
import { ScoresSection } from './ScoresSection';

const placeTypes: readonly string[] = [
  'LIVES_IN',
  'COVERS',
  'LOCATED_IN',
  'ACTIVE_IN',
  'RESPONSIBLE_FOR',
];
const roleTypes: readonly string[] = [
  'MEMBER_OF',
  'BOARD_OF',
  'WORKS_AT',
  'VOLUNTEERS_AT',
  'INITIATES',
  'SUPPORTS',
  'PARTICIPATES_IN',
];

/** What the register knows of the active stakeholder, with forms to change it. */
export function DetailsPanel(props: {
  state: DetailsState;
  onSelect(id: string): void;
  onAddLinkFrom(entity: EntityRef): void;
  onSaved(entity?: EntityRef): void;
  onLinkSaved(link: DetailLink): void;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<{ mode: 'view' | 'edit' | 'contact'; id: string | null }>({
    mode: 'view',
    id: null,
  });
  const { state } = props;
  if (state.phase === 'idle') return null;
  if (state.phase === 'loading') {
    return (
      <aside className="details-panel" aria-busy="true">
        <p className="muted">{t('details.loading')}</p>
      </aside>
    );
  }
  if (state.phase === 'missing') {
    return (
      <aside className="details-panel">
        <p>{t('details.notFound')}</p>
      </aside>
    );
  }
  if (state.phase === 'failed') {
    return (
      <aside className="details-panel">
        <p className="form-error">{t(`error.${state.error.code}`)}</p>
      </aside>
    );
  }
  const { details } = state;
  const current = mode.id === details.id ? mode.mode : 'view';
  const self: EntityRef = {
    id: details.id,
    kind: details.kind,
    label: details.name,
    sublabel: null,
    official: details.kind === 'PERSON' && details.official !== null,
  };
  const back = () => setMode({ mode: 'view', id: null });
  const editable = details.kind === 'PERSON' || details.kind === 'ORGANIZATION';

  return (
    <aside className="details-panel" aria-labelledby="details-title" data-testid="details-panel">
      <header className="details-panel__header">
        <p className="details-panel__kind">{kindLine(details, t)}</p>
        <h2 id="details-title">{details.name}</h2>
        <div className="details-panel__actions">
          {editable && current === 'view' && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setMode({ mode: 'edit', id: details.id })}
            >
              {t('details.edit')}
            </button>
          )}
          {editable && current === 'view' && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setMode({ mode: 'contact', id: details.id })}
            >
              {t('details.recordContact')}
            </button>
          )}
          {current === 'view' && details.kind !== 'AREA' && details.kind !== 'THEME' && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => props.onAddLinkFrom(self)}
            >
              {t('node.addLinkFromHere')}
            </button>
          )}
        </div>
      </header>
      {current === 'edit' && details.kind === 'PERSON' && (
        <PersonForm
          person={details}
          onCancel={back}
          onSaved={(saved) => {
            back();
            props.onSaved(saved);
          }}
        />
      )}
      {current === 'edit' && details.kind === 'ORGANIZATION' && (
        <OrganizationForm
          organization={details}
          onCancel={back}
          onSaved={(saved) => {
            back();
            props.onSaved(saved);
          }}
        />
      )}
      {current === 'contact' && (
        <ContactForm
          with={self}
          onCancel={back}
          onSaved={() => {
            back();
            props.onSaved();
          }}
        />
      )}
      {current === 'view' && (
        <DetailsView details={details} onSelect={props.onSelect} onLinkSaved={props.onLinkSaved} />
      )}
    </aside>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

function kindLine(details: StakeholderDetails, t: Translate): string {
  switch (details.kind) {
    case 'PERSON':
      return details.official
        ? `${t('visualKind.OFFICIAL')} · ${t(`officialRole.${details.official.officialRole}`)}`
        : t('visualKind.PERSON');
    case 'ORGANIZATION':
      return t(`visualKind.${details.organizationKind}`);
    case 'INITIATIVE':
      return `${t('kind.INITIATIVE')} · ${t(`initiativeStatus.${details.status}`)}`;
    case 'AREA':
      return `${t('kind.AREA')} · ${t(`areaLevel.${details.level}`)}`;
    case 'THEME':
      return t('kind.THEME');
  }
}

function DetailsView({
  details,
  onSelect,
  onLinkSaved,
}: {
  details: StakeholderDetails;
  onSelect(id: string): void;
  onLinkSaved(link: DetailLink): void;
}) {
  const { t, formatDate } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const editButton = (link: DetailLink) => (
    <button
      type="button"
      className="button button--small"
      aria-label={t('details.editLinkLabel', { name: otherEnd(link, details.id).label })}
      aria-expanded={editing === link.id}
      onClick={() => setEditing(editing === link.id ? null : link.id)}
    >
      {t('details.editLink')}
    </button>
  );
  const editForm = (link: DetailLink) =>
    editing === link.id && (
      <LinkEditForm
        link={link}
        onCancel={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          onLinkSaved(saved);
        }}
      />
    );
  const facts: [string, ReactNode][] = [];
  const add = (label: string, value: ReactNode | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') facts.push([label, value]);
  };
  if (details.kind === 'PERSON') {
    add(t('field.email'), details.email);
    add(t('field.phone'), details.phone);
    add(t('field.postcode'), details.postcode);
    add(t('field.notes'), details.notes);
  } else if (details.kind === 'ORGANIZATION') {
    add(t('field.description'), details.description);
    add(t('field.website'), details.website);
    add(t('field.email'), details.email);
    add(t('field.phone'), details.phone);
    add(t('field.postcode'), details.postcode);
  } else if (details.kind === 'INITIATIVE') {
    add(t('field.description'), details.description);
    add(t('field.receivedAt'), formatDate(details.receivedAt));
  } else if (details.kind === 'AREA') {
    add(t('field.cbsCode'), details.cbsCode);
  }
  const places = details.links.filter((link) => placeTypes.includes(link.type));
  const roles = details.links.filter((link) => roleTypes.includes(link.type));
  const others = details.links.filter(
    (link) => !placeTypes.includes(link.type) && !roleTypes.includes(link.type),
  );
  const linkText = (link: DetailLink) => {
    const parts = [t(`linkType.${link.type}`)];
    if (link.role) parts.push(`(${link.role})`);
    return parts.join(' ');
  };
  const linkFacts = (link: DetailLink) =>
    [
      link.strength !== null ? t('details.strength', { strength: link.strength }) : '',
      link.lastContact ? t('details.lastContact', { date: formatDate(link.lastContact) }) : '',
      link.since ? t('details.since', { date: formatDate(link.since) }) : '',
      link.endedAt ? t('details.ended', { date: formatDate(link.endedAt) }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const entityButton = (entity: EntityRef) => (
    <button type="button" className="button--link" onClick={() => onSelect(entity.id)}>
      {entity.label}
    </button>
  );

  return (
    <div className="details-panel__body">
      {details.kind === 'PERSON' && details.objected && (
        <p className="notice">{t('details.objected')}</p>
      )}
      {facts.length > 0 && (
        <section aria-label={t('details.fields')}>
          <dl className="fact-list">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {details.kind === 'PERSON' && (
        <section>
          <h3>{t('details.privacy')}</h3>
          <dl className="fact-list">
            <div>
              <dt>{t('field.legalBasis')}</dt>
              <dd>
                {t(`legalBasis.${details.legalBasis}`)}
                {details.legalReference ? ` — ${details.legalReference}` : ''}
                {details.consentDate ? ` — ${formatDate(details.consentDate)}` : ''}
                {details.consentTextVersion ? ` (${details.consentTextVersion})` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('field.purpose')}</dt>
              <dd>{details.purpose}</dd>
            </div>
            <div>
              <dt>{t('field.retainUntil')}</dt>
              <dd>{formatDate(details.retainUntil)}</dd>
            </div>
          </dl>
        </section>
      )}
      {(details.kind === 'PERSON' || details.kind === 'ORGANIZATION') && (
        <ScoresSection scores={details.scores} />
      )}
      {(details.kind === 'PERSON' ||
        details.kind === 'ORGANIZATION' ||
        details.kind === 'INITIATIVE') && (
        <>
          <section>
            <h3>{t('details.roles')}</h3>
            {roles.length === 0 && !(details.kind === 'PERSON' && details.official) ? (
              <p className="muted">{t('details.none')}</p>
            ) : (
              <ul className="link-list">
                {details.kind === 'PERSON' && details.official && (
                  <li>{t(`officialRole.${details.official.officialRole}`)}</li>
                )}
                {roles.map((link) => (
                  <li key={link.id}>
                    {link.from.id === details.id ? '' : <>{entityButton(link.from)} </>}
                    {linkText(link)}
                    {link.to.id === details.id ? '' : <> {entityButton(link.to)}</>}{' '}
                    {editButton(link)}
                    {editForm(link)}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h3>{t('details.areasThemes')}</h3>
            {places.length === 0 ? (
              <p className="muted">{t('details.none')}</p>
            ) : (
              <ul className="link-list">
                {places.map((link) => (
                  <li key={link.id}>
                    {linkText(link)} {entityButton(otherEnd(link, details.id))}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h3>{t('details.links', { count: others.length })}</h3>
            {others.length === 0 ? (
              <p className="muted">{t('details.noLinks')}</p>
            ) : (
              <ul className="link-list">
                {others.map((link) => (
                  <li key={link.id}>
                    {linkText(link)} {entityButton(otherEnd(link, details.id))}
                    {linkFacts(link) && (
                      <span className="link-list__facts"> — {linkFacts(link)}</span>
                    )}{' '}
                    {editButton(link)}
                    {editForm(link)}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h3>{t('details.contacts', { count: details.contacts.length })}</h3>
            {details.contacts.length === 0 ? (
              <p className="muted">{t('details.noContacts')}</p>
            ) : (
              <ul className="contact-list">
                {details.contacts.map((contact) => (
                  <li key={contact.id}>
                    <span className="contact-list__when">
                      {formatDate(contact.date)} · {t(`channel.${contact.channel}`)}
                    </span>
                    <span>{contact.note}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
