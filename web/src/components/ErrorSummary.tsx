import { Alert, Heading, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/I18nProvider';

export interface SummaryError {
  fieldId: string;
  message: string;
}

/**
 * The list of what to fix, shown above a form after a submit with errors. It is announced
 * (role=alert) and takes focus, and each item moves focus to its field.
 */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length && attempt > 0) ref.current?.focus();
    // focus once per submit attempt, not on every keystroke
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (!errors.length) return null;
  return (
    <Alert type="error" role="alert" className="vk-alert vk-error-summary" ref={ref} tabIndex={-1}>
      <Heading level={2} appearance="utrecht-heading-3">
        {t('form.errorSummary', { count: errors.length })}
      </Heading>
      <UnorderedList>
        {errors.map((e, i) => (
          <UnorderedListItem key={`${i}-${e.fieldId}`}>
            {e.fieldId ? (
            <a
              className="utrecht-link"
              href={`#${e.fieldId}`}
              onClick={(ev) => {
                ev.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
            ) : (
              e.message
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
