// The guideline in the organisation's own words: an admin edits the names and short
// descriptions of the 5 rules of thumb and the 4 parts of the broad assignment (not their
// number), in a real table; back to the default with one button.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { useT } from '../../i18n/I18nProvider';
import { liveApi, type GuidelineItem } from './api';
import { ConfirmButton } from '../../components/ConfirmDialog';

function ItemsTable({ kind, items, onChange }: { kind: 'rule' | 'part'; items: GuidelineItem[]; onChange: (items: GuidelineItem[]) => void }) {
  const t = useT();
  const set = (i: number, field: 'name' | 'description', value: string) =>
    onChange(items.map((x, k) => (k === i ? { ...x, [field]: value } : x)));
  return (
    <div className="vk-scroll">
      <table className="vk-live-guideline">
        <caption>{t(kind === 'rule' ? 'live.rules' : 'live.parts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('live.guidelineName')}</th>
            <th scope="col">{t('live.guidelineDescription')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((x, i) => (
            <tr key={x.key}>
              <td>
                <label className="vk-visually-hidden" htmlFor={`gl-${x.key}-name`}>{t(`live.${kind}Name`, { n: i + 1 })}</label>
                <input id={`gl-${x.key}-name`} value={x.name} maxLength={80} required
                  onChange={(e) => set(i, 'name', e.target.value)} />
              </td>
              <td>
                <label className="vk-visually-hidden" htmlFor={`gl-${x.key}-description`}>{t(`live.${kind}Description`, { n: i + 1 })}</label>
                <textarea id={`gl-${x.key}-description`} value={x.description} maxLength={300} rows={2}
                  onChange={(e) => set(i, 'description', e.target.value)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GuidelineForm() {
  const t = useT();
  const qc = useQueryClient();
  const guideline = useQuery({ queryKey: queryKeys.live.guideline(), queryFn: liveApi.guideline });
  const [rules, setRules] = useState<GuidelineItem[] | null>(null);
  const [parts, setParts] = useState<GuidelineItem[] | null>(null);
  useEffect(() => {
    if (guideline.data && rules === null) {
      setRules(guideline.data.rules);
      setParts(guideline.data.parts);
    }
  }, [guideline.data, rules]);
  const onSaved = (g: { rules: GuidelineItem[]; parts: GuidelineItem[] }) => {
    setRules(g.rules);
    setParts(g.parts);
    qc.invalidateQueries({ queryKey: queryKeys.live.guideline() });
  };
  const save = useMutation({ mutationFn: () => liveApi.saveGuideline(rules ?? [], parts ?? []), onSuccess: onSaved });
  const reset = useMutation({ mutationFn: liveApi.resetGuideline, onSuccess: onSaved });
  if (!guideline.data || !rules || !parts) return <Loading />;
  return (
    <section aria-labelledby="guideline-heading">
      <Heading level={2} id="guideline-heading">{t('live.guidelineTitle')}</Heading>
      <Paragraph>{t('live.guidelineIntro')}</Paragraph>
      {guideline.data.custom && <Paragraph>{t('live.guidelineCustom')}</Paragraph>}
      <form onSubmit={(e) => {
        e.preventDefault();
        reset.reset();
        save.mutate();
      }}>
        <ItemsTable kind="rule" items={rules} onChange={setRules} />
        <ItemsTable kind="part" items={parts} onChange={setParts} />
        <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
          {t('live.saveGuideline')}
        </Button>{' '}
        <ConfirmButton label={t('live.resetGuideline')} appearance="secondary-action-button" busy={reset.isPending}
          title={t('live.resetGuidelineTitle')} confirmLabel={t('live.resetGuidelineYes')}
          onConfirm={() => {
            save.reset();
            reset.mutate();
          }}>
          <Paragraph>{t('live.resetGuidelineText')}</Paragraph>
        </ConfirmButton>
      </form>
      {save.isSuccess && <SuccessNotice>{t('live.guidelineSaved')}</SuccessNotice>}
      {reset.isSuccess && <SuccessNotice>{t('live.guidelineReset')}</SuccessNotice>}
      <ProblemAlert error={save.error ?? reset.error} />
    </section>
  );
}
