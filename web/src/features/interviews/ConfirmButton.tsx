// A button for something that cannot be undone: the first press asks, the second does it.
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';

export function ConfirmButton({ label, question, onConfirm, busy }: { label: string; question: string; onConfirm: () => void; busy?: boolean }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return <Button type="button" appearance="subtle-button" onClick={() => setAsking(true)}>{label}</Button>;
  return (
    <span className="vk-iv-confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => { setAsking(false); onConfirm(); }}>
        {t('common.yes')}
      </Button>
      <Button type="button" appearance="subtle-button" onClick={() => setAsking(false)}>{t('common.cancel')}</Button>
    </span>
  );
}
