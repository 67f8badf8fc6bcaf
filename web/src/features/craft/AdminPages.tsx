// For organisation admins: the picture's themes to edit (an intro and 4 to 8 statements; a new
// statement gets its key on the server, a removed one retires), and the national file to
// download. For the association's analysts: importing files and the view across organisations.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { privacyConfirmedOf, problemOnValue, usePrivacyGuard, type PrivacyGuard } from '../privacy/usePrivacyGuard';
import { craftApi, type Theme } from './api';
import { HiddenNotice, PartCountsCard, ThemeCountsCard } from './Parts';

interface Row { key?: string; text: string; id: number }

function GuardedField({ id, label, value, onChange, field, onGuard, singleLine }: {
  id: string; label: string; value: string; field: string; singleLine?: boolean;
  onChange: (v: string) => void; onGuard: (g: PrivacyGuard) => void;
}) {
  const guard = usePrivacyGuard(value, onChange, { field });
  useEffect(() => onGuard(guard));
  return <PrivacyTextarea id={id} label={label} guard={guard} singleLine={singleLine} rows={2} maxLength={singleLine ? 200 : 600} />;
}

function ThemeEditor({ theme }: { theme: Theme }) {
  const t = useT();
  const qc = useQueryClient();
  const [intro, setIntro] = useState(theme.intro);
  const next = useRef(theme.statements.length);
  const [rows, setRows] = useState<Row[]>(() => theme.statements.map((s, i) => ({ key: s.key, text: s.text, id: i })));
  const guards = useRef<Record<string, PrivacyGuard>>({});
  const save = useMutation({
    mutationFn: (confirmed: boolean) =>
      craftApi.editTheme(theme.key, { intro, statements: rows.map((r) => (r.key ? { key: r.key, text: r.text } : { text: r.text })) }, confirmed),
    onError: (e) => {
      guards.current.intro?.applyProblem(problemOnValue(e, 'intro', intro));
      rows.forEach((r, i) => guards.current[`s${r.id}`]?.applyProblem(problemOnValue(e, `statements[${i}].text`, r.text)));
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.craft.all() }),
  });
  return (
    <section className="vk-cr-theme" aria-labelledby={`cr-admin-${theme.key}`}>
      <Heading level={2} id={`cr-admin-${theme.key}`} className="vk-cr-theme__title">{theme.title}</Heading>
      <form noValidate onSubmit={async (e) => {
        e.preventDefault();
        const results = await Promise.all(Object.values(guards.current).map((g) => g.check()));
        if (results.some((r) => !r.canSave)) return;
        save.mutate(privacyConfirmedOf(...results));
      }}>
        <GuardedField id={`cr-intro-${theme.key}`} label={t('craft.admin.introField')} value={intro} field="intro"
          onChange={(v) => { setIntro(v); save.reset(); }} onGuard={(g) => { guards.current.intro = g; }} />
        {rows.map((r, i) => (
          <div key={r.id} className="vk-cr-admin-statement">
            <GuardedField id={`cr-st-${theme.key}-${r.id}`} label={t('craft.admin.statement', { n: i + 1 })} value={r.text}
              field={`statements[${i}].text`} singleLine
              onChange={(v) => { setRows((old) => old.map((x) => (x.id === r.id ? { ...x, text: v } : x))); save.reset(); }}
              onGuard={(g) => { guards.current[`s${r.id}`] = g; }} />
            <div>
              <Button type="button" appearance="subtle-button" disabled={rows.length <= 4}
                onClick={() => { delete guards.current[`s${r.id}`]; setRows((old) => old.filter((x) => x.id !== r.id)); }}>
                {t('craft.admin.remove', { n: i + 1 })}
              </Button>
            </div>
          </div>
        ))}
        <div className="vk-cr-toggles">
          <Button type="button" appearance="secondary-action-button" disabled={rows.length >= 8}
            onClick={() => setRows((old) => [...old, { text: '', id: next.current++ }])}>
            {t('craft.admin.add')}
          </Button>
          <Button type="submit" appearance="primary-action-button" busy={save.isPending}
            disabled={save.isPending || rows.length < 4 || rows.some((r) => !r.text.trim()) || !intro.trim()}>
            {t('craft.admin.save')}
          </Button>
        </div>
        <div aria-live="polite">{save.isSuccess && <SuccessNotice>{t('craft.admin.saved')}</SuccessNotice>}</div>
        <ProblemAlert error={save.error} />
      </form>
    </section>
  );
}

function ExportSection() {
  const t = useT();
  const file = useMutation({
    mutationFn: craftApi.exportFile,
    onSuccess: (data) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'beeld-van-het-vak.json';
      a.click();
      URL.revokeObjectURL(url);
    },
  });
  return (
    <section aria-labelledby="cr-export">
      <Heading level={2} id="cr-export">{t('craft.admin.exportTitle')}</Heading>
      <Paragraph>{t('craft.admin.exportIntro')}</Paragraph>
      <Button type="button" appearance="secondary-action-button" busy={file.isPending} onClick={() => file.mutate()}>
        {t('craft.admin.export')}
      </Button>
      <ProblemAlert error={file.error} />
    </section>
  );
}

export function CraftAdminPage() {
  const t = useT();
  const picture = useQuery({ queryKey: queryKeys.craft.picture(), queryFn: craftApi.picture });
  return (
    <>
      <PageHeading title={t('craft.admin.title')} />
      <Paragraph>{t('craft.admin.intro')}</Paragraph>
      <ExportSection />
      {picture.isPending && <Loading />}
      <ProblemAlert error={picture.error} />
      {picture.data?.themes.map((th) => <ThemeEditor key={th.key} theme={th} />)}
    </>
  );
}

export function NationalCraftPage() {
  const t = useT();
  const qc = useQueryClient();
  const view = useQuery({ queryKey: queryKeys.craft.national(), queryFn: craftApi.national, retry: false });
  const upload = useMutation({
    mutationFn: async (f: File) => craftApi.importFile(JSON.parse(await f.text())),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.craft.national() }),
  });
  const v = view.data;
  return (
    <>
      <PageHeading title={t('craft.national.title')} />
      <Paragraph>{t('craft.national.intro')}</Paragraph>
      {view.isPending && <Loading />}
      {view.isError && <Paragraph>{t('craft.national.onlyAnalysts')}</Paragraph>}
      {v && (
        <>
          <div className="vk-cr-line">
            <label htmlFor="cr-import">{t('craft.national.import')}</label>
            <input id="cr-import" type="file" accept="application/json,.json"
              onChange={(e: ChangeEvent<HTMLInputElement>) => { const f = e.target.files?.[0]; if (f) upload.mutate(f); }} />
          </div>
          <div aria-live="polite">
            {upload.data && <SuccessNotice>{t('craft.national.imported', { source: upload.data.source, count: upload.data.imported, left: upload.data.textsLeftOut })}</SuccessNotice>}
          </div>
          <ProblemAlert error={upload.error} />
          {!v.visible && <HiddenNotice count={v.organisations} min={v.minOrganisations} what="national" />}
          {v.visible && (
            <>
              <Paragraph>{t('craft.national.sources', { list: (v.sources ?? []).join(', ') })}</Paragraph>
              {(v.themes ?? []).map((th) => <ThemeCountsCard key={th.key} theme={th} />)}
              {(v.parts ?? []).map((p) => <PartCountsCard key={p.key} part={p} />)}
            </>
          )}
        </>
      )}
    </>
  );
}
