// Interviews about the craft: start one (with a colleague, a purpose, optionally a few
// cards), your own interviews, the invitation to pass the chain on, and the printable deck.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fetchTeamMembers } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { SelectField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { interviewsApi, PURPOSES, type InterviewSummary, type Purpose } from './api';
import './interviews.css';
import { useDates } from '../../i18n/dates';

function StartForm({ parent }: { parent?: InterviewSummary }) {
  const t = useT();
  const me = useMe();
  const nav = useNavigate();
  const qc = useQueryClient();
  const teams = me.data?.teams ?? [];
  const [teamId, setTeamId] = useState<string>(parent?.teamId ? String(parent.teamId) : teams[0] ? String(teams[0].id) : '');
  const [who, setWho] = useState('');
  const [purpose, setPurpose] = useState<Purpose>('collegial');
  const [picked, setPicked] = useState<number[]>([]);
  const [error, setError] = useState('');
  const members = useQuery({
    queryKey: queryKeys.teams.members(Number(teamId)),
    queryFn: () => fetchTeamMembers(Number(teamId)),
    enabled: !!teamId,
  });
  const decks = useQuery({ queryKey: queryKeys.interviews.decks(), queryFn: interviewsApi.decks });
  const [chosenDeck, setChosenDeck] = useState('');
  const deckId = chosenDeck ? Number(chosenDeck) : decks.data?.items[0]?.id;
  const deck = useQuery({ queryKey: queryKeys.interviews.deck(deckId), queryFn: () => interviewsApi.deck(deckId!), enabled: !!deckId });
  const create = useMutation({
    mutationFn: () =>
      interviewsApi.create({
        teamId: Number(teamId),
        intervieweeId: Number(who),
        purpose,
        ...(deckId ? { deckId } : {}),
        ...(picked.length ? { cardIds: picked } : {}),
        ...(parent ? { parentId: parent.id } : {}),
      }),
    onSuccess: (iv) => {
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.list() });
      void nav(`/vakgesprekken/${iv.id}`);
    },
  });
  const colleagues = (members.data ?? []).filter((m) => m.id !== me.data?.user.id);
  const prefix = parent ? `chain-${parent.id}` : 'start';
  return (
    <form
      noValidate
      className="vk-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!who) {
          setError(t('interviews.start.chooseColleague'));
          return;
        }
        setError('');
        create.mutate();
      }}
    >
      <ProblemAlert error={create.error} />
      <SelectField id={`${prefix}-team`} label={t('interviews.start.team')} value={teamId} onChange={(v) => { setTeamId(v); setWho(''); }}
        options={teams.map((x) => ({ value: String(x.id), label: x.name }))} required />
      <SelectField id={`${prefix}-who`} label={t('interviews.start.colleague')} value={who} onChange={setWho} error={error || undefined}
        placeholder={t('interviews.start.choose')} options={colleagues.map((m) => ({ value: String(m.id), label: m.name }))} required />
      <SelectField id={`${prefix}-purpose`} label={t('interviews.start.purpose')} value={purpose} onChange={(v) => setPurpose(v as Purpose)}
        description={t('interviews.start.purposeHint')}
        options={PURPOSES.map((p) => ({ value: p, label: t(`interviews.purpose.${p}`) }))} />
      {(decks.data?.items.length ?? 0) > 1 && (
        <SelectField id={`${prefix}-deck`} label={t('interviews.start.deck')} value={String(deckId ?? '')}
          onChange={(v) => { setChosenDeck(v); setPicked([]); }}
          options={(decks.data?.items ?? []).map((d) => ({ value: String(d.id), label: d.name }))} />
      )}
      {deck.data?.cards && (
        <fieldset className="vk-iv-cardpick">
          <legend>{t('interviews.start.cards')}</legend>
          {deck.data.cards.filter((c) => c.group !== 'opening').map((c) => (
            <div key={c.id} className="vk-iv-check">
              <input type="checkbox" id={`${prefix}-card-${c.id}`} checked={picked.includes(c.id)}
                onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((x) => x !== c.id))} />
              <label htmlFor={`${prefix}-card-${c.id}`}>{c.title}</label>
            </div>
          ))}
        </fieldset>
      )}
      <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
        {t('interviews.start.submit')}
      </Button>
    </form>
  );
}

export function InterviewsPage() {
  const dates = useDates();
  const t = useT();
  const me = useMe();
  const list = useQuery({ queryKey: queryKeys.interviews.list(), queryFn: interviewsApi.list });
  const decks = useQuery({ queryKey: queryKeys.interviews.decks(), queryFn: interviewsApi.decks });
  return (
    <>
      <PageHeading title={t('interviews.title')} />
      <Paragraph>{t('interviews.intro')}</Paragraph>
      <ul className="vk-iv-links">
        <li><RouterLink to="/zodatjes">{t('nav.zodatjes')}</RouterLink></li>
        <li><RouterLink to="/rode-draden">{t('nav.threads')}</RouterLink></li>
        {me.data?.user.orgAdmin && <li><RouterLink to="/vakgesprekken/kaartensets">{t('decks.title')}</RouterLink></li>}
        {me.data?.user.orgAdmin && <li><RouterLink to="/vakgesprekken/codeboek">{t('codebook.title')}</RouterLink></li>}
      </ul>
      {(list.data?.chainInvitations ?? []).map((inv) => (
        <section key={inv.id} className="vk-iv-invite" aria-labelledby={`invite-${inv.id}`}>
          <Heading level={2} id={`invite-${inv.id}`}>{t('interviews.chain.title')}</Heading>
          <Paragraph>{t('interviews.chain.text', { name: inv.interviewerName })}</Paragraph>
          <StartForm parent={inv} />
        </section>
      ))}
      <section aria-labelledby="iv-mine">
        <Heading level={2} id="iv-mine">{t('interviews.mine')}</Heading>
        {list.isPending && <Loading />}
        <ProblemAlert error={list.error} />
        {list.data && list.data.items.length === 0 && <Paragraph>{t('interviews.none')}</Paragraph>}
        {list.data && list.data.items.length > 0 && (
          <ScrollTable id="iv-table" caption={t('interviews.mine')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('interviews.col.with')}</th>
                <th scope="col">{t('interviews.col.purpose')}</th>
                <th scope="col">{t('interviews.col.date')}</th>
                <th scope="col">{t('interviews.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((iv) => (
                <tr key={iv.id}>
                  <td>
                    <RouterLink to={`/vakgesprekken/${iv.id}`}>
                      {iv.myRole === 'interviewer'
                        ? t('interviews.youInterview', { name: iv.intervieweeName })
                        : t('interviews.interviewsYou', { name: iv.interviewerName || '–' })}
                    </RouterLink>
                  </td>
                  <td>{t(`interviews.purpose.${iv.purpose}`)}</td>
                  <td>{dates.date(iv.createdAt)}</td>
                  <td>{iv.completedAt ? t('interviews.status.done') : t('interviews.status.open')}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="iv-start">
        <Heading level={2} id="iv-start">{t('interviews.start.title')}</Heading>
        <StartForm />
      </section>
      <section aria-labelledby="iv-print">
        <Heading level={2} id="iv-print">{t('interviews.print.title')}</Heading>
        <Paragraph>{t('interviews.print.text')}</Paragraph>
        <ul>
          {(decks.data?.items ?? []).map((d) => (
            <li key={d.id}>
              <a href={`/api/v1/card-decks/${d.id}/pdf`} download>{t('interviews.print.link', { name: d.name })}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
