// The facilitator's screen, made for a projector: the current block and its timer, the
// join code and QR code, incoming thoughts hidden until revealed, grouping (drag and drop,
// or the select next to each thought for keyboard users) and the 5 × 4 matrix.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { BlockTimer, ConnectionStatus, Matrix, SubmitErrors } from './LiveParts';
import { isRevealed } from './liveState';
import { isConversation } from './api';
import { ConversationPanel } from './ConversationPanel';
import { FacilitatorVote } from './VoteBlock';
import { SongPanel } from './SongPanel';
import { DifferPanel } from '../guideline/DifferPanel';
import { useLiveSocket } from './useLiveSocket';
import './live.css';
import { ConfirmButton } from '../../components/ConfirmDialog';

export function FacilitatorPage() {
  const t = useT();
  const id = Number(useParams().sessionId);
  const live = useLiveSocket(id);
  const [newGroup, setNewGroup] = useState('');
  const [extraGroups, setExtraGroups] = useState<string[]>([]);
  const { state, welcome } = live;
  if (!welcome) return <Loading />;
  const guideline = welcome.session.guideline;
  const hidden = state.thoughts.filter((th) => !isRevealed(state, th));
  const shown = state.thoughts.filter((th) => isRevealed(state, th));
  const groups = Array.from(new Set([...extraGroups, ...shown.map((th) => th.group).filter(Boolean)]));
  const setGroup = (seq: number, group: string) => live.submit('group', { thought: seq, group });
  const place = (seq: number, rule: string, part: string) => live.submit('place', { thought: seq, rule, part });
  // Ended on the server (the welcome says so after a reload; the end event live).
  const ended = state.ended || Boolean(welcome.session.endedAt);
  const talk = isConversation(state.blocks);  // a what-works conversation: its own panel, no matrix
  const rulesOf = guideline.rules;
  const partsOf = guideline.parts;
  return (
    <div className="vk-live vk-live--projector">
      <PageHeading title={welcome.session.title} />
      <ConnectionStatus status={live.status} pending={live.pendingCount} />
      <SubmitErrors errors={live.errors} onDismiss={live.dismissError} />
      {ended && <Paragraph role="status" className="vk-live-ended">{t('live.endedNotice')}</Paragraph>}
      <div className="vk-live-top">
        <BlockTimer state={state} />
        {!ended && <div className="vk-live-join">
          <Paragraph>{t('live.joinWith')}</Paragraph>
          <Paragraph className="vk-live-code" aria-label={t('live.codeIs', { code: (welcome.session.joinCode ?? '').split('').join(' ') })}>
            {welcome.session.joinCode}
          </Paragraph>
          <img src={`/api/v1/live/sessions/${id}/qr.svg`} alt={t('live.qrAlt', { code: welcome.session.joinCode ?? '' })} width={160} height={160} />
        </div>}
      </div>
      <div className="vk-live-controls">
        <Button appearance="secondary-action-button" disabled={state.block === 0}
          onClick={() => live.submit('block', { index: state.block - 1 })}>{t('live.previousBlock')}</Button>{' '}
        <Button appearance="primary-action-button"
          onClick={() => live.submit('block', { index: state.blockStartedAt === null ? state.block : Math.min(state.block + 1, state.blocks.length - 1) })}>
          {state.blockStartedAt === null ? t('live.startBlock') : t('live.nextBlock')}
        </Button>{' '}
        {!ended && (
          <ConfirmButton label={t('live.endSession')} appearance="secondary-action-button" title={t('live.endTitle')}
            confirmLabel={t('live.endConfirmYes')} onConfirm={() => live.submit('end')}>
            <Paragraph>{t('live.endConfirm')}</Paragraph>
          </ConfirmButton>
        )}
      </div>
      <SongPanel blockKind={state.blocks[state.block]?.kind ?? ''} songUrl={welcome.session.songUrl} earlier={welcome.session.teamVerses ?? []} />
      {talk && <ConversationPanel sessionId={id} teamId={welcome.session.teamId} state={state} />}
      {state.blocks[state.block]?.kind === 'differ' && <DifferPanel teamId={welcome.session.teamId} />}
      {state.blocks[state.block]?.kind === 'vote' && (
        <FacilitatorVote teamId={welcome.session.teamId} sessionId={id} state={state} onReveal={() => live.submit('reveal')} />
      )}

      <section aria-labelledby="thoughts-heading">
        <Heading level={2} id="thoughts-heading">{t('live.thoughts')}</Heading>
        <Paragraph role="status">{t('live.hiddenCount', { n: hidden.length })}</Paragraph>
        <Button appearance="primary-action-button" disabled={hidden.length === 0} onClick={() => live.submit('reveal')}>
          {t('live.reveal')}
        </Button>
        <div className="vk-live-groups">
          {['', ...groups].map((g) => (
            <div key={g || '-'} className="vk-live-group"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const seq = Number(e.dataTransfer.getData('text/plain'));
                if (seq) setGroup(seq, g);
              }}>
              <Heading level={3}>{g || t('live.ungrouped')}</Heading>
              <ul>
                {shown.filter((th) => th.group === g).map((th) => (
                  <li key={th.seq} draggable onDragStart={(e) => e.dataTransfer.setData('text/plain', String(th.seq))} className="vk-live-thought">
                    <span>{th.perspective && <strong>{t(`talk.who.${th.perspective}`)}: </strong>}{th.text}</span>
                    <label className="vk-visually-hidden" htmlFor={`group-${th.seq}`}>{t('live.groupFor', { text: th.text ?? '' })}</label>
                    <select id={`group-${th.seq}`} value={th.group} onChange={(e) => setGroup(th.seq, e.target.value)}>
                      <option value="">{t('live.ungrouped')}</option>
                      {groups.map((name) => <option key={name} value={name}>{name}</option>)}
                    </select>
                    <label className="vk-visually-hidden" htmlFor={`place-${th.seq}`}>{t('live.placeFor', { text: th.text ?? '' })}</label>
                    <select id={`place-${th.seq}`} value={th.rule && th.part ? `${th.rule}|${th.part}` : ''}
                      onChange={(e) => {
                        const [rule, part] = e.target.value.split('|');
                        if (rule && part) place(th.seq, rule, part);
                      }}>
                      <option value="">{t('live.notPlaced')}</option>
                      {rulesOf.flatMap((r) => partsOf.map((p) => (
                        <option key={`${r.key}|${p.key}`} value={`${r.key}|${p.key}`}>{r.name} × {p.name}</option>
                      )))}
                    </select>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <form onSubmit={(e) => {
          e.preventDefault();
          if (newGroup.trim()) setExtraGroups([...extraGroups, newGroup.trim()]);
          setNewGroup('');
        }}>
          <label htmlFor="new-group">{t('live.newGroup')}</label>{' '}
          <input id="new-group" value={newGroup} onChange={(e) => setNewGroup(e.target.value)} />{' '}
          <Button appearance="secondary-action-button" type="submit">{t('live.addGroup')}</Button>
        </form>
      </section>

      {!talk && <Matrix guideline={guideline} state={state} />}

      {!talk && <section aria-labelledby="sentences-heading">
        <Heading level={2} id="sentences-heading">{t('live.sentences')}</Heading>
        <ul>{state.sentences.map((s) => <li key={s.seq}>{s.text}</li>)}</ul>
        <Heading level={2}>{t('live.verses')}</Heading>
        <ul className="vk-live-verses">{state.verses.map((s) => <li key={s.seq}>{s.text}</li>)}</ul>
      </section>}
      <Paragraph><RouterLink to={`/live/sessies/${id}/verslag`}>{t('live.report')}</RouterLink></Paragraph>
    </div>
  );
}
