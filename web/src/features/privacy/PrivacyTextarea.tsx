// A labelled textarea for free text that may describe a resident (help question, case, note,
// zodatje, live thought, craft statement, training-plan note, partner, dilemma, card texts,
// codebook descriptions, discipline): every such
// field in the app is one of these, so the messages, the placeholders and the confirmation are
// the same everywhere. `singleLine` makes it a one-line text box for short fields. It shows what the privacy guard found, offers to replace each finding by a
// placeholder such as [naam], refuses BSN and IBAN, and asks for a confirmation for the rest.
// State lives in usePrivacyGuard, so the form can check on submit and send privacyConfirmed.
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { CheckboxField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { contextOf, type PrivacyFinding } from './offsets';
import type { PrivacyGuard } from './usePrivacyGuard';
import './privacy.css';

const KINDS = ['bsn', 'iban', 'phone', 'email', 'address', 'birthdate', 'name'];

export interface PrivacyTextareaProps {
  id: string;
  label: ReactNode;
  guard: PrivacyGuard;
  description?: ReactNode;
  /** A client or server error for this field (other than the privacy findings). */
  error?: string;
  required?: boolean;
  rows?: number;
  name?: string;
  maxLength?: number;
  /** A one-line text box (craft statement, partner organisation, …) instead of a textarea. */
  singleLine?: boolean;
  /** The label is there for assistive technology only (in a table row whose header says it). */
  labelHidden?: boolean;
  placeholder?: string;
  autoComplete?: string;
  /** The id of a <datalist> of suggestions (single-line only, e.g. disciplines). */
  list?: string;
}

export function PrivacyTextarea({ id, label, guard, description, error, required, rows = 6, name, maxLength, singleLine, labelHidden, placeholder, autoComplete, list }: PrivacyTextareaProps) {
  const t = useT();
  const textarea = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [focusAfter, setFocusAfter] = useState<number | null>(null);
  const { findings, refused } = guard;
  const invalid = !!error || refused || guard.attempted;

  // after a replacement, keep keyboard focus in the list (next finding) or go back to the text
  useEffect(() => {
    if (focusAfter === null) return;
    setFocusAfter(null);
    const next = document.getElementById(`${id}-finding-${Math.min(focusAfter, findings.length - 1)}`);
    if (findings.length && next) next.focus();
    else textarea.current?.focus();
  }, [focusAfter, findings.length, id]);

  const kindLabel = (k: string) => t(KINDS.includes(k) ? `privacy.kind.${k}` : 'privacy.kind.other');

  const describedBy = [
    description ? `${id}-description` : '',
    error ? `${id}-error` : '',
    findings.length ? `${id}-privacy-summary` : '',
  ].filter(Boolean).join(' ') || undefined;

  return (
    <div className="vk-privacy-field">
      <FormField invalid={invalid} className="vk-field">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={id} className={labelHidden ? 'vk-visually-hidden' : undefined}>{label}</FormLabel>
        </div>
        {description && (
          <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
            {description}
          </FormFieldDescription>
        )}
        <div className="utrecht-form-field__input">
          {singleLine ? (
            <Textbox
              ref={textarea}
              id={id}
              name={name ?? guard.field}
              maxLength={maxLength}
              value={guard.value}
              onChange={(e: ChangeEvent<HTMLInputElement>) => guard.setValue(e.target.value)}
              invalid={invalid}
              aria-invalid={invalid ? true : undefined}
              aria-required={required ? true : undefined}
              aria-describedby={describedBy}
              placeholder={placeholder}
              autoComplete={autoComplete}
              list={list}
            />
          ) : (
            <Textarea
              ref={textarea}
              id={id}
              name={name ?? guard.field}
              rows={rows}
              maxLength={maxLength}
              value={guard.value}
              onChange={(e: ChangeEvent<HTMLTextAreaElement>) => guard.setValue(e.target.value)}
              invalid={invalid}
              aria-invalid={invalid ? true : undefined}
              aria-required={required ? true : undefined}
              aria-describedby={describedBy}
              placeholder={placeholder}
              className="vk-privacy-field__textarea"
            />
          )}
        </div>
        {error && (
          <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
            {error}
          </FormFieldErrorMessage>
        )}
      </FormField>

      <p className="vk-visually-hidden" role="status" aria-live="polite" aria-atomic="true" id={`${id}-privacy-live`}>
        {guard.announcement}
      </p>
      {guard.checkFailed && <Paragraph className="vk-privacy-field__note">{t('privacy.checkFailed')}</Paragraph>}

      {findings.length > 0 && (
        <div className={`vk-privacy ${refused ? 'vk-privacy--refused' : ''}`}>
          {refused ? (
            <Alert type="error" className="vk-alert">
              <Paragraph id={`${id}-privacy-summary`}>
                <strong>{t('privacy.refused.title')}</strong> {t('privacy.refused.text')}
              </Paragraph>
            </Alert>
          ) : (
            <Paragraph id={`${id}-privacy-summary`}>
              <strong>{t('privacy.found.title', { count: findings.length })}</strong> {t('privacy.found.text', { count: findings.length })}
            </Paragraph>
          )}
          <ul className="vk-privacy__list" aria-label={t('privacy.list.label')}>
            {findings.map((f, i) => (
              <FindingItem key={`${f.start}-${f.end}-${f.kind}`} id={`${id}-finding-${i}`} finding={f} text={guard.value}
                kind={kindLabel(f.kind)} onReplace={() => { guard.replace(f); setFocusAfter(i); }} />
            ))}
          </ul>
          {findings.length > 1 && (
            <Button type="button" appearance="secondary-action-button" onClick={() => { guard.replaceAll(); setFocusAfter(0); }}>
              {t('privacy.replaceAll', { count: findings.length })}
            </Button>
          )}
          {!refused && (
            <CheckboxField id={`${id}-privacy-confirmed`} checked={guard.confirmed} onChange={guard.setConfirmed}
              label={t('privacy.confirm.label')} description={t('privacy.confirm.description')} />
          )}
        </div>
      )}
    </div>
  );
}

function FindingItem({ id, finding, text, kind, onReplace }: { id: string; finding: PrivacyFinding; text: string; kind: string; onReplace: () => void }) {
  const t = useT();
  const where = contextOf(text, finding);
  return (
    <li className={`vk-privacy__item ${finding.refused ? 'vk-privacy__item--refused' : ''}`}>
      <span className="vk-privacy__kind">{kind}</span>{' '}
      <span className="vk-privacy__text">“{finding.text}”</span>
      {finding.refused && <span className="vk-privacy__must"> {t('privacy.item.mustRemove')}</span>}
      {where && (
        <span className="vk-privacy__where">
          {' '}
          {t('privacy.item.where')}{' '}
          <q>
            {where.before}
            <mark>{where.match}</mark>
            {where.after}
          </q>
        </span>
      )}{' '}
      {/* the accessible name starts with the visible label and says which text (WCAG 2.5.3) */}
      <Button type="button" id={id} appearance="subtle-button" className="vk-privacy__replace" onClick={onReplace}
        aria-label={`${t('privacy.replace', { placeholder: finding.placeholder })}: ${finding.text}`}>
        {t('privacy.replace', { placeholder: finding.placeholder })}
      </Button>
    </li>
  );
}
