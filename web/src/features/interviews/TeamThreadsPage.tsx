// A team's common threads: per theme the shared fragments and the words that stand out
// (against the whole organisation), how the picture changes per quarter, the interview
// chain, and the wall of "Het is mijn vak om…".
import { Button, Checkbox, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { fetchTeam } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { ChainGraph } from './ChainGraph';
import { interviewsApi, type CraftTheme, type Fragment } from './api';
import { WordCloud } from './WordCloud';
import './interviews.css';
import { useDates } from '../../i18n/dates';

function FragmentItem({ f, themes, teamId, canConfirm }: { f: Fragment; themes: CraftTheme[]; teamId: number; canConfirm: boolean }) {
  const dates = useDates();
  const t = useT();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [picked, setPicked] = useState<string[]>(f.themes);
  const [pickedSubs, setPickedSubs] = useState<number[]>(f.subthemes ?? []);
  const save = useMutation({
    // a sub-theme goes with its theme
    mutationFn: () => interviewsApi.confirmThemes(f.id, picked,
      pickedSubs.filter((id) => themes.some((th) => picked.includes(th.key) && th.subthemes.some((s) => s.id === id)))),
    onSuccess: () => {
      setEditing(false);
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.threads(teamId) });
    },
  });
  const title = (k: string) => themes.find((x) => x.key === k)?.title ?? k;
  const subTitle = (id: number) => themes.flatMap((x) => x.subthemes).find((s) => s.id === id)?.title;
  const subs = (f.subthemes ?? []).map(subTitle).filter(Boolean);
  return (
    <li className="vk-iv-fragment">
      <blockquote>{f.text}</blockquote>
      <p className="vk-iv-meta">
        {f.authorName ?? t('threads.anonymous')} · {dates.quarter(f.period)} · {t(`threads.source.${f.source}`)} ·{' '}
        {f.themes.map(title).join(', ') || t('threads.noTheme')}{' '}
        {f.themesConfirmed ? t('threads.confirmed') : t('threads.suggested')}
        {subs.length > 0 && <> · {t('threads.subthemes')}: {subs.join(', ')}</>}
      </p>
      {canConfirm && !editing && (
        <Button type="button" appearance="subtle-button" onClick={() => setEditing(true)}>{t('threads.confirmThemes')}</Button>
      )}
      {editing && (
        <fieldset className="vk-iv-cardpick">
          <legend>{t('threads.themesFor')}</legend>
          {themes.map((th) => (
            <div key={th.key} className="vk-iv-check">
              <input type="checkbox" id={`fr-${f.id}-${th.key}`} checked={picked.includes(th.key)}
                onChange={(e) => setPicked(e.target.checked ? [...picked, th.key] : picked.filter((x) => x !== th.key))} />
              <label htmlFor={`fr-${f.id}-${th.key}`}>{th.title}</label>
            </div>
          ))}
          {themes.filter((th) => picked.includes(th.key)).map((th) => {
            const offered = th.subthemes.filter((s) => !s.retired || f.subthemes?.includes(s.id));
            if (offered.length === 0) return null;
            return (
              <fieldset key={th.key} className="vk-iv-cardpick">
                <legend>{t('threads.subthemesOf', { theme: th.title })}</legend>
                {offered.map((s) => (
                  <div key={s.id} className="vk-iv-check">
                    <input type="checkbox" id={`fr-${f.id}-sub-${s.id}`} checked={pickedSubs.includes(s.id)}
                      onChange={(e) => setPickedSubs(e.target.checked ? [...pickedSubs, s.id] : pickedSubs.filter((x) => x !== s.id))} />
                    <label htmlFor={`fr-${f.id}-sub-${s.id}`}>{s.title}</label>
                  </div>
                ))}
              </fieldset>
            );
          })}
          <ProblemAlert error={save.error} />
          <Button type="button" appearance="primary-action-button" onClick={() => save.mutate()} busy={save.isPending}>
            {t('common.save')}
          </Button>
        </fieldset>
      )}
    </li>
  );
}

function StatementWall({ teamId, isMember }: { teamId: number; isMember: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const me = useMe();
  const wall = useQuery({ queryKey: queryKeys.interviews.statements(teamId), queryFn: () => interviewsApi.statements(teamId) });
  const mineItem = wall.data?.items.find((s) => s.userId === me.data?.user.id);
  const mine = mineItem?.text;
  const [text, setText] = useState<string | null>(null);
  const [outside, setOutside] = useState<boolean | null>(null);
  const value = text ?? mine ?? '';
  const outsideValue = outside ?? mineItem?.outside ?? false;
  const guard = usePrivacyGuard(value, setText, { field: 'text' });
  const save = useMutation({
    mutationFn: (confirmed: boolean) => interviewsApi.putStatement(teamId, value.trim(), confirmed, outsideValue),
    onSuccess: () => {
      setText(null);
      setOutside(null);
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.statements(teamId) });
    },
    onError: (e) => void guard.applyProblem(e),
  });
  const privacy = isApiError(save.error) && save.error.status === 422 && Array.isArray(save.error.problem.findings);
  return (
    <section aria-labelledby="wall-title">
      <Heading level={2} id="wall-title">{t('threads.wall.title')}</Heading>
      {isMember && (
        <form className="vk-form vk-form--inline" noValidate onSubmit={async (e) => {
          e.preventDefault();
          const r = await guard.check();
          if (r.canSave) save.mutate(r.privacyConfirmed);
        }}>
          <PrivacyTextarea id="my-statement" label={t('threads.wall.mine')} guard={guard} singleLine maxLength={300} />
          <div>
            <Checkbox id="my-statement-outside" checked={outsideValue} onChange={(e) => setOutside(e.target.checked)} />{' '}
            <label htmlFor="my-statement-outside">{t('threads.wall.outside')}</label>
          </div>
          <Button type="submit" appearance="secondary-action-button" busy={save.isPending}>{t('common.save')}</Button>
          {!privacy && <ProblemAlert error={save.error} />}
        </form>
      )}
      <ul className="vk-wall">
        {(wall.data?.items ?? []).map((s) => (
          <li key={s.userId} className="vk-wall__item">
            <p className="vk-wall__text">{s.text}</p>
            <p className="vk-iv-meta">{s.name}{s.outside ? ` · ${t('threads.wall.outsideMark')}` : ''}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TeamThreadsPage() {
  const dates = useDates();
  const t = useT();
  const teamId = Number(useParams().teamId);
  const me = useMe();
  const team = me.data?.teams.find((x) => x.id === teamId);
  // An organisation admin who is not in the team still sees the team's name in the heading.
  const teamInfo = useQuery({ queryKey: queryKeys.teams.detail(teamId), queryFn: () => fetchTeam(teamId), enabled: !!me.data && !team });
  const threads = useQuery({ queryKey: queryKeys.interviews.threads(teamId), queryFn: () => interviewsApi.teamThreads(teamId) });
  const chain = useQuery({ queryKey: queryKeys.interviews.chain(teamId), queryFn: () => interviewsApi.chain(teamId) });
  const themes = useQuery({ queryKey: queryKeys.interviews.themes(), queryFn: interviewsApi.themes });
  const list = themes.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('threads.team.title', { team: team?.name ?? teamInfo.data?.name ?? '' })} />
      <Paragraph>{t('threads.team.intro')}</Paragraph>
      {threads.isPending && <Loading />}
      <ProblemAlert error={threads.error} />
      {threads.data && (
        <>
          {threads.data.themes.filter((th) => th.fragmentCount > 0).length === 0 && <Paragraph>{t('threads.empty')}</Paragraph>}
          {threads.data.themes.filter((th) => th.fragmentCount > 0).map((th) => (
            <section key={th.theme} aria-labelledby={`theme-${th.theme}`} className="vk-theme">
              <Heading level={2} id={`theme-${th.theme}`}>
                {th.title} <span className="vk-iv-meta">({t('threads.fragmentCount', { n: th.fragmentCount })})</span>
              </Heading>
              <WordCloud id={`team-${teamId}-${th.theme}`} words={th.words} label={th.title} />
              <ul className="vk-iv-fragments">
                {threads.data.fragments.filter((f) => f.themesConfirmed && f.themes.includes(th.theme)).map((f) => (
                  <FragmentItem key={f.id} f={f} themes={list} teamId={teamId} canConfirm={f.canChangeThemes ?? !!team?.role} />
                ))}
              </ul>
            </section>
          ))}
          {/* Only confirmed themes count: suggested ones wait here until the author confirms. */}
          {threads.data.fragments.some((f) => !f.themesConfirmed || f.themes.length === 0) && (
            <section aria-labelledby="theme-none">
              <Heading level={2} id="theme-none">{t('threads.noTheme')}</Heading>
              <ul className="vk-iv-fragments">
                {threads.data.fragments.filter((f) => !f.themesConfirmed || f.themes.length === 0).map((f) => (
                  <FragmentItem key={f.id} f={f} themes={list} teamId={teamId} canConfirm={f.canChangeThemes ?? !!team?.role} />
                ))}
              </ul>
            </section>
          )}
          {threads.data.timeline.length > 0 && (
            <section aria-labelledby="timeline">
              <Heading level={2} id="timeline">{t('threads.timeline')}</Heading>
              <div className="vk-table-scroll" role="region" aria-labelledby="timeline" tabIndex={0}>
                <table className="vk-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('threads.period')}</th>
                      {list.map((th) => <th key={th.key} scope="col">{th.title}</th>)}
                    </tr>
                  </thead>
                  <tbody>
                    {threads.data.timeline.map((row) => (
                      <tr key={row.period}>
                        <th scope="row">{dates.quarter(row.period)}</th>
                        {list.map((th) => <td key={th.key}>{row.counts[th.key] ?? 0}</td>)}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </>
      )}
      <section aria-labelledby="chain-title">
        <Heading level={2} id="chain-title">{t('threads.chain.title')}</Heading>
        {chain.data && <ChainGraph chain={chain.data} />}
      </section>
      <StatementWall teamId={teamId} isMember={!!team?.role} />
    </>
  );
}
