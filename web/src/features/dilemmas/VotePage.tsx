// The vote, phone first: per dilemma how recognisable it is (1–5) and whether it plays in the
// team now (ja / soms / nee); "x van 20" shows how far you are, one button saves. The team lead
// closes the round (after a confirmation) and goes to the results.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { queryKeys, useMe } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { CURRENT, dilemmasApi, type Current, type RoundDetail } from './api';
import { canLead, completeVotes, draftOf, voteProgress, type Draft } from './logic';
import { useTeamName } from './Parts';
import { paths } from './paths';

function CloseRound({ round }: { round: RoundDetail }) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const close = useMutation({
    mutationFn: () => dilemmasApi.close(round.id),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.rounds(round.teamId) });
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.round(round.id) });
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.results(round.id) });
      navigate(paths.results(round.id));
    },
  });
  return (
    <div className="vk-dl-lead">
      <Paragraph>{t('dilemmas.vote.leadInfo', { count: round.voterCount, min: round.minVoters })}</Paragraph>
      <Button id="dl-close-round" type="button" appearance="secondary-action-button" onClick={() => setAsking(true)}>
        {t('dilemmas.vote.close')}
      </Button>
      {asking && (
        <ConfirmDialog title={t('dilemmas.vote.closeTitle')} confirmLabel={t('dilemmas.vote.closeConfirm')} danger={false}
          busy={close.isPending} error={close.error}
          onCancel={() => { setAsking(false); window.setTimeout(() => document.getElementById('dl-close-round')?.focus(), 0); }}
          onConfirm={() => close.mutate()}>
          <Paragraph>
            {round.voterCount >= round.minVoters
              ? t('dilemmas.vote.closeText', { count: round.voterCount })
              : t('dilemmas.vote.closeTextTooFew', { count: round.voterCount, min: round.minVoters })}
          </Paragraph>
        </ConfirmDialog>
      )}
    </div>
  );
}

function Scale({ dKey, title, value, onChange }: { dKey: string; title: string; value?: number; onChange: (n: number) => void }) {
  const t = useT();
  return (
    <fieldset className="vk-dl-choice">
      <legend>
        {t('dilemmas.vote.recognisable')}{' '}
        <span className="vk-visually-hidden">{title}</span>
      </legend>
      <p className="vk-dl-choice__hint" id={`rec-${dKey}-hint`}>{t('dilemmas.vote.scaleHint')}</p>
      <div className="vk-dl-options vk-dl-options--5">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} className="vk-dl-option">
            <input type="radio" id={`rec-${dKey}-${n}`} name={`rec-${dKey}`} value={n} checked={value === n}
              aria-describedby={`rec-${dKey}-hint`} onChange={() => onChange(n)} />
            <label htmlFor={`rec-${dKey}-${n}`}>{n}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

function CurrentChoice({ dKey, title, value, onChange }: { dKey: string; title: string; value?: Current; onChange: (c: Current) => void }) {
  const t = useT();
  return (
    <fieldset className="vk-dl-choice">
      <legend>
        {t('dilemmas.vote.current')}{' '}
        <span className="vk-visually-hidden">{title}</span>
      </legend>
      <div className="vk-dl-options vk-dl-options--3">
        {CURRENT.map((c) => (
          <span key={c} className="vk-dl-option">
            <input type="radio" id={`cur-${dKey}-${c}`} name={`cur-${dKey}`} value={c} checked={value === c} onChange={() => onChange(c)} />
            <label htmlFor={`cur-${dKey}-${c}`}>{t(`dilemmas.current.${c}`)}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

function VoteForm({ round }: { round: RoundDetail }) {
  const t = useT();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(round.myVotes));
  const [dirty, setDirty] = useState(false);
  const keys = round.dilemmas.map((d) => d.key);
  const progress = voteProgress(draft, keys);
  const save = useMutation({
    mutationFn: () => dilemmasApi.vote(round.id, completeVotes(draft, keys)),
    onSuccess: () => {
      setDirty(false);
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.round(round.id) });
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.rounds(round.teamId) });
    },
  });
  const pick = (key: string, part: Draft[string]) => {
    setDraft((d) => ({ ...d, [key]: { ...d[key], ...part } }));
    setDirty(true);
    save.reset();
  };
  return (
    <form className="vk-dl-vote" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <ol className="vk-dl-vote__list">
        {round.dilemmas.map((d, i) => (
          <li key={d.key} className="vk-dl-vote__item" aria-labelledby={`v-${d.key}`}>
            <Heading level={2} id={`v-${d.key}`} className="vk-dl-vote__title">
              <span className="vk-dl-vote__nr">{t('dilemmas.vote.number', { n: i + 1, total: keys.length })}</span> {d.title}
            </Heading>
            <Paragraph className="vk-dl-vote__tension">{d.tension}</Paragraph>
            <Scale dKey={d.key} title={d.title} value={draft[d.key]?.recognisable} onChange={(n) => pick(d.key, { recognisable: n })} />
            <CurrentChoice dKey={d.key} title={d.title} value={draft[d.key]?.current} onChange={(c) => pick(d.key, { current: c })} />
          </li>
        ))}
      </ol>
      <div className="vk-dl-savebar">
        <p className="vk-dl-savebar__progress" id="dl-progress">
          {t('dilemmas.vote.progress', { done: progress.done, total: progress.total })}
          {dirty && <span className="vk-dl-savebar__dirty"> · {t('dilemmas.vote.unsaved')}</span>}
        </p>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending || progress.done === 0}
          aria-describedby="dl-progress">
          {t('dilemmas.vote.save')}
        </Button>
      </div>
      <div className="vk-dl-savebar__feedback">
        {save.isSuccess && <SuccessNotice>{t('dilemmas.vote.saved', { done: progress.done, total: progress.total })}</SuccessNotice>}
        <ProblemAlert error={save.error} overrides={{ 409: 'dilemmas.vote.closedError' }} />
      </div>
    </form>
  );
}

export function VotePage() {
  const t = useT();
  const roundId = Number(useParams().roundId);
  const me = useMe();
  const round = useQuery({ queryKey: queryKeys.dilemmas.round(roundId), queryFn: () => dilemmasApi.round(roundId) });
  const teamName = useTeamName(round.data?.teamId ?? 0);
  const closed = round.data && (round.data.status === 'closed' || (round.data.closesAt !== null && Date.parse(round.data.closesAt) < Date.now()));
  return (
    <>
      <PageHeading title={t('dilemmas.vote.title')} />
      {round.isPending && <Loading />}
      <ProblemAlert error={round.error} />
      {round.data && (
        <>
          <Paragraph>{t('dilemmas.vote.intro', { team: teamName, total: round.data.dilemmas.length })}</Paragraph>
          {canLead(me.data, round.data.teamId) && !closed && <CloseRound round={round.data} />}
          {closed ? (
            <Paragraph>
              {t('dilemmas.vote.closed')} <RouterLink to={paths.results(roundId)}>{t('dilemmas.rounds.results')}</RouterLink>
            </Paragraph>
          ) : (
            <VoteForm key={round.data.id} round={round.data} />
          )}
        </>
      )}
    </>
  );
}
