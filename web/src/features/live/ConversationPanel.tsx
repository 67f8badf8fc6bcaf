// The facilitator's side of the what-works conversation, per step of the programme:
// choose where it starts (a dilemma of the team's library or a case, guarded), formulate
// the dilemma beneath it (and propose it as a new team dilemma), see the perspectives and
// who in the team knows about the dilemma's life domains, record the agreements. Every save
// is stored by the server and reaches every screen as an event of the session.
import { queryKeys } from '../../api/queries';
import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { RouterLink } from '../../components/RouterLink';
import { SelectField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { useDates } from '../../i18n/dates';
import { fetchTeamMap, memberDomains } from '../knowledge/api';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { privacyBody, privacyConfirmedOf, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { liveApi, PERSPECTIVES, type Conversation, type ConversationFields } from './api';
import { DilemmaCard } from './DilemmaCard';
import type { LiveState } from './liveState';

const EMPTY: ConversationFields = { startKind: '', startKey: '', caseText: '', tension: '', choiceA: '', costA: '', choiceB: '', costB: '', libraryKey: '' };

function fieldsOf(state: LiveState, saved: Conversation | undefined): ConversationFields {
  const c = state.conversation ?? saved;
  if (!c) return EMPTY;
  return {
    startKind: (c.startKind as ConversationFields['startKind']) ?? '', startKey: c.startKey, caseText: c.caseText,
    tension: c.tension, choiceA: c.choiceA, costA: c.costA, choiceB: c.choiceB, costB: c.costB, libraryKey: c.libraryKey,
  };
}

function useLibrary(teamId: number) {
  return useQuery({ queryKey: queryKeys.live.library(teamId), queryFn: () => liveApi.library(teamId), retry: false });
}

function StartForm({ sessionId, teamId, current }: { sessionId: number; teamId: number; current: ConversationFields }) {
  const t = useT();
  const library = useLibrary(teamId);
  const [kind, setKind] = useState<string>(current.startKind || 'dilemma');
  const [key, setKey] = useState(current.startKey);
  const [caseText, setCaseText] = useState(current.caseText);
  const guard = usePrivacyGuard(caseText, setCaseText, { field: 'caseText' });
  const save = useMutation({
    mutationFn: (confirmed: boolean) => liveApi.setConversation(sessionId, {
      ...current, startKind: kind as ConversationFields['startKind'], startKey: kind === 'dilemma' ? key : '',
      caseText: kind === 'case' ? caseText : '', ...privacyBody(confirmed),
    }),
    onError: (e) => guard.applyProblem(e),
  });
  const items = library.data?.items ?? [];
  return (
    <form className="vk-live-talk-form" noValidate onSubmit={async (e) => {
      e.preventDefault();
      if (kind === 'case') {
        const r = await guard.check();
        if (!r.canSave) return;
        save.mutate(r.privacyConfirmed);
      } else save.mutate(false);
    }}>
      <Heading level={3}>{t('talk.startHeading')}</Heading>
      <SelectField id="talk-start-kind" label={t('talk.startKind')} value={kind} onChange={setKind}
        options={[{ value: 'dilemma', label: t('talk.startDilemma') }, { value: 'case', label: t('talk.startCase') }]} />
      {kind === 'dilemma' ? (
        items.length > 0 ? (
          <SelectField id="talk-start-key" label={t('talk.libraryDilemma')} value={key} onChange={setKey} required
            options={[{ value: '', label: t('talk.pickDilemma') }, ...items.map((d) => ({ value: d.key, label: d.title }))]} />
        ) : (
          <Paragraph className="vk-hint">{library.isPending ? t('common.loading') : t('talk.noLibrary')}</Paragraph>
        )
      ) : (
        <PrivacyTextarea id="talk-case" label={t('talk.caseLabel')} description={t('talk.caseHint')} guard={guard} rows={4} maxLength={2000} required />
      )}
      <ProblemAlert error={isApiError(save.error) && save.error.status === 422 ? null : save.error} />
      {save.isSuccess && <SuccessNotice>{t('talk.saved')}</SuccessNotice>}
      <Button appearance="primary-action-button" type="submit" busy={save.isPending}
        disabled={save.isPending || (kind === 'dilemma' && !key)}>{t('talk.saveStart')}</Button>
    </form>
  );
}

function DilemmaForm({ sessionId, teamId, current, state }: { sessionId: number; teamId: number; current: ConversationFields; state: LiveState }) {
  const t = useT();
  const library = useLibrary(teamId);
  const [v, setV] = useState(current);
  const set = (k: keyof ConversationFields) => (x: string) => setV((old) => ({ ...old, [k]: x }));
  const guards = {
    tension: usePrivacyGuard(v.tension, set('tension'), { field: 'tension' }),
    choiceA: usePrivacyGuard(v.choiceA, set('choiceA'), { field: 'choiceA' }),
    costA: usePrivacyGuard(v.costA, set('costA'), { field: 'costA' }),
    choiceB: usePrivacyGuard(v.choiceB, set('choiceB'), { field: 'choiceB' }),
    costB: usePrivacyGuard(v.costB, set('costB'), { field: 'costB' }),
  };
  const all = Object.values(guards);
  const save = useMutation({
    mutationFn: (confirmed: boolean) => liveApi.setConversation(sessionId, { ...current, ...v, ...privacyBody(confirmed) }),
    onError: (e) => all.forEach((g) => g.applyProblem(e)),
  });
  const propose = useMutation({
    mutationFn: (confirmed: boolean) => {
      const shown = state.thoughts.filter((th) => th.text !== null && th.perspective);
      const perspectives = PERSPECTIVES.flatMap((who) => {
        const first = shown.find((th) => th.perspective === who);
        return first ? [{ who, stake: first.text ?? '' }] : [];
      });
      return liveApi.propose(teamId, {
        title: v.tension, tension: v.tension,
        a: { choice: v.choiceA, cost: v.costA, values: [] }, b: { choice: v.choiceB, cost: v.costB, values: [] },
        perspectives, note: t('talk.proposalNote'), ...privacyBody(confirmed),
      });
    },
    onError: (e) => all.forEach((g) => g.applyProblem(e)),
  });
  const check = async () => {
    const results = [];
    for (const g of all) results.push(await g.check());
    return results.every((r) => r.canSave) ? privacyConfirmedOf(...results) : null;
  };
  const items = library.data?.items ?? [];
  const complete = v.tension.trim() && v.choiceA.trim() && v.choiceB.trim();
  return (
    <form className="vk-live-talk-form" noValidate onSubmit={async (e) => {
      e.preventDefault();
      const ok = await check();
      if (ok !== null) save.mutate(ok);
    }}>
      <Heading level={3}>{t('talk.dilemmaHeading')}</Heading>
      <PrivacyTextarea id="talk-tension" label={t('talk.tension')} description={t('talk.tensionHint')} guard={guards.tension} singleLine maxLength={300} required />
      <PrivacyTextarea id="talk-choice-a" label={t('talk.choiceA')} guard={guards.choiceA} singleLine maxLength={300} />
      <PrivacyTextarea id="talk-cost-a" label={t('talk.costA')} guard={guards.costA} rows={2} maxLength={500} />
      <PrivacyTextarea id="talk-choice-b" label={t('talk.choiceB')} guard={guards.choiceB} singleLine maxLength={300} />
      <PrivacyTextarea id="talk-cost-b" label={t('talk.costB')} guard={guards.costB} rows={2} maxLength={500} />
      {items.length > 0 && (
        <SelectField id="talk-library-key" label={t('talk.linkLibrary')} value={v.libraryKey} onChange={set('libraryKey')}
          options={[{ value: '', label: t('talk.noLink') }, ...items.map((d) => ({ value: d.key, label: d.title }))]} />
      )}
      <ProblemAlert error={isApiError(save.error) && save.error.status === 422 ? null : save.error} />
      <ProblemAlert error={isApiError(propose.error) && propose.error.status === 422 && propose.error.problem.findings ? null : propose.error} />
      {save.isSuccess && <SuccessNotice>{t('talk.saved')}</SuccessNotice>}
      {propose.isSuccess && <SuccessNotice>{t('talk.proposed')}</SuccessNotice>}
      <div className="vk-live-controls">
        <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending || !v.tension.trim()}>
          {t('talk.saveDilemma')}
        </Button>{' '}
        <Button appearance="secondary-action-button" busy={propose.isPending} disabled={propose.isPending || !complete || !!v.libraryKey}
          onClick={async () => {
            const ok = await check();
            if (ok !== null) propose.mutate(ok);
          }}>{t('talk.propose')}</Button>
      </div>
    </form>
  );
}

/** Who in the team knows about the dilemma's life domains (the team's knowledge map). */
function WhoKnows({ teamId, domains }: { teamId: number; domains: string[] }) {
  const t = useT();
  const map = useQuery({ queryKey: queryKeys.knowledge.map(teamId, '', 90), queryFn: () => fetchTeamMap(teamId, '', 90), enabled: domains.length > 0, retry: false });
  if (domains.length === 0) return <Paragraph className="vk-hint">{t('talk.noDomains')}</Paragraph>;
  const members = (map.data?.members ?? [])
    .map((m) => ({ name: m.name, covered: memberDomains(map.data!, m).filter((d) => domains.includes(d.domainId) && d.covered > 0).reduce((n, d) => n + d.covered, 0) }))
    .filter((m) => m.covered > 0)
    .sort((a, b) => b.covered - a.covered);
  return (
    <section aria-labelledby="talk-knows-heading">
      <Heading level={3} id="talk-knows-heading">{t('talk.whoKnows')}</Heading>
      {map.isError ? <ProblemAlert error={map.error} /> : members.length === 0 ? (
        <Paragraph>{t('talk.nobodyKnows')}</Paragraph>
      ) : (
        <ul>{members.map((m) => <li key={m.name}>{m.name} ({t('talk.aspects', { n: m.covered })})</li>)}</ul>
      )}
      <Paragraph><RouterLink to={`/kennis/teams/${teamId}/kaart`}>{t('talk.toMap')}</RouterLink></Paragraph>
    </section>
  );
}

function Perspectives({ state }: { state: LiveState }) {
  const t = useT();
  const shown = state.thoughts.filter((th) => th.text !== null && th.perspective);
  return (
    <section aria-labelledby="talk-perspectives-heading">
      <Heading level={3} id="talk-perspectives-heading">{t('talk.perspectives')}</Heading>
      <ul className="vk-live-perspectives">
        {PERSPECTIVES.map((who) => (
          <li key={who}>
            <strong>{t(`talk.who.${who}`)}</strong>
            <ul>{shown.filter((th) => th.perspective === who).map((th) => <li key={th.seq}>{th.text}</li>)}</ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AgreementForm({ sessionId, state }: { sessionId: number; state: LiveState }) {
  const t = useT();
  const dates = useDates();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [date, setDate] = useState('');
  const whatGuard = usePrivacyGuard(what, setWhat, { field: 'what' });
  const whoGuard = usePrivacyGuard(who, setWho, { field: 'who' });
  const add = useMutation({
    mutationFn: (confirmed: boolean) => liveApi.addAgreement(sessionId, { what, who, lookBackOn: date, ...privacyBody(confirmed) }),
    onSuccess: () => {
      setWhat('');
      setWho('');
    },
    onError: (e) => {
      whatGuard.applyProblem(e);
      whoGuard.applyProblem(e);
    },
  });
  const dateError = isApiError(add.error) ? add.error.fieldErrors.lookBackOn : undefined;
  return (
    <section aria-labelledby="talk-agreements-heading">
      <Heading level={3} id="talk-agreements-heading">{t('talk.agreements')}</Heading>
      {state.agreements.length === 0 ? <Paragraph>{t('talk.noAgreements')}</Paragraph> : (
        <ul>{state.agreements.map((a) => (
          <li key={a.id}>{a.what}{a.who && ` — ${a.who}`} · {t('talk.lookBack', { date: dates.date(a.lookBackOn) })}</li>
        ))}</ul>
      )}
      <form className="vk-live-talk-form" noValidate onSubmit={async (e) => {
        e.preventDefault();
        const [a, b] = [await whatGuard.check(), await whoGuard.check()];
        if (a.canSave && b.canSave) add.mutate(privacyConfirmedOf(a, b));
      }}>
        <PrivacyTextarea id="talk-what" label={t('talk.what')} guard={whatGuard} rows={2} maxLength={500} required />
        <PrivacyTextarea id="talk-who" label={t('talk.whoLabel')} description={t('talk.whoHint')} guard={whoGuard} singleLine maxLength={200} />
        <div className="vk-field">
          <label className="utrecht-form-label" htmlFor="talk-date">{t('talk.lookBackOn')}</label>
          {dateError && <Paragraph id="talk-date-error" className="vk-field-error" role="alert">{dateError}</Paragraph>}
          <Textbox id="talk-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required
            aria-invalid={dateError ? true : undefined} aria-describedby={dateError ? 'talk-date-error' : undefined} />
        </div>
        <ProblemAlert error={isApiError(add.error) && (add.error.status === 422 || dateError) ? null : add.error} />
        <Button appearance="primary-action-button" type="submit" busy={add.isPending} disabled={add.isPending || !what.trim() || !date}>
          {t('talk.addAgreement')}
        </Button>
      </form>
    </section>
  );
}

export function ConversationPanel({ sessionId, teamId, state }: { sessionId: number; teamId: number; state: LiveState }) {
  const t = useT();
  const saved = useQuery({ queryKey: queryKeys.live.conversation(sessionId, state.conversation ? JSON.stringify(state.conversation) : ''),
    queryFn: () => liveApi.conversation(sessionId) });
  const kind = state.blocks[state.block]?.kind ?? '';
  const current = fieldsOf(state, saved.data);
  // The life domains: from the server (starter library), else from the team's library (own dilemmas).
  const library = useLibrary(teamId);
  const linked = (library.data?.items ?? []).find((d) => d.key === (current.libraryKey || current.startKey));
  const domains = saved.data?.domains?.length ? saved.data.domains : (linked?.domains ?? []);
  const formKey = JSON.stringify(current);
  return (
    <section className="vk-live-talk" aria-labelledby="talk-heading">
      <Heading level={2} id="talk-heading">{t('talk.title')}</Heading>
      <DilemmaCard c={state.conversation ?? (saved.data?.updatedAt ? current : null)} level={3} />
      {kind === 'choose' && <StartForm key={formKey} sessionId={sessionId} teamId={teamId} current={current} />}
      {kind === 'dilemma' && <DilemmaForm key={formKey} sessionId={sessionId} teamId={teamId} current={current} state={state} />}
      {kind === 'perspectives' && (<><Perspectives state={state} /><WhoKnows teamId={teamId} domains={domains} /></>)}
      {kind === 'agreements' && <AgreementForm sessionId={sessionId} state={state} />}
      {kind === 'report' && <Paragraph><RouterLink to={`/live/sessies/${sessionId}/verslag`}>{t('talk.toReport')}</RouterLink></Paragraph>}
    </section>
  );
}
