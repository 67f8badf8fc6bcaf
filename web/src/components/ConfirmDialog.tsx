// One confirmation for every step that cannot be undone: a modal <dialog role="alertdialog">
// with a title, what will happen, a confirm and a cancel button. Focus starts on "Annuleren"
// (the safe choice), Escape cancels, focus goes back to the button that opened it.
import { AlertDialog, Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { ProblemAlert } from './Feedback';
import { useModalDialog } from './useModalDialog';
import './confirm.css';

export interface ConfirmDialogProps {
  title: string;
  /** what happens, in a sentence or a list */
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: unknown;
  /** the confirm button's look: red for erasing and removing (default), plain otherwise */
  danger?: boolean;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, busy = false, error, danger = true }: ConfirmDialogProps) {
  const t = useT();
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const ref = useModalDialog<HTMLDialogElement>(cancelRef);
  return (
    <AlertDialog ref={ref} type="warning" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`}
      aria-describedby={children ? `${id}-text` : undefined} className="vk-dialog"
      onCancel={(e) => { e.preventDefault(); if (!busy) onCancel(); }}>
      <Heading level={2} id={`${id}-title`}>{title}</Heading>
      {children && <div id={`${id}-text`}>{children}</div>}
      <ProblemAlert error={error} />
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" className={danger ? 'vk-danger' : undefined} busy={busy}
          disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} type="button" appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </AlertDialog>
  );
}

export interface ConfirmButtonProps {
  /** the button's text, and its accessible name when it needs more (which member, which card) */
  label: string;
  ariaLabel?: string;
  id?: string;
  appearance?: 'primary-action-button' | 'secondary-action-button' | 'subtle-button';
  className?: string;
  disabled?: boolean;
  busy?: boolean;
  /** the dialog */
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
}

/** A button that asks first: it opens a ConfirmDialog; "Ja" closes it and does the step. */
export function ConfirmButton({ label, ariaLabel, id, appearance = 'subtle-button', className, disabled, busy, title, children, confirmLabel, danger, onConfirm }: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setAsking(false);
    window.setTimeout(() => buttonRef.current?.focus(), 0);
  };
  return (
    <>
      <Button ref={buttonRef} id={id} type="button" appearance={appearance} className={className} aria-label={ariaLabel}
        disabled={disabled || busy} busy={busy} onClick={() => setAsking(true)}>
        {label}
      </Button>
      {asking && (
        <ConfirmDialog title={title} confirmLabel={confirmLabel ?? t('common.yesContinue')} danger={danger} onCancel={close}
          onConfirm={() => { close(); onConfirm(); }}>
          {children}
        </ConfirmDialog>
      )}
    </>
  );
}
