// A phone in the what-works conversation: per step what it asks. Step 2: a question to
// understand the case; 3: a proposal for the dilemma beneath it; 4: what is at stake from
// one perspective; 5: what you would do and what worked before (private until revealed);
// 6: the agreements; 7: the report (members decide what goes to the team's threads).
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { RouterLink } from '../../components/RouterLink';
import { SelectField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { PERSPECTIVES } from './api';
import { DilemmaCard } from './DilemmaCard';
import type { LiveState } from './liveState';
import { SendForm } from './SendForm';
import { useDates } from '../../i18n/dates';

export function ConversationPhone({ kind, state, guest, sessionId, onSend }: {
  kind: string;
  state: LiveState;
  guest: boolean;
  sessionId: number;
  onSend: (data: Record<string, unknown>, privacyConfirmed: boolean) => Promise<void>;
}) {
  const t = useT();
  const dates = useDates();
  const [perspective, setPerspective] = useState('');
  const c = state.conversation;
  const send = (label: string, extra: Record<string, unknown> = {}, description?: string) => (
    <SendForm key={kind} id={`talk-${kind}`} label={label} maxLength={1000} guest={guest} description={description}
      onSend={(text, ok) => onSend({ text, ...extra }, ok)} />
  );
  return (
    <div className="vk-live-talk">
      {kind === 'choose' && !c && <Paragraph>{t('talk.phone.choosing')}</Paragraph>}
      <DilemmaCard c={c} />
      {kind === 'case' && send(t('talk.phone.question'), {}, t('talk.phone.hiddenUntilShown'))}
      {kind === 'dilemma' && send(t('talk.phone.dilemma'))}
      {kind === 'perspectives' && (
        <SendForm key="perspectives" id="talk-perspectives" label={t('talk.phone.stake')} maxLength={1000} guest={guest}
          onSend={async (text, ok) => {
            if (!perspective) throw { clientId: '', status: 422, title: t('talk.phone.pickPerspective') };
            await onSend({ text, perspective }, ok);
          }}>
          <SelectField id="talk-perspective" label={t('talk.perspective')} value={perspective} onChange={setPerspective} required
            options={[{ value: '', label: t('talk.phone.pickPerspective') }, ...PERSPECTIVES.map((p) => ({ value: p, label: t(`talk.who.${p}`) }))]} />
        </SendForm>
      )}
      {kind === 'whatworks' && send(t('talk.phone.whatWorks'), {}, t('talk.phone.private'))}
      {(kind === 'agreements' || kind === 'report') && (
        <>
          <Heading level={2}>{t('talk.agreements')}</Heading>
          {state.agreements.length === 0 ? <Paragraph>{t('talk.noAgreements')}</Paragraph> : (
            <ul>{state.agreements.map((a) => (
              <li key={a.id}>{a.what}{a.who && ` — ${a.who}`} · {t('talk.lookBack', { date: dates.date(a.lookBackOn) })}</li>
            ))}</ul>
          )}
        </>
      )}
      {kind === 'report' && (guest
        ? <Paragraph>{t('talk.phone.reportGuest')}</Paragraph>
        : <Paragraph><RouterLink to={`/live/sessies/${sessionId}/verslag`}>{t('talk.phone.report')}</RouterLink></Paragraph>)}
    </div>
  );
}
