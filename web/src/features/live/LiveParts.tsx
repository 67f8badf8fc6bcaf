// Pieces both screens share: the 5 rules × 4 parts matrix as a real table (on a phone a list
// per rule, CSS shows one of the two), the block
// with its timer, the connection status and submission errors.
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { Guideline } from './api';
import type { LiveState } from './liveState';
import type { SubmitError } from './useLiveSocket';

export function Matrix({ guideline, state }: { guideline: Guideline; state: LiveState }) {
  const t = useT();
  return (
    <figure className="vk-live-matrix">
      <figcaption>{t('live.matrixCaption')}</figcaption>
      <ul className="vk-live-matrix__list">
        {guideline.rules.map((r) => {
          const parts = guideline.parts
            .map((p) => ({ part: p, here: state.thoughts.filter((th) => th.rule === r.key && th.part === p.key && th.text !== null) }))
            .filter((x) => x.here.length > 0);
          return (
            <li key={r.key}>
              <h3 className="vk-live-matrix__rule">{r.name}</h3>
              {parts.length === 0 ? (
                <p className="vk-hint vk-live-matrix__empty">{t('live.matrixEmpty')}</p>
              ) : (
                <dl>
                  {parts.map(({ part, here }) => (
                    <div key={part.key} className="vk-live-matrix__cell">
                      <dt>{part.name}</dt>
                      {here.map((th) => <dd key={th.seq}>{th.text}</dd>)}
                    </div>
                  ))}
                </dl>
              )}
            </li>
          );
        })}
      </ul>
      <div className="vk-scroll vk-live-matrix__table">
        <table>
          <thead>
            <tr>
              <td />
              {guideline.parts.map((p) => (
                <th key={p.key} scope="col">{p.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {guideline.rules.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                {guideline.parts.map((p) => {
                  const here = state.thoughts.filter((th) => th.rule === r.key && th.part === p.key && th.text !== null);
                  return (
                    <td key={p.key}>
                      {here.length > 0 && (
                        <ul>
                          {here.map((th) => <li key={th.seq}>{th.text}</li>)}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export function BlockTimer({ state }: { state: LiveState }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now() / 1000), 1000);
    return () => window.clearInterval(id);
  }, []);
  const block = state.blocks[state.block];
  if (!block) return null;
  const started = state.blockStartedAt;
  const left = started === null ? block.minutes * 60 : Math.max(0, Math.round(started + block.minutes * 60 - now));
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <div className="vk-live-block">
      <Paragraph className="vk-live-block__step">{t('live.blockOf', { n: state.block + 1, total: state.blocks.length })}</Paragraph>
      <h2 className="vk-live-block__title">{block.title}</h2>
      <Paragraph>{block.prompt}</Paragraph>
      <Paragraph className={`vk-live-timer${started === null ? ' vk-live-timer--waiting' : ''}`} aria-label={t('live.timeLeft', { time: `${mm}:${ss}` })}>
        {started === null ? t('live.notStarted', { n: block.minutes }) : `${mm}:${ss}`}
      </Paragraph>
    </div>
  );
}

/**
 * The connection, calm: "Verbonden", "Verbinden…", "we proberen het opnieuw"; after the
 * socket gave up a message with "Probeer opnieuw"; an ended session says so (and nothing
 * retries).
 */
export function ConnectionStatus({ status, pending, onRetry }: { status: string; pending: number; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className={`vk-live-status vk-live-status--${status}`}>
      <Paragraph role="status">
        {t(`live.status.${status}`)}
        {pending > 0 && ` · ${t('live.pending', { n: pending })}`}
      </Paragraph>
      {status === 'gaveUp' && onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>{t('live.retry')}</Button>
      )}
    </div>
  );
}

export function SubmitErrors({ errors, onDismiss }: { errors: SubmitError[]; onDismiss: (id: string) => void }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <>
      {errors.map((e) => (
        <Alert key={e.clientId} type="error" role="alert" className="vk-alert">
          <Paragraph>{e.title}</Paragraph>
          <Button appearance="subtle-button" onClick={() => onDismiss(e.clientId)}>{t('live.dismiss')}</Button>
        </Alert>
      ))}
    </>
  );
}
