// The guideline's starting page (pick a team), the organisation's counts across teams with at
// least five contributors (admins download them as a file for the association), and the
// association's national view for its analysts (import files; from 3 organisations).
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { liveApi } from '../live/api';
import { guidelineApi, type CellCount } from './api';
import { countOf } from './logic';
import { paths } from './paths';
import './guideline.css';

export function GuidelineHomePage() {
  const t = useT();
  const me = useMe();
  return (
    <>
      <PageHeading title={t('guideline.home.title')} />
      <Paragraph>{t('guideline.home.intro')}</Paragraph>
      <ul className="vk-gl-links">
        {(me.data?.teams ?? []).map((team) => (
          <li key={team.id}><RouterLink to={paths.matrix(team.id)}>{t('guideline.home.team', { team: team.name })}</RouterLink></li>
        ))}
        <li><RouterLink to={paths.organisation}>{t('guideline.org.title')}</RouterLink></li>
      </ul>
      {me.data && me.data.teams.length === 0 && <Paragraph>{t('guideline.home.noTeams')}</Paragraph>}
    </>
  );
}

/** Counts per rule (rows) x part (columns); a phone reads it as a list per rule. */
function CountsView({ cells }: { cells: CellCount[] }) {
  const t = useT();
  const guideline = useQuery({ queryKey: queryKeys.live.guideline(), queryFn: liveApi.guideline, staleTime: 300_000 });
  const g = guideline.data;
  if (!g) return guideline.isPending ? <Loading /> : <ProblemAlert error={guideline.error} />;
  return (
    <>
      <table className="vk-gl-table">
        <caption className="vk-visually-hidden">{t('guideline.org.caption')}</caption>
        <thead>
          <tr><th scope="col">{t('guideline.matrix.rule')}</th>{g.parts.map((p) => <th scope="col" key={p.key}>{p.name}</th>)}</tr>
        </thead>
        <tbody>
          {g.rules.map((r) => (
            <tr key={r.key}><th scope="row">{r.name}</th>{g.parts.map((p) => <td key={p.key}>{countOf(cells, r.key, p.key)}</td>)}</tr>
          ))}
        </tbody>
      </table>
      <div className="vk-gl-list">
        {g.rules.map((r) => (
          <section key={r.key} className="vk-gl-rulecard" aria-labelledby={`gl-count-${r.key}`}>
            <Heading level={2} id={`gl-count-${r.key}`}>{r.name}</Heading>
            <ul>
              {g.parts.map((p) => <li key={p.key}>{p.name}: {t('guideline.matrix.count', { n: countOf(cells, r.key, p.key) })}</li>)}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

function ExportSection() {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      const file = (await guidelineApi.exportFile()) as { period?: string };
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `vuistregels-${file.period ?? ''}.json`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="gl-export">
      <Heading level={2} id="gl-export">{t('guideline.org.exportTitle')}</Heading>
      <Paragraph>{t('guideline.org.exportText')}</Paragraph>
      <ProblemAlert error={error} />
      <Button type="button" appearance="secondary-action-button" onClick={() => void download()}>{t('guideline.org.exportButton')}</Button>
    </section>
  );
}

export function OrganisationPage() {
  const t = useT();
  const me = useMe();
  const org = useQuery({ queryKey: queryKeys.guideline.organisation(), queryFn: guidelineApi.organisation });
  return (
    <>
      <PageHeading title={t('guideline.org.title')} />
      <Paragraph>{t('guideline.org.intro')}</Paragraph>
      {org.isPending && <Loading />}
      <ProblemAlert error={org.error} />
      {org.data && !org.data.visible && <Paragraph>{t('guideline.org.hidden', { n: org.data.minContributors })}</Paragraph>}
      {org.data?.visible && (
        <>
          <Paragraph>{t('guideline.org.teams', { n: org.data.teams })}</Paragraph>
          <CountsView cells={org.data.cells ?? []} />
        </>
      )}
      {me.data?.user.orgAdmin && org.data?.visible && <ExportSection />}
    </>
  );
}

export function NationalPage() {
  const t = useT();
  const qc = useQueryClient();
  const national = useQuery({ queryKey: queryKeys.guideline.national(), queryFn: guidelineApi.national, retry: false });
  const [message, setMessage] = useState('');
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      let n = 0;
      for (const f of files) {
        await guidelineApi.importFile(JSON.parse(await f.text()));
        n += 1;
      }
      return n;
    },
    onSuccess: (n) => {
      setMessage(t('guideline.national.imported', { n }));
      void qc.invalidateQueries({ queryKey: queryKeys.guideline.national() });
    },
  });
  return (
    <>
      <PageHeading title={t('guideline.national.title')} />
      <Paragraph>{t('guideline.national.intro')}</Paragraph>
      {national.isPending && <Loading />}
      <ProblemAlert error={national.error} />
      {national.data && (
        <>
          <section aria-labelledby="gl-import">
            <Heading level={2} id="gl-import">{t('guideline.national.importTitle')}</Heading>
            <label htmlFor="gl-import-file">{t('guideline.national.importLabel')}</label>{' '}
            <input id="gl-import-file" type="file" accept="application/json,.json" multiple
              onChange={(e) => { setMessage(''); if (e.target.files?.length) upload.mutate(Array.from(e.target.files)); }} />
            <ProblemAlert error={upload.error} />
            {message && <p role="status">{message}</p>}
          </section>
          {!national.data.visible && (
            <Paragraph>{t('guideline.national.hidden', { n: national.data.organisations, min: national.data.minOrganisations })}</Paragraph>
          )}
          {national.data.visible && (
            <>
              <Paragraph>{t('guideline.national.sources', { sources: (national.data.sources ?? []).join(', ') })}</Paragraph>
              <CountsView cells={national.data.cells ?? []} />
            </>
          )}
        </>
      )}
    </>
  );
}
