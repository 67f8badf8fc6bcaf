// "Tweede stap" on the account page: enrol with a QR code (or the secret typed over), confirm
// with the first code, keep the 10 recovery codes (shown once), and turn it off again.
import { Button, Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { confirmSecondFactor, disableSecondFactor, enrolSecondFactor, fetchSecondFactor } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import type { SecondFactorEnrolment } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useT } from '../../i18n/I18nProvider';

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useT();
  return (
    <div className="vk-recovery-codes">
      <SuccessNotice>{t('mfa.enabled')}</SuccessNotice>
      <Heading level={3}>{t('mfa.recovery.title')}</Heading>
      <Paragraph>{t('mfa.recovery.intro')}</Paragraph>
      <OrderedList aria-label={t('mfa.recovery.title')} className="vk-code-list">
        {codes.map((c) => (
          <OrderedListItem key={c}>
            <code data-testid="recovery-code">{c}</code>
          </OrderedListItem>
        ))}
      </OrderedList>
      <Button type="button" appearance="primary-action-button" onClick={onDone}>
        {t('mfa.recovery.saved')}
      </Button>
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

function Disable({ onDone }: { onDone: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [code, setCode] = useState('');
  const off = useMutation({ mutationFn: () => disableSecondFactor({ code: code.replace(/\s/g, '') }), onSuccess: () => { setAsking(false); onDone(); } });
  return (
    <>
      <Button type="button" appearance="secondary-action-button" onClick={() => setAsking(true)}>
        {t('mfa.disable')}
      </Button>
      {asking && (
        <ConfirmDialog title={t('mfa.disable.title')} confirmLabel={t('mfa.disable')} busy={off.isPending} error={off.error}
          onConfirm={() => off.mutate()} onCancel={() => setAsking(false)}>
          <Paragraph>{t('mfa.disable.text')}</Paragraph>
          <TextField id="mfa-disable-code" name="code" label={t('mfa.code')} autoComplete="one-time-code" inputMode="numeric"
            value={code} onChange={setCode} required />
        </ConfirmDialog>
      )}
    </>
  );
}

export function SecondFactorSection() {
  const t = useT();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: queryKeys.secondFactor(), queryFn: fetchSecondFactor });
  const [enrolment, setEnrolment] = useState<SecondFactorEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const enrol = useMutation({ mutationFn: enrolSecondFactor, onSuccess: setEnrolment });
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
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => { setCodes(null); void refresh(); }} />
      ) : enrolment ? (
        <Enrol enrolment={enrolment} onConfirmed={(c) => { setEnrolment(null); setCodes(c); }} />
      ) : s?.enabled ? (
        <>
          <Paragraph data-testid="mfa-on">{t('mfa.on', { left: s.recoveryCodesLeft })}</Paragraph>
          <Disable onDone={() => void refresh()} />
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
