// The organisation's form for a whole dilemma (an edit of a starter, or an own one): every text
// through the privacy guard, lists one entry per line, links to life domains, rules of thumb
// and craft themes by name.
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError, isApiError } from '../../api/client';
import { ProblemAlert } from '../../components/Feedback';
import { SelectField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyConfirmedOf, problemOnValue, usePrivacyGuard, type PrivacyGuard } from '../privacy/usePrivacyGuard';
import { PERSPECTIVES, TOPICS, type DilemmaInput } from './api';
import { formValuesOf, inputOf, perspectiveField, type DilemmaFormValues } from './logic';
import { useNames } from './Parts';

type TextKey = Exclude<keyof DilemmaFormValues, 'perspectives' | 'domains' | 'rules' | 'themes' | 'topic'>;
const TEXTS: { key: TextKey; field: string }[] = [
  { key: 'title', field: 'title' }, { key: 'tension', field: 'tension' },
  { key: 'aChoice', field: 'a.choice' }, { key: 'aCost', field: 'a.cost' }, { key: 'aValues', field: 'a.values' },
  { key: 'bChoice', field: 'b.choice' }, { key: 'bCost', field: 'b.cost' }, { key: 'bValues', field: 'b.values' },
  { key: 'examples', field: 'examples' }, { key: 'questions', field: 'questions' },
];

function Checks({ id, legend, options, picked, onChange }: { id: string; legend: string; options: { key: string; name: string }[]; picked: string[]; onChange: (v: string[]) => void }) {
  return (
    <fieldset className="vk-dl-fieldset">
      <legend>{legend}</legend>
      <div className="vk-dl-checks">
        {options.map((o) => (
          <span key={o.key} className="vk-dl-check">
            <input type="checkbox" id={`${id}-${o.key}`} checked={picked.includes(o.key)}
              onChange={(e) => onChange(e.target.checked ? [...picked, o.key] : picked.filter((x) => x !== o.key))} />
            <label htmlFor={`${id}-${o.key}`}>{o.name}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

export function DilemmaForm({ initial, submitLabel, busy, error, onSubmit }: {
  initial?: DilemmaInput;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (d: DilemmaInput, privacyConfirmed: boolean) => Promise<unknown>;
}) {
  const t = useT();
  const names = useNames();
  const [v, setV] = useState<DilemmaFormValues>(() => formValuesOf(initial));
  const setText = (k: TextKey) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const setPersp = (who: string) => (value: string) => setV((old) => ({ ...old, perspectives: { ...old.perspectives, [who]: value } }));
  // a fixed list of fields, so the hooks are called in the same order every render
  const guards: Record<string, PrivacyGuard> = {};
  for (const f of TEXTS) guards[f.key] = usePrivacyGuard(v[f.key], setText(f.key), { field: f.field });
  for (const who of PERSPECTIVES) guards[`p-${who}`] = usePrivacyGuard(v.perspectives[who] ?? '', setPersp(who), { field: `perspectives.${who}` });

  const applyProblem = (e: unknown) => {
    if (!(e instanceof ApiError) || !Array.isArray(e.problem.findings)) return;
    const sent = PERSPECTIVES.filter((w) => v.perspectives[w]?.trim());
    const renamed = new ApiError(e.status, {
      ...e.problem,
      findings: e.problem.findings.map((f) => (f && typeof f === 'object' ? { ...f, field: perspectiveField((f as { field?: string }).field, sent) } : f)),
    });
    for (const f of TEXTS) guards[f.key].applyProblem(problemOnValue(renamed, f.field, v[f.key]));
    for (const who of PERSPECTIVES) guards[`p-${who}`].applyProblem(problemOnValue(renamed, `perspectives.${who}`, v.perspectives[who] ?? ''));
  };

  const errors = isApiError(error) ? error.fieldErrors : {};
  const text = (key: TextKey, label: string, opts: { singleLine?: boolean; required?: boolean; rows?: number; description?: string; max?: number } = {}) => {
    const f = TEXTS.find((x) => x.key === key)!;
    const err = errors[f.field] ?? Object.entries(errors).find(([k]) => k.startsWith(`${f.field}[`))?.[1];
    return (
      <PrivacyTextarea id={`dlf-${key}`} label={label} guard={guards[key]} singleLine={opts.singleLine} required={opts.required}
        rows={opts.rows ?? 3} description={opts.description} maxLength={opts.max ?? 2000} error={err} />
    );
  };

  return (
    <form className="vk-dl-form" noValidate onSubmit={async (e) => {
      e.preventDefault();
      const results = await Promise.all(Object.values(guards).map((g) => g.check()));
      if (results.some((r) => !r.canSave)) return;
      try {
        await onSubmit(inputOf(v, PERSPECTIVES), privacyConfirmedOf(...results));
      } catch (err) {
        applyProblem(err);
      }
    }}>
      <SelectField id="dlf-topic" label={t('dilemmas.form.topic')} value={v.topic} onChange={(topic) => setV((o) => ({ ...o, topic }))}
        placeholder={t('dilemmas.form.noTopic')} options={TOPICS.map((k) => ({ value: k, label: t(`dilemmas.topic.${k}`) }))} error={errors.topic} />
      {text('title', t('dilemmas.form.title'), { singleLine: true, required: true, max: 120 })}
      {text('tension', t('dilemmas.form.tension'), { required: true, description: t('dilemmas.form.tensionHint'), max: 400 })}
      <fieldset className="vk-dl-fieldset">
        <legend>{t('dilemmas.view.sideA')}</legend>
        {text('aChoice', t('dilemmas.form.choiceA'), { singleLine: true, required: true, max: 400 })}
        {text('aCost', t('dilemmas.form.costA'), { rows: 2, max: 400 })}
        {text('aValues', t('dilemmas.form.values'), { description: t('dilemmas.form.perLine') })}
      </fieldset>
      <fieldset className="vk-dl-fieldset">
        <legend>{t('dilemmas.view.sideB')}</legend>
        {text('bChoice', t('dilemmas.form.choiceB'), { singleLine: true, required: true, max: 400 })}
        {text('bCost', t('dilemmas.form.costB'), { rows: 2, max: 400 })}
        {text('bValues', t('dilemmas.form.values'), { description: t('dilemmas.form.perLine') })}
      </fieldset>
      <fieldset className="vk-dl-fieldset">
        <legend>{t('dilemmas.view.perspectives')}</legend>
        {PERSPECTIVES.map((who) => (
          <PrivacyTextarea key={who} id={`dlf-p-${who}`} label={t(`dilemmas.perspective.${who}`)} guard={guards[`p-${who}`]} rows={2} maxLength={400} />
        ))}
      </fieldset>
      <Checks id="dlf-domain" legend={t('dilemmas.form.domains')} options={names.domains} picked={v.domains} onChange={(domains) => setV((o) => ({ ...o, domains }))} />
      <Checks id="dlf-rule" legend={t('dilemmas.form.rules')} options={names.rules} picked={v.rules} onChange={(rules) => setV((o) => ({ ...o, rules }))} />
      <Checks id="dlf-theme" legend={t('dilemmas.form.themes')} options={names.themes} picked={v.themes} onChange={(themes) => setV((o) => ({ ...o, themes }))} />
      {text('examples', t('dilemmas.view.examples'), { description: t('dilemmas.form.examplesHint') })}
      {text('questions', t('dilemmas.view.questions'), { description: t('dilemmas.form.perLine') })}
      {!!error && !isPrivacyProblem(error) && <ProblemAlert error={error} />}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{submitLabel}</Button>
      </div>
    </form>
  );
}
