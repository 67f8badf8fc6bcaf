// The team's side of partner rounds: the rounds of a team, a new round (with its printable
// invitations: a QR code and a link per partner, shown once), and a round's status with
// revoke, close and the results beside the team's own view of the rules.
import { Button, Heading, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { CheckboxField, SelectField, TextField } from '../../components/fields';
import { useDates } from '../../i18n/dates';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { KINDS, partnersApi, type CreatedLink, type CreatedRound, type Kind, type Round } from './api';
import { dayAfter, ownCounts } from './logic';
import './partners.css';

export const partnerPaths = {
  rounds: (teamId: number) => `/partners/teams/${teamId}`,
  create: (teamId: number) => `/partners/teams/${teamId}/nieuw`,
  round: (roundId: number) => `/partners/rondes/${roundId}`,
};

function useCanRun(teamId: number): boolean {
  const me = useMe();
  if (!me.data) return false;
  if (me.data.user.orgAdmin) return true;
  const role = me.data.teams.find((x) => x.id === teamId)?.role;
  return role === 'team_lead' || role === 'supervisor';
}

export function RoundsPage() {
  const t = useT();
  const dates = useDates();
  const teamId = Number(useParams().teamId);
  const canRun = useCanRun(teamId);
  const rounds = useQuery({ queryKey: queryKeys.partners.rounds(teamId), queryFn: () => partnersApi.rounds(teamId) });
  const me = useMe();
  const team = me.data?.teams.find((x) => x.id === teamId)?.name ?? '';
  return (
    <>
      <PageHeading title={t('partners.rounds.title', { team })} />
      <Paragraph>{t('partners.rounds.intro')}</Paragraph>
      {canRun && <Paragraph><RouterLink to={partnerPaths.create(teamId)}>{t('partners.rounds.new')}</RouterLink></Paragraph>}
      {rounds.isPending && <Loading />}
      {rounds.isError && <ProblemAlert error={rounds.error} />}
      {rounds.data && rounds.data.length === 0 && <Paragraph>{t('partners.rounds.none')}</Paragraph>}
      {rounds.data && rounds.data.length > 0 && (
        <ScrollTable id="pa-rounds" caption={t('partners.rounds.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('partners.rounds.colTitle')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('partners.rounds.colStatus')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('partners.rounds.colAnswers')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('partners.rounds.colCloses')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rounds.data.map((r) => (
              <TableRow key={r.id}>
                <TableCell><RouterLink to={partnerPaths.round(r.id)}>{r.title}</RouterLink></TableCell>
                <TableCell>{t(`partners.status.${r.status}`)}</TableCell>
                <TableCell>{t('partners.rounds.answers', { n: r.answerCount, min: r.minAnswers })}</TableCell>
                <TableCell>{dates.date(r.closesAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      <Paragraph><RouterLink to={`/teams/${teamId}`}>{t('partners.backToTeam')}</RouterLink></Paragraph>
    </>
  );
}

function LinkCard({ link, heading, team }: { link: CreatedLink; heading: string; team: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <article className="vk-partner-invite">
      <Heading level={3}>{heading}</Heading>
      <Paragraph>{t('partners.invite.text', { team })}</Paragraph>
      {/* The SVG is made by our server (libqrencode) from the link: no user text in it. */}
      <div className="vk-partner-invite__qr" role="img" aria-label={t('partners.invite.qr')} dangerouslySetInnerHTML={{ __html: link.qrSvg }} />
      <p className="vk-partner-invite__url">{link.url}</p>
      <Button appearance="secondary-action-button" type="button" className="vk-no-print"
        onClick={() => { void navigator.clipboard?.writeText(link.url).then(() => setCopied(true)); }}>
        {t('partners.invite.copy')}
      </Button>
      {copied && <span role="status" className="vk-hint vk-no-print"> {t('partners.invite.copied')}</span>}
    </article>
  );
}

function Invitations({ round }: { round: CreatedRound }) {
  const t = useT();
  return (
    <section aria-labelledby="pa-invites" className="vk-partner-invites">
      <Heading level={2} id="pa-invites">{t('partners.invite.title')}</Heading>
      <Paragraph className="vk-no-print">{t('partners.invite.once')}</Paragraph>
      <div className="vk-no-print">
        <Button appearance="primary-action-button" type="button" onClick={() => window.print()}>{t('partners.invite.print')}</Button>
        {' '}<RouterLink to={partnerPaths.round(round.id)}>{t('partners.invite.toRound')}</RouterLink>
      </div>
      {round.invitations.map((i) => (
        <LinkCard key={i.id} link={i} team={round.teamName} heading={i.label || t(`partners.kind.${i.kind}`)} />
      ))}
      {round.openLink && <LinkCard link={round.openLink} team={round.teamName} heading={t('partners.invite.openLink')} />}
    </section>
  );
}

interface InviteRow { kind: Kind; label: string }

function LabelField({ index, row, onChange, error }: { index: number; row: InviteRow; onChange: (v: string) => void; error?: string }) {
  const t = useT();
  const guard = usePrivacyGuard(row.label, onChange, { field: `invitations[${index}].label` });
  return <PrivacyTextarea id={`pa-label-${index}`} label={t('partners.create.label', { n: index + 1 })} guard={guard} singleLine error={error}
    description={t('partners.create.labelHint')} />;
}

export function NewRoundPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const qc = useQueryClient();
  const me = useMe();
  const team = me.data?.teams.find((x) => x.id === teamId)?.name ?? '';
  const [title, setTitle] = useState(t('partners.create.defaultTitle'));
  const [anonymous, setAnonymous] = useState(true);
  const [closesAt, setClosesAt] = useState(dayAfter(new Date(), 21));
  const [minAnswers, setMinAnswers] = useState('5');
  const [openLink, setOpenLink] = useState(false);
  const [rows, setRows] = useState<InviteRow[]>([{ kind: 'school', label: '' }, { kind: 'huisarts', label: '' }, { kind: 'woningcorporatie', label: '' }]);
  const [confirmed, setConfirmed] = useState(false);
  const create = useMutation({
    mutationFn: () => partnersApi.create(teamId, {
      title, anonymous, closesAt, minAnswers: Number(minAnswers), openLink,
      invitations: rows.map((r) => ({ kind: r.kind, ...(r.label.trim() ? { label: r.label.trim() } : {}) })),
      ...(confirmed ? { privacyConfirmed: true } : {}),
    }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.partners.rounds(teamId) }),
  });
  if (create.data) {
    return (
      <>
        <PageHeading title={t('partners.invite.pageTitle', { team: create.data.teamName })} />
        <Invitations round={create.data} />
      </>
    );
  }
  const errors: Record<string, string> = isApiError(create.error) ? create.error.fieldErrors : {};
  const kindOptions = KINDS.map((k) => ({ value: k, label: t(`partners.kind.${k}`) }));
  return (
    <>
      <PageHeading title={t('partners.create.title', { team })} />
      <Paragraph>{t('partners.create.intro')}</Paragraph>
      <form className="vk-partner-create" noValidate onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <TextField id="pa-title" label={t('partners.create.roundTitle')} value={title} onChange={setTitle} required error={errors.title} />
        <TextField id="pa-closes" label={t('partners.create.closesAt')} description={t('partners.create.closesAtHint')} value={closesAt} onChange={setClosesAt} required error={errors.closesAt} />
        <TextField id="pa-min" label={t('partners.create.minAnswers')} description={t('partners.create.minAnswersHint')}
          value={minAnswers} onChange={setMinAnswers} error={errors.minAnswers} />
        <CheckboxField id="pa-anon" label={t('partners.create.anonymous')} description={t('partners.create.anonymousHint')} checked={anonymous} onChange={setAnonymous} />
        <CheckboxField id="pa-open" label={t('partners.create.openLink')} description={t('partners.create.openLinkHint')} checked={openLink} onChange={setOpenLink} />
        <Heading level={2}>{t('partners.create.partners')}</Heading>
        <Paragraph className="vk-hint">{t('partners.create.partnersHint')}</Paragraph>
        {rows.map((r, i) => (
          <div key={i} className="vk-partner-create__row">
            <SelectField id={`pa-kind-${i}`} label={t('partners.create.kind', { n: i + 1 })} value={r.kind} options={kindOptions}
              onChange={(v) => setRows((x) => x.map((y, j) => (j === i ? { ...y, kind: v as Kind } : y)))} error={errors[`invitations[${i}].kind`]} />
            <LabelField index={i} row={r} onChange={(v) => setRows((x) => x.map((y, j) => (j === i ? { ...y, label: v } : y)))} error={errors[`invitations[${i}].label`]} />
            <Button appearance="subtle-button" type="button" onClick={() => setRows((x) => x.filter((_, j) => j !== i))}>
              {t('partners.create.remove', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button appearance="secondary-action-button" type="button" onClick={() => setRows((x) => [...x, { kind: 'anders', label: '' }])}>
          {t('partners.create.add')}
        </Button>
        {isPrivacyProblem(create.error) && (
          <CheckboxField id="pa-confirm" label={t('partners.create.confirm')} checked={confirmed} onChange={setConfirmed} />
        )}
        {create.error && !isPrivacyProblem(create.error) && <ProblemAlert error={create.error} />}
        <div className="vk-partner__actions">
          <Button appearance="primary-action-button" type="submit" busy={create.isPending} disabled={create.isPending}>{t('partners.create.submit')}</Button>
        </div>
      </form>
      <Paragraph><RouterLink to={partnerPaths.rounds(teamId)}>{t('partners.rounds.back')}</RouterLink></Paragraph>
    </>
  );
}

function ResultsPart({ round }: { round: Round }) {
  const t = useT();
  const results = useQuery({ queryKey: queryKeys.partners.results(round.id), queryFn: () => partnersApi.results(round.id) });
  // The team's own view of the rules (guideline part); absent until that part is there.
  const own = useQuery({ queryKey: queryKeys.partners.teamGuideline(round.teamId), queryFn: () => partnersApi.teamGuideline(round.teamId), retry: false });
  const counts = ownCounts(own.data);
  if (results.isPending) return <Loading />;
  if (results.isError) return <ProblemAlert error={results.error} />;
  const r = results.data;
  if (!r.visible)
    return <Paragraph className="vk-partner-hidden">{t('partners.results.hidden', { n: r.answerCount, min: r.minAnswers })}</Paragraph>;
  return (
    <>
      <Paragraph>{t('partners.results.count', { n: r.answerCount })}</Paragraph>
      <ScrollTable id="pa-results" caption={t('partners.results.caption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('partners.results.rule')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('partners.recognition.herken')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('partners.recognition.soms')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('partners.recognition.niet')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('partners.results.own')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(r.rules ?? []).map((x) => (
            <TableRow key={x.ruleKey}>
              <TableHeaderCell scope="row">{x.name}</TableHeaderCell>
              <TableCell>{x.herken}</TableCell>
              <TableCell>{x.soms}</TableCell>
              <TableCell>{x.niet}</TableCell>
              <TableCell>{counts ? t('partners.results.ownCount', { n: counts[x.ruleKey] ?? 0 }) : t('partners.results.ownAbsent')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      {(r.rules ?? []).filter((x) => (x.examples ?? []).length > 0).map((x) => (
        <section key={x.ruleKey} aria-labelledby={`pa-ex-${x.ruleKey}`}>
          <Heading level={3} id={`pa-ex-${x.ruleKey}`}>{t('partners.results.examples', { rule: x.name })}</Heading>
          <ul className="vk-partner-quotes">{(x.examples ?? []).map((e, i) => <li key={i}>{e}</li>)}</ul>
        </section>
      ))}
      <Heading level={3}>{t('partners.results.distinctive')}</Heading>
      <ul className="vk-partner-quotes">{(r.distinctive ?? []).map((e, i) => <li key={i}>{e}</li>)}</ul>
      <Heading level={3}>{t('partners.results.missing')}</Heading>
      <ul className="vk-partner-quotes">{(r.missing ?? []).map((e, i) => <li key={i}>{e}</li>)}</ul>
      {r.kinds && (
        <Paragraph>{t('partners.results.kinds')} {Object.entries(r.kinds).map(([k, n]) => `${t(`partners.kind.${k}`)}: ${n}`).join(', ')}</Paragraph>
      )}
    </>
  );
}

export function RoundPage() {
  const t = useT();
  const dates = useDates();
  const roundId = Number(useParams().roundId);
  const qc = useQueryClient();
  const round = useQuery({ queryKey: queryKeys.partners.round(roundId), queryFn: () => partnersApi.round(roundId) });
  const teamId = round.data?.teamId ?? 0;
  const canRun = useCanRun(teamId);
  const [confirmClose, setConfirmClose] = useState(false);
  const refresh = (r: Round) => {
    qc.setQueryData(queryKeys.partners.round(roundId), r);
    void qc.invalidateQueries({ queryKey: queryKeys.partners.all() });
  };
  const revoke = useMutation({ mutationFn: (id: number) => partnersApi.revoke(roundId, id), onSuccess: refresh });
  const close = useMutation({ mutationFn: () => partnersApi.close(roundId), onSuccess: (r) => { setConfirmClose(false); refresh(r); } });
  if (round.isPending) return <Loading />;
  if (round.isError) return <ProblemAlert error={round.error} />;
  const r = round.data;
  const c = r.invitationCounts;
  return (
    <>
      <PageHeading title={r.title} />
      <Paragraph>
        {t(`partners.status.${r.status}`)} · {t('partners.round.closes', { date: dates.date(r.closesAt) })} · {r.anonymous ? t('partners.round.anonymous') : t('partners.round.named')}
      </Paragraph>
      <Paragraph>{t('partners.round.counts', { answers: r.answerCount, nieuw: c.nieuw ?? 0, bewaard: c.bewaard ?? 0, ingestuurd: c.ingestuurd ?? 0, ingetrokken: c.ingetrokken ?? 0 })}</Paragraph>
      <Heading level={2}>{t('partners.round.links')}</Heading>
      {r.anonymous && <Paragraph className="vk-hint">{t('partners.round.anonymousHint')}</Paragraph>}
      <ul className="vk-partner-links">
        {r.invitations.map((i) => (
          <li key={i.id}>
            <span>{i.label || t(`partners.kind.${i.kind}`)}</span>
            {i.status && <span className="vk-hint"> · {t(`partners.invitationStatus.${i.status}`)}</span>}
            {canRun && r.status === 'open' && i.status !== 'ingestuurd' && i.status !== 'ingetrokken' && (
              <Button appearance="subtle-button" type="button" onClick={() => revoke.mutate(i.id)}
                aria-label={t('partners.round.revokeLabel', { name: i.label || t(`partners.kind.${i.kind}`) })}>
                {t('partners.round.revoke')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {revoke.isSuccess && <SuccessNotice>{t('partners.round.revoked')}</SuccessNotice>}
      <ProblemAlert error={revoke.error ?? close.error} />
      {canRun && r.status === 'open' && !confirmClose && (
        <Button appearance="secondary-action-button" type="button" onClick={() => setConfirmClose(true)}>{t('partners.round.close')}</Button>
      )}
      {confirmClose && (
        <div role="group" aria-labelledby="pa-close-q">
          <Paragraph id="pa-close-q">{t('partners.round.closeConfirm')}</Paragraph>
          <Button appearance="primary-action-button" type="button" onClick={() => close.mutate()}>{t('partners.round.closeYes')}</Button>{' '}
          <Button appearance="secondary-action-button" type="button" onClick={() => setConfirmClose(false)}>{t('common.cancel')}</Button>
        </div>
      )}
      <Heading level={2}>{t('partners.results.title')}</Heading>
      <ResultsPart round={r} />
      <Paragraph><RouterLink to={partnerPaths.rounds(r.teamId)}>{t('partners.rounds.back')}</RouterLink></Paragraph>
    </>
  );
}
