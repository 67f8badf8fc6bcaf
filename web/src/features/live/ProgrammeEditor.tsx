// The blocks of a programme: reorder (buttons, so it works with the keyboard), remove,
// and add an interview card, a free round or a vote.
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { SelectField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import type { Block } from './liveState';

const ADDABLE = ['interview', 'free', 'vote', 'differ'] as const;

export function ProgrammeEditor({ blocks, onChange }: { blocks: Block[]; onChange: (blocks: Block[]) => void }) {
  const t = useT();
  const [kind, setKind] = useState<string>('free');
  const move = (i: number, d: number) => {
    const j = i + d;
    if (j < 0 || j >= blocks.length) return;
    const b = [...blocks];
    [b[i], b[j]] = [b[j], b[i]];
    onChange(b);
  };
  const add = () =>
    onChange([...blocks, { kind, title: t(`live.blockKind.${kind}`), prompt: t(`live.blockPrompt.${kind}`), minutes: 15 }]);
  return (
    <>
      <ol className="vk-live-programme">
        {blocks.map((b, i) => (
          <li key={`${b.title}-${i}`}>
            <span>{b.title} ({t('live.minutes', { n: b.minutes })})</span>{' '}
            <Button appearance="subtle-button" type="button" onClick={() => move(i, -1)} disabled={i === 0}
              aria-label={t('live.moveUp', { title: b.title })}>↑</Button>
            <Button appearance="subtle-button" type="button" onClick={() => move(i, 1)} disabled={i === blocks.length - 1}
              aria-label={t('live.moveDown', { title: b.title })}>↓</Button>
            <Button appearance="subtle-button" type="button" onClick={() => onChange(blocks.filter((_, k) => k !== i))}
              aria-label={t('live.removeBlock', { title: b.title })}>✕</Button>
          </li>
        ))}
      </ol>
      <div className="vk-live-add">
        <SelectField id="live-block-kind" label={t('live.blockKindLabel')} value={kind} onChange={setKind}
          options={ADDABLE.map((k) => ({ value: k, label: t(`live.blockKind.${k}`) }))} />
        <Button appearance="secondary-action-button" type="button" onClick={add}>{t('live.addBlock')}</Button>
      </div>
    </>
  );
}
