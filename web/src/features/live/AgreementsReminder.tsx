// On the team page: the agreements of the team's what-works conversations whose look-back
// date has come or is within a week, with a tick to mark one done.
import { queryKeys } from '../../api/queries';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/Feedback';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { useDates } from '../../i18n/dates';
import { liveApi } from './api';
import './live.css';

export function AgreementsReminder({ teamId }: { teamId: number }) {
  const t = useT();
  const dates = useDates();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: queryKeys.live.agreements(teamId), queryFn: () => liveApi.teamAgreements(teamId), retry: false });
  const done = useMutation({
    mutationFn: (id: number) => liveApi.setAgreementDone(id, true),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.live.agreements(teamId) }),
  });
  const due = (list.data?.items ?? []).filter((a) => a.due);
  if (due.length === 0) return null;
  return (
    <section aria-labelledby="agreements-due-heading" className="vk-live-reminder" role="region">
      <Heading level={2} id="agreements-due-heading">{t('talk.reminder.title', { n: due.length })}</Heading>
      <Paragraph>{t('talk.reminder.intro')}</Paragraph>
      <ul>
        {due.map((a) => (
          <li key={a.id}>
            <strong>{a.what}</strong>{a.who && ` — ${a.who}`}
            <br />
            {t('talk.lookBack', { date: dates.date(a.lookBackOn) })} ·{' '}
            <RouterLink to={`/live/sessies/${a.sessionId}/verslag`}>{t('talk.reminder.fromSession', { title: a.sessionTitle })}</RouterLink>{' '}
            <Button appearance="subtle-button" onClick={() => done.mutate(a.id)} busy={done.isPending && done.variables === a.id}
              aria-label={t('talk.reminder.doneOf', { what: a.what })}>{t('talk.reminder.done')}</Button>
          </li>
        ))}
      </ul>
      <ProblemAlert error={done.error} />
    </section>
  );
}
