// Grouping the revealed thoughts on the facilitator's screen: drag a thought onto a group, or
// (keyboard, touch, screen reader) pick a thought with its button and then a group with the
// group's "Hierheen" button or a number key (1–9, 0 for no group; see shortcuts.ts). Every
// move and pick is announced in a polite live region. The picked thought can also be placed
// on the rules × parts matrix with one select.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { Guideline } from './api';
import type { Thought } from './liveState';

export interface GroupBoardProps {
  thoughts: Thought[];
  /** the named groups, in order; index 0 is "Zonder groep", group n is groups[n - 1] */
  groups: string[];
  guideline: Guideline;
  /** with the matrix (a half-day), or only groups (a what-works conversation) */
  withPlacement: boolean;
  selected: number | null;
  onSelect: (seq: number | null) => void;
  onGroup: (seq: number, group: string) => void;
  onPlace: (seq: number, rule: string, part: string) => void;
  announcement: string;
  disabled?: boolean;
}

export function GroupBoard({ thoughts, groups, guideline, withPlacement, selected, onSelect, onGroup, onPlace, announcement, disabled }: GroupBoardProps) {
  const t = useT();
  const picked = thoughts.find((th) => th.seq === selected) ?? null;
  // After a move the thought's button sits in another list: give it focus again there.
  const refocus = useRef<{ seq: number; group: string } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    const th = thoughts.find((x) => x.seq === want.seq);
    if (!th || th.group !== want.group) return;
    refocus.current = null;
    document.getElementById(`thought-${want.seq}`)?.focus();
  }, [thoughts]);
  const move = (seq: number, group: string) => {
    refocus.current = { seq, group };
    onGroup(seq, group);
  };
  const name = (g: string) => g || t('live.ungrouped');
  return (
    <>
      <p className="vk-visually-hidden vk-live-announce" aria-live="polite" aria-atomic="true">{announcement}</p>
      <Paragraph className="vk-hint">{t('live.projector.groupHelp')}</Paragraph>
      <div className="vk-live-groups">
        {['', ...groups].map((g, index) => {
          const here = thoughts.filter((th) => th.group === g);
          const headingId = `group-heading-${index}`;
          return (
            <section key={g || '-'} className="vk-live-group" aria-labelledby={headingId} data-group={g}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const seq = Number(e.dataTransfer.getData('text/plain'));
                if (seq && !disabled) move(seq, g);
              }}>
              <div className="vk-live-group__head">
                <Heading level={3} id={headingId}>
                  {index <= 9 && <kbd className="vk-live-key" aria-hidden="true">{index}</kbd>} {name(g)}
                </Heading>
                {picked && picked.group !== g && !disabled && (
                  <Button appearance="secondary-action-button" className="vk-live-group__here"
                    aria-label={t('live.projector.moveTo', { text: picked.text ?? '', group: name(g) })}
                    aria-keyshortcuts={index <= 9 ? String(index) : undefined}
                    onClick={() => move(picked.seq, g)}>
                    {t('live.projector.here')}
                  </Button>
                )}
              </div>
              {here.length === 0 ? (
                <Paragraph className="vk-hint">{t('live.projector.emptyGroup')}</Paragraph>
              ) : (
                <ul className="vk-live-thoughts">
                  {here.map((th) => (
                    <li key={th.seq} draggable={!disabled} className="vk-live-thought"
                      onDragStart={(e) => e.dataTransfer.setData('text/plain', String(th.seq))}>
                      <button type="button" id={`thought-${th.seq}`} className="vk-live-thought__pick"
                        aria-pressed={selected === th.seq} disabled={disabled}
                        onClick={() => onSelect(selected === th.seq ? null : th.seq)}>
                        {selected === th.seq && <span className="vk-live-thought__tick" aria-hidden="true">✓ </span>}
                        {th.perspective && <strong>{t(`talk.who.${th.perspective}`)}: </strong>}{th.text}
                        {th.rule && th.part && (
                          <span className="vk-live-thought__place">
                            {' '}· {guideline.rules.find((r) => r.key === th.rule)?.name} × {guideline.parts.find((p) => p.key === th.part)?.name}
                          </span>
                        )}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {picked && (
        <div className="vk-live-picked" role="group" aria-labelledby="picked-heading">
          <Heading level={3} id="picked-heading">{t('live.projector.picked', { text: picked.text ?? '' })}</Heading>
          <Paragraph>{t('live.projector.pickedHelp', { n: Math.min(groups.length, 9) })}</Paragraph>
          {withPlacement && (
            <div className="vk-live-picked__place">
              <label htmlFor="place-picked">{t('live.placeFor', { text: picked.text ?? '' })}</label>
              <select id="place-picked" value={picked.rule && picked.part ? `${picked.rule}|${picked.part}` : ''}
                onChange={(e) => {
                  const [rule, part] = e.target.value.split('|');
                  if (rule && part) onPlace(picked.seq, rule, part);
                }}>
                <option value="">{t('live.notPlaced')}</option>
                {guideline.rules.flatMap((r) => guideline.parts.map((p) => (
                  <option key={`${r.key}|${p.key}`} value={`${r.key}|${p.key}`}>{r.name} × {p.name}</option>
                )))}
              </select>
            </div>
          )}
          <Button appearance="subtle-button" aria-keyshortcuts="Escape" onClick={() => onSelect(null)}>{t('live.projector.unpick')}</Button>
        </div>
      )}
    </>
  );
}
