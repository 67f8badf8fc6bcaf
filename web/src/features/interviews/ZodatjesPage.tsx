// Zodatjes: "Ik …, zodat …" in a few seconds on a phone. Private unless you share one
// with a team; themes are suggested by the server.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { privacyConfirmedOf, privacyProblem, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { interviewsApi } from './api';
import { findingsPerField, zodatjeText } from './zodatje';
import './interviews.css';
import { useDates } from '../../i18n/dates';
import { ConfirmButton } from '../../components/ConfirmDialog';

export function ZodatjesPage() {
  const dates = useDates();
  const t = useT();
  const qc = useQueryClient();
  const me = useMe();
  const teams = me.data?.teams ?? [];
  const [ik, setIk] = useState('');
  const [zodat, setZodat] = useState('');
  const ikGuard = usePrivacyGuard(ik, setIk, { field: 'ik' });
  const zodatGuard = usePrivacyGuard(zodat, setZodat, { field: 'zodat' });
  const list = useQuery({ queryKey: queryKeys.interviews.zodatjes(), queryFn: interviewsApi.zodatjes });
  const add = useMutation({
    mutationFn: (confirmed: boolean) => interviewsApi.addZodatje(zodatjeText(ik, zodat).text, undefined, confirmed),
    onSuccess: () => {
      setIk('');
      setZodat('');
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.zodatjes() });
    },
    // a refusal keeps both fields as typed and shows each field's findings in that field
    onError: (e) => {
      if (!isApiError(e) || e.status !== 422 || !Array.isArray(e.problem.findings)) return;
      const mapped = findingsPerField(e.problem.findings as Parameters<typeof findingsPerField>[0], zodatjeText(ik, zodat).parts);
      const problem = privacyProblem(e.status, e.problem.title ?? '', mapped);
      ikGuard.applyProblem(problem);
      zodatGuard.applyProblem(problem);
    },
  });
  const submit = async () => {
    if (!ik.trim() || !zodat.trim()) return;
    const [a, b] = [await ikGuard.check(), await zodatGuard.check()];
    if (!a.canSave || !b.canSave) return;
    add.mutate(privacyConfirmedOf(a, b));
  };
  const share = useMutation({
    mutationFn: ({ id, teamId }: { id: number; teamId: number | null }) => interviewsApi.shareZodatje(id, teamId),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.interviews.zodatjes() }),
  });
  const remove = useMutation({
    mutationFn: (id: number) => interviewsApi.deleteZodatje(id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.interviews.zodatjes() }),
  });
  const privacy = isApiError(add.error) && add.error.status === 422 && Array.isArray(add.error.problem.findings);
  return (
    <>
      <PageHeading title={t('zodatjes.title')} />
      <Paragraph>{t('zodatjes.intro')}</Paragraph>
      <form className="vk-form vk-zodatje-form" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <PrivacyTextarea id="zd-ik" label={t('zodatjes.ik')} guard={ikGuard} singleLine placeholder={t('zodatjes.ikExample')} autoComplete="off" maxLength={480} />
        <PrivacyTextarea id="zd-zodat" label={t('zodatjes.zodat')} guard={zodatGuard} singleLine placeholder={t('zodatjes.zodatExample')} autoComplete="off" maxLength={480} />
        {!privacy && <ProblemAlert error={add.error} />}
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={!ik.trim() || !zodat.trim()}>
          {t('zodatjes.save')}
        </Button>
        <p className="vk-iv-meta">{t('zodatjes.private')}</p>
      </form>
      <section aria-labelledby="zd-mine">
        <Heading level={2} id="zd-mine">{t('zodatjes.mine')}</Heading>
        {list.isPending && <Loading />}
        <ProblemAlert error={list.error ?? share.error ?? remove.error} />
        {list.data?.items.length === 0 && <Paragraph>{t('zodatjes.none')}</Paragraph>}
        <ul className="vk-iv-fragments">
          {(list.data?.items ?? []).map((z) => (
            <li key={z.id} className="vk-iv-fragment">
              <blockquote>{z.text}</blockquote>
              <p className="vk-iv-meta">
                {dates.date(z.createdAt)} ·{' '}
                {z.sharedWithTeamId
                  ? t('zodatjes.sharedWith', { team: teams.find((x) => x.id === z.sharedWithTeamId)?.name ?? '' })
                  : t('zodatjes.privateOne')}
              </p>
              <div className="vk-iv-actions">
                <label htmlFor={`zd-share-${z.id}`} className="vk-label">{t('zodatjes.shareWith')}</label>
                <select id={`zd-share-${z.id}`} className="utrecht-select utrecht-select--html-select" value={z.sharedWithTeamId ?? ''}
                  onChange={(e) => share.mutate({ id: z.id, teamId: e.target.value ? Number(e.target.value) : null })}>
                  <option value="">{t('zodatjes.nobody')}</option>
                  {teams.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
                </select>
                <ConfirmButton label={t('zodatjes.delete')} title={t('zodatjes.deleteTitle')} confirmLabel={t('zodatjes.deleteYes')}
                  onConfirm={() => remove.mutate(z.id)} />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
