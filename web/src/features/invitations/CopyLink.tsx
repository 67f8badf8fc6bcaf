import { Button, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';

/** A read-only link with a copy button; the result is announced politely. */
export function CopyLink({ id, url, label }: { id: string; url: string; label: string }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      input.current?.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      setStatus(ok ? 'copied' : 'manual');
    }
  };
  return (
    <FormField className="vk-field vk-copy">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input vk-copy__row">
        <Textbox id={id} ref={input} readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="vk-copy__input" />
        <Button appearance="secondary-action-button" onClick={() => void copy()}>
          {t('invite.copy')}
        </Button>
      </div>
      <p className="vk-copy__status" role="status" aria-live="polite">
        {status === 'copied' ? t('invite.copied') : status === 'manual' ? t('invite.copyManual') : ''}
      </p>
    </FormField>
  );
}
