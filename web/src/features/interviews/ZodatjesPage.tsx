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
import { interviewsApi } from './api';
import './interviews.css';

export function ZodatjesPage() {
  const t = useT();
  const qc = useQueryClient();
  const me = useMe();
  const teams = me.data?.teams ?? [];
  const [ik, setIk] = useState('');
  const [zodat, setZodat] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const list = useQuery({ queryKey: queryKeys.interviews.zodatjes(), queryFn: interviewsApi.zodatjes });
  const text = () => {
    const a = ik.trim().replace(/^ik\s+/i, '');
    const b = zodat.trim().replace(/^zodat\s+/i, '');
    return `Ik ${a}, zodat ${b}`;
  };
  const add = useMutation({
    mutationFn: () => interviewsApi.addZodatje(text(), undefined, confirmed),
    onSuccess: () => {
      setIk('');
      setZodat('');
      setConfirmed(false);
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.zodatjes() });
    },
  });
  const share = useMutation({
    mutationFn: ({ id, teamId }: { id: number; teamId: number | null }) => interviewsApi.shareZodatje(id, teamId),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.interviews.zodatjes() }),
  });
  const remove = useMutation({
    mutationFn: (id: number) => interviewsApi.deleteZodatje(id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.interviews.zodatjes() }),
  });
  const privacy = isApiError(add.error) && add.error.status === 422;
  return (
    <>
      <PageHeading title={t('zodatjes.title')} />
      <Paragraph>{t('zodatjes.intro')}</Paragraph>
      <form className="vk-form vk-zodatje-form" noValidate onSubmit={(e) => { e.preventDefault(); if (ik.trim() && zodat.trim()) add.mutate(); }}>
        <div className="vk-field">
          <label htmlFor="zd-ik" className="vk-label">{t('zodatjes.ik')}</label>
          <input id="zd-ik" className="utrecht-textbox utrecht-textbox--html-input" value={ik} onChange={(e) => setIk(e.target.value)}
            placeholder={t('zodatjes.ikExample')} autoComplete="off" />
        </div>
        <div className="vk-field">
          <label htmlFor="zd-zodat" className="vk-label">{t('zodatjes.zodat')}</label>
          <input id="zd-zodat" className="utrecht-textbox utrecht-textbox--html-input" value={zodat} onChange={(e) => setZodat(e.target.value)}
            placeholder={t('zodatjes.zodatExample')} autoComplete="off" />
        </div>
        {privacy && (
          <div className="vk-iv-check" role="alert">
            <input type="checkbox" id="zd-confirm" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            <label htmlFor="zd-confirm">{t('interviews.privacy.confirm')}</label>
          </div>
        )}
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
                {z.createdAt.slice(0, 10)} ·{' '}
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
                <Button type="button" appearance="subtle-button" onClick={() => remove.mutate(z.id)}>{t('zodatjes.delete')}</Button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
