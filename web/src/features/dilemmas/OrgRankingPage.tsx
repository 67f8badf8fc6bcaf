// The ranking across the organisation's teams: only over teams whose latest visible round had
// at least 5 voters, and only when there are at least 3 such teams (no team names per dilemma).
// Admins download it as a file for the association's national ranking; the association's
// analysts import such files and see the ranking across organisations (from 3 on).
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { serverFieldErrors } from '../../components/errors';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { dilemmasApi } from './api';
import { Distribution, RankingTable } from './Parts';

function ExportSection() {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      const file = await dilemmasApi.exportRanking();
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `dilemma-ranglijst-${file.period}.json`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="dl-export-title">
      <Heading level={2} id="dl-export-title">{t('dilemmas.national.export.title')}</Heading>
      <Paragraph>{t('dilemmas.national.export.text')}</Paragraph>
      <ProblemAlert error={error} />
      <Button type="button" appearance="secondary-action-button" onClick={() => void download()}>
        {t('dilemmas.national.export.button')}
      </Button>
    </section>
  );
}

class NotJson extends Error {}

export function NationalSection() {
  const t = useT();
  const qc = useQueryClient();
  const national = useQuery({ queryKey: queryKeys.dilemmas.nationalRanking(), queryFn: dilemmasApi.nationalRanking, retry: false });
  const [message, setMessage] = useState('');
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      let n = 0;
      for (const f of files) {
        let body: unknown;
        try {
          body = JSON.parse(await f.text());
        } catch {
          throw new NotJson();
        }
        await dilemmasApi.importRanking(body);
        n += 1;
      }
      return n;
    },
    onMutate: () => setMessage(''),
    onSuccess: (n) => setMessage(t('dilemmas.national.imported', { n })),
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.nationalRanking() }),
  });
  const r = national.data;
  const list = r?.ranking ?? [];
  const fieldErrors = serverFieldErrors(upload.error);
  return (
    <section aria-labelledby="dl-national-title">
      <Heading level={2} id="dl-national-title">{t('dilemmas.national.title')}</Heading>
      <Paragraph>{t('dilemmas.national.intro')}</Paragraph>
      <p>
        <label htmlFor="dl-national-files" className="vk-label">{t('dilemmas.national.files')}</label>
        <input id="dl-national-files" type="file" accept="application/json,.json" multiple
          onChange={(e) => { if (e.target.files?.length) upload.mutate(Array.from(e.target.files)); }} />
      </p>
      {upload.error instanceof NotJson
        ? <p role="alert" className="vk-alert">{t('dilemmas.national.notJson')}</p>
        : <ProblemAlert error={upload.error} />}
      {Object.keys(fieldErrors).length > 0 && (
        <ul>{Object.entries(fieldErrors).map(([f, m]) => <li key={f}><code>{f}</code>: {m}</li>)}</ul>
      )}
      {message && <p role="status">{message}</p>}
      {national.isPending && <Loading />}
      <ProblemAlert error={national.error} />
      {r && !r.visible && (
        <div className="vk-dl-hidden" role="status">
          <Paragraph>{t('dilemmas.national.hidden', { count: r.organisations })}</Paragraph>
        </div>
      )}
      {r?.visible && (
        <>
          <Paragraph>{t('dilemmas.national.organisations', { count: r.organisations, sources: (r.sources ?? []).join(', ') })}</Paragraph>
          <RankingTable id="dl-national-ranking" caption={t('dilemmas.national.caption')} ranking={list} showChange={false} />
        </>
      )}
    </section>
  );
}

export function OrgRankingPage() {
  const t = useT();
  const me = useMe();
  const ranking = useQuery({ queryKey: queryKeys.dilemmas.orgRanking(), queryFn: dilemmasApi.orgRanking });
  const r = ranking.data;
  const list = r?.ranking ?? [];
  return (
    <>
      <PageHeading title={t('dilemmas.org.title')} />
      <Paragraph>{t('dilemmas.org.intro')}</Paragraph>
      {ranking.isPending && <Loading />}
      <ProblemAlert error={ranking.error} />
      {r && !r.visible && (
        <div className="vk-dl-hidden" role="status">
          <Paragraph>{t('dilemmas.org.hidden', { count: r.teams })}</Paragraph>
        </div>
      )}
      {r?.visible && (
        <>
          <Paragraph>{t('dilemmas.org.teams', { count: r.teams })}</Paragraph>
          <RankingTable id="dl-org-ranking" caption={t('dilemmas.org.caption')} ranking={list}
            showChange={list.some((e) => e.previousRank !== null)} />
          <Heading level={2}>{t('dilemmas.results.distribution')}</Heading>
          {list.map((e) => <Distribution key={e.dilemmaKey} id={`org-${e.dilemmaKey}`} entry={e} />)}
        </>
      )}
      {r?.visible && me.data?.user.orgAdmin && <ExportSection />}
      {r?.analyst && <NationalSection />}
    </>
  );
}
