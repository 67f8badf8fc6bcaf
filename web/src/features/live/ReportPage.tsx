// Afterwards: the thoughts per rule and part, the sentences and the new verses, on
// screen and as PDF; and for each of your own contributions whether it may go to the
// team's common threads.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { liveApi } from './api';
import { ContributionConsent } from './ContributionConsent';
import { useDates } from '../../i18n/dates';

export function ReportPage() {
  const dates = useDates();
  const t = useT();
  const id = Number(useParams().sessionId);
  const report = useQuery({ queryKey: queryKeys.live.report(id), queryFn: () => liveApi.report(id) });
  if (report.isPending) return <Loading />;
  if (report.isError) return <ProblemAlert error={report.error} />;
  const r = report.data;
  const nameOf = (list: { key: string; name: string }[], key: string) => list.find((x) => x.key === key)?.name ?? key;
  const filled = r.cells.filter((c) => c.thoughts.length > 0);
  return (
    <>
      <PageHeading title={t('live.reportTitle', { title: r.session.title })} />
      <Paragraph>{r.session.teamName} · {dates.date(r.session.createdAt)}</Paragraph>
      {r.session.endedAt && (
        <Paragraph role="status">{t('live.endedAt', { date: dates.dateTime(r.session.endedAt) })}</Paragraph>
      )}
      <Paragraph><a href={`/api/v1/live/sessions/${id}/report.pdf`}>{t('live.downloadPdf')}</a></Paragraph>
      <Heading level={2}>{t('live.perRule')}</Heading>
      {filled.length === 0 && <Paragraph>{t('live.nonePlaced')}</Paragraph>}
      {filled.map((c) => (
        <section key={`${c.rule}-${c.part}`}>
          <Heading level={3}>{nameOf(r.rules, c.rule)} × {nameOf(r.parts, c.part)}</Heading>
          <ul>{c.thoughts.map((th, i) => <li key={i}>{th}</li>)}</ul>
        </section>
      ))}
      {r.unplaced.length > 0 && (
        <>
          <Heading level={2}>{t('live.otherThoughts')}</Heading>
          <ul>{r.unplaced.map((th, i) => <li key={i}>{th}</li>)}</ul>
        </>
      )}
      <Heading level={2}>{t('live.sentences')}</Heading>
      <ul>{r.sentences.map((s, i) => <li key={i}>{s}</li>)}</ul>
      <Heading level={2}>{t('live.verses')}</Heading>
      <ul className="vk-live-verses">{r.verses.map((s, i) => <li key={i}>{s}</li>)}</ul>
      <ContributionConsent sessionId={id} />
    </>
  );
}
