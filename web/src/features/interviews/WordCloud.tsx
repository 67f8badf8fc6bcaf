// The "wolkjes": distinctive words of a theme drawn with d3-cloud and a seeded random, so
// the same words always give the same picture. Under it the words that stand out most, each
// with how often it was written (readable on a phone and by a screen reader); all of them,
// with count and score, in the table that folds open.
import cloud, { type CloudWord } from 'd3-cloud';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { Word } from './api';

/** mulberry32: a small seeded random generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const W = 420;
const TOP = 8;
const H = 220;

export function WordCloud({ id, words, label }: { id: string; words: Word[]; label: string }) {
  const t = useT();
  const [placed, setPlaced] = useState<CloudWord[]>([]);
  useEffect(() => {
    if (words.length === 0) return;
    const max = Math.max(...words.map((w) => w.score), 1);
    const min = Math.min(...words.map((w) => w.score), 0);
    let layout: ReturnType<typeof cloud<CloudWord>> | null = null;
    try {
      layout = cloud<CloudWord>()
        .size([W, H])
        .words(words.map((w) => ({ text: w.word, size: 12 + (30 * (w.score - min)) / (max - min || 1) })))
        .padding(2)
        .rotate(() => 0)
        .font('DejaVu Sans, sans-serif')
        .fontSize((d) => d.size)
        .random(seededRandom(seedOf(id + words.map((w) => w.word).join(' '))))
        .on('end', (out) => setPlaced(out))
        .start();
    } catch {
      setPlaced([]);  // no canvas (tests): the table below still shows every word
    }
    return () => {
      layout?.stop();
    };
  }, [id, words]);
  return (
    <div className="vk-cloud">
      {placed.length > 0 && (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('threads.cloud.label', { theme: label })} className="vk-cloud__svg">
          <g transform={`translate(${W / 2},${H / 2})`}>
            {placed.map((w) => (
              <text key={w.text} textAnchor="middle" transform={`translate(${w.x ?? 0},${w.y ?? 0})`}
                style={{ fontSize: `${w.size}px` }} className="vk-cloud__word">
                {w.text}
              </text>
            ))}
          </g>
        </svg>
      )}
      {words.length > 0 && (
        <div className="vk-cloud__top">
          <p className="vk-cloud__top-title" id={`${id}-top`}>{t('threads.cloud.top')}</p>
          <ol aria-labelledby={`${id}-top`} data-testid="cloud-top">
            {words.slice(0, TOP).map((w) => (
              <li key={w.word}>
                <span className="vk-cloud__top-word">{w.word}</span>{' '}
                <span className="vk-iv-meta">{t('threads.cloud.times', { n: w.count })}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <details>
        <summary>{t('threads.cloud.asList', { theme: label })}</summary>
        <table className="vk-table">
          <caption className="vk-visually-hidden">{t('threads.cloud.asList', { theme: label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('threads.col.word')}</th>
              <th scope="col">{t('threads.col.count')}</th>
              <th scope="col">{t('threads.col.score')}</th>
            </tr>
          </thead>
          <tbody>
            {words.map((w) => (
              <tr key={w.word}>
                <td>{w.word}</td>
                <td>{w.count}</td>
                <td>{w.score.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
