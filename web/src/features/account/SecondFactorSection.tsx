// "Tweede stap" on the account page: enrol with a QR code (or the secret typed over), confirm
// with the first code, keep the 10 recovery codes (shown once, to copy or print), make new
// ones with the password, and turn it off with the password and a code (not while the role
// requires it).
import { Button, ButtonGroup, Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { confirmSecondFactor, disableSecondFactor, enrolSecondFactor, fetchSecondFactor, newRecoveryCodes } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import type { SecondFactorEnrolment } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useT } from '../../i18n/I18nProvider';
import './account.css';

/**
 * The 10 recovery codes, shown once: announced (aria-live), focus on their heading, with a copy
 * and a print button. Printing prints only this block (account.css).
 */
function RecoveryCodes({ codes, intro, onDone }: { codes: string[]; intro: string; onDone: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    document.body.classList.add('vk-print-codes');
    return () => document.body.classList.remove('vk-print-codes');
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="vk-recovery-codes" aria-live="polite">
      <SuccessNotice>{intro}</SuccessNotice>
      <Heading level={3} ref={heading} tabIndex={-1}>{t('mfa.recovery.title')}</Heading>
      <Paragraph>{t('mfa.recovery.intro')}</Paragraph>
      <OrderedList aria-label={t('mfa.recovery.title')} className="vk-code-list">
        {codes.map((c) => (
          <OrderedListItem key={c}>
            <code data-testid="recovery-code">{c}</code>
          </OrderedListItem>
        ))}
      </OrderedList>
      <ButtonGroup className="vk-no-print">
        <Button type="button" appearance="secondary-action-button" onClick={() => void copy()}>
          {t('mfa.recovery.copy')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
          {t('mfa.recovery.print')}
        </Button>
        <Button type="button" appearance="primary-action-button" onClick={onDone}>
          {t('mfa.recovery.saved')}
        </Button>
      </ButtonGroup>
      <Paragraph role="status" className="vk-hint vk-no-print">
        {copied === 'yes' ? t('mfa.recovery.copied') : copied === 'no' ? t('mfa.recovery.copyFailed') : ''}
      </Paragraph>
    </div>
  );
}

function Enrol({ enrolment, onConfirmed }: { enrolment: SecondFactorEnrolment; onConfirmed: (codes: string[]) => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const confirm = useMutation({
    mutationFn: () => confirmSecondFactor(code.replace(/\s/g, '')),
    onSuccess: (r) => onConfirmed(r.recoveryCodes),
    onError: (e) => setError(serverFieldErrors(e).code),
  });
  return (
    <div className="vk-enrol">
      <Paragraph>{t('mfa.enrol.scan')}</Paragraph>
      <img className="vk-qr" width={200} height={200} alt={t('mfa.enrol.qrAlt')}
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`} />
      <Paragraph>{t('mfa.enrol.orType')}</Paragraph>
      <Paragraph>
        <code data-testid="mfa-secret" className="vk-secret">{enrolment.secretGroups}</code>
      </Paragraph>
      <ProblemAlert error={confirm.error} />
      <form noValidate className="vk-form" onSubmit={(e) => { e.preventDefault(); setError(undefined); confirm.mutate(); }}>
        <TextField id="mfa-confirm-code" name="code" label={t('mfa.code')} description={t('mfa.codeHint')}
          autoComplete="one-time-code" inputMode="numeric" value={code} onChange={setCode} error={error} required />
        <Button type="submit" appearance="primary-action-button" busy={confirm.isPending} disabled={confirm.isPending}>
          {t('mfa.enrol.confirm')}
        </Button>
      </form>
    </div>
  );
}

/** Asks the password (and, to turn it off, a current code) in a dialog; field errors from the server. */
function PasswordDialog({ title, text, confirmLabel, withCode, busy, error, onConfirm, onCancel }: {
  title: string; text: string; confirmLabel: string; withCode: boolean; busy: boolean; error: unknown;
  onConfirm: (v: { password: string; code: string }) => void; onCancel: () => void;
}) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const fields = serverFieldErrors(error);
  return (
    <ConfirmDialog title={title} confirmLabel={confirmLabel} busy={busy} error={error} danger={withCode}
      onConfirm={() => onConfirm({ password, code: code.replace(/\s/g, '') })} onCancel={onCancel}>
      <Paragraph>{text}</Paragraph>
      <form noValidate className="vk-form" onSubmit={(e) => { e.preventDefault(); onConfirm({ password, code: code.replace(/\s/g, '') }); }}>
        <TextField id={withCode ? 'mfa-disable-password' : 'mfa-renew-password'} name="password" type="password"
          label={t('mfa.password')} autoComplete="current-password" value={password} onChange={setPassword}
          error={fields.password} required />
        {withCode && (
          <TextField id="mfa-disable-code" name="code" label={t('mfa.code')} description={t('mfa.codeHint')}
            autoComplete="one-time-code" inputMode="numeric" value={code} onChange={setCode} error={fields.code} required />
        )}
      </form>
    </ConfirmDialog>
  );
}

function backTo(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

function NewRecoveryCodes({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const renew = useMutation({
    mutationFn: (password: string) => newRecoveryCodes(password),
    onSuccess: (r) => { setAsking(false); onCodes(r.recoveryCodes); },
  });
  return (
    <>
      <Button id="mfa-renew" type="button" appearance="secondary-action-button" onClick={() => { renew.reset(); setAsking(true); }}>
        {t('mfa.recovery.new')}
      </Button>
      {asking && (
        <PasswordDialog title={t('mfa.recovery.newTitle')} text={t('mfa.recovery.newText')} confirmLabel={t('mfa.recovery.newSubmit')}
          withCode={false} busy={renew.isPending} error={renew.error}
          onConfirm={(v) => renew.mutate(v.password)} onCancel={() => { setAsking(false); backTo('mfa-renew'); }} />
      )}
    </>
  );
}

function Disable({ required, onDone }: { required: boolean; onDone: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const off = useMutation({ mutationFn: disableSecondFactor, onSuccess: () => { setAsking(false); onDone(); } });
  if (required) return <Paragraph className="vk-hint" data-testid="mfa-cannot-disable">{t('mfa.disable.notAllowed')}</Paragraph>;
  return (
    <>
      <Button id="mfa-disable" type="button" appearance="secondary-action-button" onClick={() => { off.reset(); setAsking(true); }}>
        {t('mfa.disable')}
      </Button>
      {asking && (
        <PasswordDialog title={t('mfa.disable.title')} text={t('mfa.disable.text')} confirmLabel={t('mfa.disable')}
          withCode busy={off.isPending} error={off.error}
          onConfirm={(v) => off.mutate(v)} onCancel={() => { setAsking(false); backTo('mfa-disable'); }} />
      )}
    </>
  );
}

export function SecondFactorSection() {
  const t = useT();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: queryKeys.secondFactor(), queryFn: fetchSecondFactor });
  const [enrolment, setEnrolment] = useState<SecondFactorEnrolment | null>(null);
  const [codes, setCodes] = useState<{ list: string[]; renewed: boolean } | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const enrol = useMutation({ mutationFn: enrolSecondFactor, onSuccess: (e) => { setTurnedOff(false); setEnrolment(e); } });
  const refresh = () => qc.invalidateQueries({ queryKey: queryKeys.secondFactor() });
  const s = status.data;
  return (
    <section aria-labelledby="mfa-heading" className="vk-section" id="tweede-stap">
      <Heading level={2} id="mfa-heading">
        {t('mfa.title')}
      </Heading>
      <Paragraph>{t('mfa.intro')}</Paragraph>
      {status.isPending && <Loading />}
      <ProblemAlert error={status.error ?? enrol.error} />
      {s && s.required && !s.enabled && <Paragraph className="vk-hint" role="status">{t('mfa.required')}</Paragraph>}
      {s && !s.requiredForAdmins && <Paragraph className="vk-hint">{t('mfa.notRequired')}</Paragraph>}
      {turnedOff && !enrolment && <SuccessNotice>{t('mfa.disabled')}</SuccessNotice>}
      {codes ? (
        <RecoveryCodes codes={codes.list} intro={t(codes.renewed ? 'mfa.recovery.newDone' : 'mfa.enabled')}
          onDone={() => { setCodes(null); void refresh(); backTo('mfa-heading'); }} />
      ) : enrolment ? (
        <Enrol enrolment={enrolment} onConfirmed={(c) => { setEnrolment(null); setCodes({ list: c, renewed: false }); }} />
      ) : s?.enabled ? (
        <>
          <Paragraph data-testid="mfa-on">{t('mfa.on', { left: s.recoveryCodesLeft })}</Paragraph>
          <ButtonGroup>
            <NewRecoveryCodes onCodes={(c) => { setCodes({ list: c, renewed: true }); void refresh(); }} />
          </ButtonGroup>
          <Disable required={s.required} onDone={() => { setTurnedOff(true); void refresh(); backTo('mfa-heading'); }} />
        </>
      ) : s ? (
        <Button type="button" appearance="primary-action-button" busy={enrol.isPending} disabled={enrol.isPending}
          onClick={() => enrol.mutate()}>
          {t('mfa.enrol.start')}
        </Button>
      ) : null}
    </section>
  );
}

/** On the admin pages: says when this server does not require a second step of admins (the demo). */
export function SecondFactorAdminNotice() {
  const t = useT();
  const status = useQuery({ queryKey: queryKeys.secondFactor(), queryFn: fetchSecondFactor });
  if (!status.data || status.data.requiredForAdmins) return null;
  return <Paragraph className="vk-hint">{t('mfa.notRequired')}</Paragraph>;
}
