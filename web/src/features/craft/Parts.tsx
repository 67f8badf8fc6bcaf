// What the craft pages share: the team's name, the count-only notice below a threshold, a
// statement's counts as a bar with its numbers as text, and the list of links per team.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../api/queries';
import { useT } from '../../i18n/I18nProvider';
import type { PartCounts, StatementCounts, ThemeCounts } from './api';
import { percent } from './logic';
import './craft.css';

export function useTeamName(teamId: number): string {
  const me = useMe();
  return me.data?.teams.find((x) => x.id === teamId)?.name ?? '';
}

/** Below the threshold: only how many responded, and how many are needed. */
export function HiddenNotice({ count, min, what }: { count: number; min: number; what: 'picture' | 'core' | 'teams' | 'national' }) {
  const t = useT();
  return (
    <div className="vk-cr-hidden" role="status">
      <Paragraph>{t(`craft.hidden.${what}`, { count, min })}</Paragraph>
    </div>
  );
}

export function StatementBar({ s }: { s: StatementCounts }) {
  const t = useT();
  return (
    <li className="vk-cr-count">
      <p className="vk-cr-count__text">{s.text}</p>
      <div className="vk-cr-bar" aria-hidden="true">
        <span className="vk-cr-bar__herken" style={{ inlineSize: `${percent(s.herken, s.answered)}%` }} />
        <span className="vk-cr-bar__anders" style={{ inlineSize: `${percent(s.anders, s.answered)}%` }} />
      </div>
      <p className="vk-cr-count__numbers">
        {t('craft.counts.statement', { herken: s.herken, anders: s.anders, current: s.current, answered: s.answered })}
      </p>
    </li>
  );
}

/** A theme's counts: the summary, each statement, and (team view) the shared lines and words. */
export function ThemeCountsCard({ theme, level = 2 }: { theme: ThemeCounts; level?: 2 | 3 }) {
  const t = useT();
  const id = `cr-theme-${theme.key}`;
  return (
    <section className="vk-cr-theme" aria-labelledby={id}>
      <Heading level={level} id={id} className="vk-cr-theme__title">{theme.title}</Heading>
      <Paragraph>{t('craft.counts.theme', { recognised: theme.recognised, differs: theme.differs, current: theme.current })}</Paragraph>
      <ul className="vk-cr-counts">
        {theme.statements.map((s) => <StatementBar key={s.key} s={s} />)}
      </ul>
      {theme.lines && theme.lines.length > 0 && (
        <>
          <Heading level={(level + 1) as 3 | 4}>{t('craft.team.lines')}</Heading>
          <ul className="vk-cr-lines">{theme.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
        </>
      )}
      {theme.words && theme.words.length > 0 && (
        <>
          <Heading level={(level + 1) as 3 | 4}>{t('craft.team.words')}</Heading>
          <ul className="vk-cr-words">{theme.words.map((w) => <li key={w.word}>{w.word} <span className="vk-visually-hidden">({w.count})</span></li>)}</ul>
        </>
      )}
    </section>
  );
}

export function PartCountsCard({ part, level = 2 }: { part: PartCounts; level?: 2 | 3 }) {
  const t = useT();
  const id = `cr-part-${part.key}`;
  return (
    <section className="vk-cr-theme" aria-labelledby={id}>
      <Heading level={level} id={id} className="vk-cr-theme__title">{part.title || part.key}</Heading>
      <Paragraph>{t('craft.counts.part', { past: part.past, mist: part.mist, anders: part.anders })}</Paragraph>
      {part.texts.length > 0 && (
        <>
          <Heading level={(level + 1) as 3 | 4}>{t('craft.core.texts')}</Heading>
          <ul className="vk-cr-lines">{part.texts.map((x, i) => <li key={i}>{x}</li>)}</ul>
        </>
      )}
    </section>
  );
}
