// The organisation's common threads (only groups of at least 5 people, no names), the
// export for the national story point, and — for the association's analysts — the
// import of files from many organisations and the threads they share.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { interviewsApi } from './api';
import { WordCloud } from './WordCloud';
import './interviews.css';

function NationalSection() {
  const t = useT();
  const qc = useQueryClient();
  const national = useQuery({ queryKey: queryKeys.interviews.national(), queryFn: interviewsApi.nationalThreads, retry: false });
  const [message, setMessage] = useState('');
  const upload = useMutation({
    mutationFn: async (files: FileList) => {
      let n = 0;
      for (const f of Array.from(files)) n += (await interviewsApi.importThreads(JSON.parse(await f.text()))).imported;
      return n;
    },
    onSuccess: (n) => {
      setMessage(t('threads.national.imported', { n }));
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.national() });
    },
  });
  if (national.isError) return null;  // only analysts of the association see this part
  return (
    <section aria-labelledby="national-title">
      <Heading level={2} id="national-title">{t('threads.national.title')}</Heading>
      <Paragraph>{t('threads.national.intro')}</Paragraph>
      <div className="vk-field">
        <label htmlFor="national-files" className="vk-label">{t('threads.national.files')}</label>
        <input id="national-files" type="file" accept="application/json,.json" multiple
          onChange={(e) => e.target.files && upload.mutate(e.target.files)} />
      </div>
      <ProblemAlert error={upload.error} />
      {message && <p role="status">{message}</p>}
      {national.isPending && <Loading />}
      {national.data && (
        <>
          <Paragraph>{t('threads.national.sources', { n: national.data.sources.length })}</Paragraph>
          {national.data.themes.filter((th) => th.fragmentCount > 0).map((th) => (
            <section key={th.theme} aria-labelledby={`nat-${th.theme}`} className="vk-theme">
              <Heading level={3} id={`nat-${th.theme}`}>
                {th.title} ({t('threads.national.count', { n: th.fragmentCount, orgs: th.organisationCount ?? 0 })})
              </Heading>
              <WordCloud id={`national-${th.theme}`} words={th.words} label={th.title} />
              <ul>{(th.examples ?? []).map((x, i) => <li key={i}>{x.fragment} <span className="vk-iv-meta">({x.period})</span></li>)}</ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

export function OrgThreadsPage() {
  const t = useT();
  const me = useMe();
  const org = useQuery({ queryKey: queryKeys.interviews.orgThreads(), queryFn: interviewsApi.orgThreads });
  const [exportError, setExportError] = useState<unknown>(null);
  const download = async () => {
    try {
      const file = await interviewsApi.exportThreads();
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'rode-draden.json';
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setExportError(e);
    }
  };
  return (
    <>
      <PageHeading title={t('threads.org.title')} />
      <Paragraph>{t('threads.org.intro', { k: org.data?.minGroupSize ?? 5 })}</Paragraph>
      <ul>
        {(me.data?.teams ?? []).map((team) => (
          <li key={team.id}><RouterLink to={`/teams/${team.id}/rode-draden`}>{t('threads.org.teamLink', { team: team.name })}</RouterLink></li>
        ))}
      </ul>
      {org.isPending && <Loading />}
      <ProblemAlert error={org.error} />
      {org.data && org.data.themes.length === 0 && <Paragraph>{t('threads.org.tooFew')}</Paragraph>}
      {org.data?.themes.map((th) => (
        <section key={th.theme} aria-labelledby={`org-${th.theme}`} className="vk-theme">
          <Heading level={2} id={`org-${th.theme}`}>
            {th.title} ({t('threads.org.count', { n: th.fragmentCount, people: th.peopleCount ?? 0 })})
          </Heading>
          <WordCloud id={`org-${th.theme}`} words={th.words} label={th.title} />
        </section>
      ))}
      {me.data?.user.orgAdmin && (
        <section aria-labelledby="export-title">
          <Heading level={2} id="export-title">{t('threads.export.title')}</Heading>
          <Paragraph>{t('threads.export.text')}</Paragraph>
          <ProblemAlert error={exportError} />
          <Button type="button" appearance="secondary-action-button" onClick={() => void download()}>{t('threads.export.button')}</Button>
        </section>
      )}
      {org.data?.analyst && <NationalSection />}
    </>
  );
}
