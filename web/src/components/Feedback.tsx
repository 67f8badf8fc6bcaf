import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useLocale, useT } from '../i18n/I18nProvider';
import { isApiError } from '../api/client';
import { describeError } from './errors';
import { RouterLink } from './RouterLink';

/** The server's problem type for "set up a second step first" (admin and analyst routes). */
export const SECOND_FACTOR_REQUIRED = 'urn:vakkompas:problem:second-factor-required';

/** An error from the API as a readable sentence, announced to screen readers. */
export function ProblemAlert({ error, overrides }: { error: unknown; overrides?: Record<number, string> }) {
  const t = useT();
  const { locale } = useLocale();
  if (!error) return null;
  return (
    <Alert type="error" role="alert" className="vk-alert">
      <Paragraph>{describeError(t, locale, error, overrides)}</Paragraph>
      {isApiError(error) && error.problem.type === SECOND_FACTOR_REQUIRED && (
        <Paragraph>
          <RouterLink to="/account#tweede-stap">{t('mfa.enrol.start')}</RouterLink>
        </Paragraph>
      )}
    </Alert>
  );
}

/** A calm confirmation ("Opgeslagen"), announced politely. */
export function SuccessNotice({ children }: { children: React.ReactNode }) {
  return (
    <Alert type="ok" role="status" className="vk-alert">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

export function Loading() {
  const t = useT();
  return (
    <Paragraph role="status" className="vk-loading">
      {t('common.loading')}
    </Paragraph>
  );
}
