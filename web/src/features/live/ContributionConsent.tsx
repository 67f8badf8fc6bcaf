// A member's own thoughts and sentences, each with a choice: may it go to the team's common
// threads? Only what is switched on leaves the session (anonymously); switching off takes it back.
// A thought placed in a rule x part cell has a second toggle: also into the team's guideline
// matrix (part `guideline`).
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queries';
import { ProblemAlert } from '../../components/Feedback';
import { useT } from '../../i18n/I18nProvider';
import { liveApi } from './api';

export function ContributionConsent({ sessionId, version = 0 }: { sessionId: number; version?: number }) {
  const t = useT();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: queryKeys.live.contributionsAt(sessionId, version), queryFn: () => liveApi.contributions(sessionId) });
  const consent = useMutation({
    mutationFn: ({ seq, toThreads, toGuideline }: { seq: number; toThreads: boolean; toGuideline?: boolean }) =>
      liveApi.setConsent(sessionId, seq, toThreads, toGuideline),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.live.contributions(sessionId) });
      void qc.invalidateQueries({ queryKey: queryKeys.guideline.all() });
    },
  });
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="consent-heading" className="vk-live-consent">
      <Heading level={2} id="consent-heading">{t('live.consentTitle')}</Heading>
      <Paragraph>{t('live.consentIntro')}</Paragraph>
      <ul>
        {items.map((x) => (
          <li key={x.seq} className="vk-live-consent__item">
            <span>{x.text}</span>
            {/* A toggle button: its pressed state says whether it goes to the threads. */}
            <Button appearance="secondary-action-button" type="button" aria-pressed={x.toThreads}
              aria-label={t('live.consentFor', { text: x.text })} className="vk-live-consent__toggle"
              disabled={consent.isPending} onClick={() => consent.mutate({ seq: x.seq, toThreads: !x.toThreads })}>
              {t('live.consentButton')}
            </Button>
            {x.placed && (
              <Button appearance="secondary-action-button" type="button" aria-pressed={!!x.toGuideline}
                aria-label={t('guideline.consent.for', { text: x.text })} className="vk-live-consent__toggle"
                disabled={consent.isPending} onClick={() => consent.mutate({ seq: x.seq, toThreads: x.toThreads, toGuideline: !x.toGuideline })}>
                {t('guideline.consent.button')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ProblemAlert error={consent.error} />
    </section>
  );
}
