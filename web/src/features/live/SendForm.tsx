// The form a participant writes in (a thought, a sentence, a line for the song): the text
// passes the privacy guard and stays in the field until the server has stored it.
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { privacyProblem, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import type { SubmitError } from './useLiveSocket';

/**
 * What a participant writes goes through the privacy guard like every resident text: the text
 * stays in the field until the server has it, and a refusal leaves it there with its findings
 * (replace by a placeholder in one click, or confirm).
 */
export function SendForm({ id, label, onSend, maxLength, guest, children, description }: {
  id: string;
  label: string;
  onSend: (text: string, privacyConfirmed: boolean) => Promise<void>;
  maxLength: number;
  guest: boolean;
  /** Extra fields above the text (step 4's perspective). */
  children?: ReactNode;
  description?: string;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = useRef(text);
  latest.current = text;
  // guests have no account for the check while typing: the server's refusal shows the findings
  const guard = usePrivacyGuard(text, setText, { field: 'text', precheck: !guest });
  const [problem, setProblem] = useState<string>('');
  return (
    <form className="vk-live-send" noValidate onSubmit={async (e) => {
      e.preventDefault();
      const sent = text.trim();
      if (!sent || busy) return;
      const r = await guard.check();
      if (!r.canSave) return;
      setBusy(true);
      setProblem('');
      try {
        await onSend(sent, r.privacyConfirmed);
        // only now is it the server's; keep anything typed since
        if (latest.current.trim() === sent) setText('');
      } catch (err) {
        const f = err as SubmitError;
        if (!guard.applyProblem(privacyProblem(f.status, f.title, f.findings))) setProblem(f.title);
      } finally {
        setBusy(false);
      }
    }}>
      {children}
      <PrivacyTextarea id={id} label={label} guard={guard} rows={3} maxLength={maxLength} description={description} />
      {problem && <Alert type="error" className="vk-alert"><Paragraph>{problem}</Paragraph></Alert>}
      <Button appearance="primary-action-button" type="submit" busy={busy}>{t('live.send')}</Button>
    </form>
  );
}

