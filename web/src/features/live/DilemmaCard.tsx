// The dilemma a what-works conversation found beneath the case: "Moet ik A of B?" and what
// each choice costs (the same card on the projector, the phones and the report).
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/I18nProvider';
import type { ConversationState } from './liveState';

export function DilemmaCard({ c, level = 2 }: { c: ConversationState | null; level?: 2 | 3 }) {
  const t = useT();
  if (!c || (!c.tension && !c.caseText && !c.startKey)) return null;
  return (
    <section className="vk-live-dilemma" aria-labelledby="live-dilemma-heading">
      <Heading level={level} id="live-dilemma-heading">{t('talk.aboutHeading')}</Heading>
      {c.startKind === 'case' && c.caseText && <Paragraph><strong>{t('talk.case')}:</strong> {c.caseText}</Paragraph>}
      {c.startKind === 'dilemma' && c.startKey && <Paragraph>{t('talk.fromLibrary', { key: c.startKey })}</Paragraph>}
      {c.tension ? (
        <>
          <Paragraph className="vk-live-dilemma__tension">{c.tension}</Paragraph>
          <dl className="vk-live-dilemma__sides">
            {c.choiceA && (<><dt>A: {c.choiceA}</dt><dd>{c.costA ? t('talk.costs', { cost: c.costA }) : ''}</dd></>)}
            {c.choiceB && (<><dt>B: {c.choiceB}</dt><dd>{c.costB ? t('talk.costs', { cost: c.costB }) : ''}</dd></>)}
          </dl>
        </>
      ) : (
        <Paragraph className="vk-hint">{t('talk.noDilemmaYet')}</Paragraph>
      )}
    </section>
  );
}
