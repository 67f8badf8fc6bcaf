// The live "vote" block: a real vote round of the team (dilemmas API). When the facilitator
// starts the block, their page opens a round tied to this session; members' phones show a
// compact form (recognisable 1–5 and current ja/soms/nee per dilemma); the facilitator's
// "Onthullen" closes the round and sends the hub's reveal; then every member's screen shows
// the results. Guests have no account, so they cannot vote (their screen says so kindly).
import { queryKeys } from '../../api/queries';
import { Button, Heading, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { ScrollTable } from '../../components/ScrollTable';
import { useT } from '../../i18n/I18nProvider';
import { revealInBlock, type LiveState } from './liveState';
import type { RankingEntry, Results, Round, RoundDetail } from '../dilemmas/api';


const rounds = (teamId: number) => api.get<{ items: Round[] }>(`/teams/${teamId}/dilemma-rounds`);

/** The round this session opened (newest first), polled while the block runs. */
function useSessionRound(teamId: number, sessionId: number, poll: boolean) {
  return useQuery({
    queryKey: queryKeys.live.voteRound(teamId, sessionId),
    queryFn: async () => (await rounds(teamId)).items.find((r) => r.liveSessionId === sessionId) ?? null,
    refetchInterval: poll ? 3000 : false,
    retry: false,
  });
}

function ResultsView({ roundId }: { roundId: number }) {
  const t = useT();
  const results = useQuery({ queryKey: queryKeys.live.voteResults(roundId), queryFn: () => api.get<Results>(`/dilemma-rounds/${roundId}/results`) });
  if (results.isError) return <ProblemAlert error={results.error} />;
  if (!results.data) return null;
  const r = results.data;
  if (!r.visible) return <Paragraph role="status">{t('live.vote.tooFew', { n: r.voterCount, min: r.minVoters })}</Paragraph>;
  const change = (e: RankingEntry) =>
    e.change === null ? t('live.vote.new') : e.change > 0 ? t('live.vote.up', { n: e.change }) : e.change < 0 ? t('live.vote.down', { n: -e.change }) : t('live.vote.same');
  return (
    <ScrollTable id={`vote-results-${roundId}`} caption={t('live.vote.resultsCaption', { n: r.voterCount })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('live.vote.rank')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('live.vote.dilemma')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('live.vote.recognisable')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('live.vote.current')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('live.vote.change')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {r.ranking.map((e) => (
          <TableRow key={e.dilemmaKey}>
            <TableCell>{e.rank}</TableCell>
            <TableHeaderCell scope="row">{e.title}</TableHeaderCell>
            <TableCell>{e.recognisableMean.toFixed(1).replace('.', ',')} ({e.recognisable.join(' · ')})</TableCell>
            <TableCell>{t('live.vote.currentCounts', { ja: e.current.ja, soms: e.current.soms, nee: e.current.nee })}</TableCell>
            <TableCell>{change(e)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

export function FacilitatorVote({ teamId, sessionId, state, onReveal }: {
  teamId: number;
  sessionId: number;
  state: LiveState;
  onReveal: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const started = state.blockStartedAt !== null;
  const round = useSessionRound(teamId, sessionId, started);
  const open = useMutation({
    mutationFn: () => api.post<Round>(`/teams/${teamId}/dilemma-rounds`, { liveSessionId: sessionId }),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.live.voteRound(teamId, sessionId) }),
  });
  const close = useMutation({
    mutationFn: (id: number) => api.post<Round>(`/dilemma-rounds/${id}/close`, {}),
    onSuccess: () => {
      onReveal();
      void qc.invalidateQueries({ queryKey: queryKeys.live.voteRound(teamId, sessionId) });
    },
  });
  // Starting the block opens the round once (a reload finds it again instead).
  const tried = useRef(false);
  useEffect(() => {
    if (started && round.isSuccess && round.data === null && !tried.current) {
      tried.current = true;
      open.mutate();
    }
  }, [started, round.isSuccess, round.data, open]);
  const r = round.data;
  return (
    <section aria-labelledby="vote-heading" className="vk-live-vote">
      <Heading level={2} id="vote-heading">{t('live.vote.title')}</Heading>
      {!started && <Paragraph>{t('live.vote.startFirst')}</Paragraph>}
      <ProblemAlert error={open.error ?? close.error ?? round.error} />
      {started && !r && open.isError && <Button appearance="secondary-action-button" onClick={() => open.mutate()}>{t('live.vote.open')}</Button>}
      {r && r.status === 'open' && (
        <>
          <Paragraph role="status">{t('live.vote.voters', { n: r.voterCount })}</Paragraph>
          <Button appearance="primary-action-button" busy={close.isPending} disabled={close.isPending} onClick={() => close.mutate(r.id)}>
            {t('live.vote.reveal')}
          </Button>
        </>
      )}
      {r && r.status === 'closed' && <ResultsView roundId={r.id} />}
    </section>
  );
}

function VoteForm({ round }: { round: RoundDetail }) {
  const t = useT();
  const [votes, setVotes] = useState(() => new Map(round.myVotes.map((v) => [v.dilemmaKey, v])));
  const save = useMutation({
    mutationFn: () => api.put<unknown>(`/dilemma-rounds/${round.id}/votes`, { votes: [...votes.values()] }),
  });
  const set = (key: string, patch: Partial<{ recognisable: number; current: 'ja' | 'soms' | 'nee' }>) =>
    setVotes((old) => {
      const next = new Map(old);
      const v = next.get(key) ?? { dilemmaKey: key, recognisable: 0, current: 'soms' as const };
      next.set(key, { ...v, ...patch });
      return next;
    });
  const complete = [...votes.values()].filter((v) => v.recognisable > 0);
  return (
    <form className="vk-live-vote-form" onSubmit={(e) => {
      e.preventDefault();
      save.mutate();
    }}>
      {round.dilemmas.map((d, i) => {
        const v = votes.get(d.key);
        return (
          <fieldset key={d.key} className="vk-live-vote-item">
            <legend>{i + 1}. {d.title}</legend>
            <Paragraph className="vk-hint">{d.tension}</Paragraph>
            <div role="radiogroup" aria-label={t('live.vote.recognisableOf', { title: d.title })} className="vk-live-vote-scale">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n}>
                  <input type="radio" name={`rec-${d.key}`} checked={v?.recognisable === n} onChange={() => set(d.key, { recognisable: n })} /> {n}
                </label>
              ))}
            </div>
            <div role="radiogroup" aria-label={t('live.vote.currentOf', { title: d.title })} className="vk-live-vote-scale">
              {(['ja', 'soms', 'nee'] as const).map((c) => (
                <label key={c}>
                  <input type="radio" name={`cur-${d.key}`} checked={v?.current === c && (v?.recognisable ?? 0) > 0} disabled={!v?.recognisable}
                    onChange={() => set(d.key, { current: c })} /> {t(`live.vote.${c}`)}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <ProblemAlert error={save.error} />
      {save.isSuccess && <SuccessNotice>{t('live.vote.saved')}</SuccessNotice>}
      <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending || complete.length === 0}>
        {t('live.vote.send')}
      </Button>
    </form>
  );
}

export function PhoneVote({ teamId, sessionId, state, guest }: {
  teamId: number;
  sessionId: number;
  state: LiveState;
  guest: boolean;
}) {
  const reveals = revealInBlock(state);  // the facilitator closed the round and revealed
  const t = useT();
  const round = useSessionRound(teamId, sessionId, !guest && state.blockStartedAt !== null);
  const detail = useQuery({
    queryKey: queryKeys.live.voteRoundDetail(round.data?.id ?? 0, reveals),
    queryFn: () => api.get<RoundDetail>(`/dilemma-rounds/${round.data!.id}`),
    enabled: !guest && !!round.data,
  });
  if (guest) return <Paragraph role="status" className="vk-live-vote">{t('live.vote.guest')}</Paragraph>;
  const d = detail.data;
  return (
    <section aria-labelledby="vote-heading" className="vk-live-vote">
      <Heading level={2} id="vote-heading">{t('live.vote.title')}</Heading>
      <ProblemAlert error={round.error ?? detail.error} />
      {!round.data && <Paragraph>{t('live.vote.waiting')}</Paragraph>}
      {d && d.status === 'open' && reveals === 0 && <VoteForm key={d.id} round={d} />}
      {d && (d.status === 'closed' || reveals > 0) && <ResultsView key={reveals} roundId={d.id} />}
    </section>
  );
}
