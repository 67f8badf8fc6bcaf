// The organisation's codebook (admin): the 7 themes of the craft in its own words, the
// words the text engine suggests them by, and sub-themes to add, retire or delete.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { SelectField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { CodeForm } from './CodeForm';
import { ConfirmButton } from './ConfirmButton';
import { interviewsApi, type CraftTheme, type Subtheme } from './api';
import './interviews.css';

function SubthemeRow({ theme, s, onEdit }: { theme: CraftTheme; s: Subtheme; onEdit: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: queryKeys.interviews.themes() });
  const toggle = useMutation({
    mutationFn: () => interviewsApi.putSubtheme(theme.key, s.id, { title: s.title, description: s.description, keywords: s.keywords, retired: !s.retired }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: () => interviewsApi.deleteSubtheme(theme.key, s.id), onSuccess: refresh });
  return (
    <tr>
      <th scope="row">{s.title}</th>
      <td>{s.keywords.join(', ') || t('common.none')}</td>
      <td>{s.retired ? t('codebook.sub.retired') : t('codebook.sub.active')}</td>
      <td>{s.confirmedCount}</td>
      <td>
        <div className="vk-iv-actions">
          <Button type="button" appearance="subtle-button" aria-label={t('codebook.sub.editLabel', { title: s.title })} onClick={onEdit}>
            {t('codebook.sub.edit')}
          </Button>
          <Button type="button" appearance="subtle-button" busy={toggle.isPending} onClick={() => toggle.mutate()}
            aria-label={t(s.retired ? 'codebook.sub.reuseLabel' : 'codebook.sub.retireLabel', { title: s.title })}>
            {s.retired ? t('codebook.sub.reuse') : t('codebook.sub.retire')}
          </Button>
          {s.confirmedCount === 0 && (
            <ConfirmButton label={t('codebook.sub.delete')} question={t('codebook.sub.deleteQuestion', { title: s.title })}
              busy={remove.isPending} onConfirm={() => remove.mutate()} />
          )}
        </div>
        <ProblemAlert error={toggle.error ?? remove.error} />
      </td>
    </tr>
  );
}

function ThemeEditor({ theme }: { theme: CraftTheme }) {
  const t = useT();
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: queryKeys.interviews.themes() });
  const [editing, setEditing] = useState<number | null>(null);
  const editSub = theme.subthemes.find((s) => s.id === editing);
  return (
    <>
      <section aria-labelledby="cb-theme">
        <Heading level={2} id="cb-theme">{t('codebook.theme.title', { title: theme.title })}</Heading>
        <CodeForm key={theme.key} prefix="theme" initial={theme} submitLabel={t('codebook.theme.save')} savedText={t('codebook.saved')}
          onSave={(body) => interviewsApi.putTheme(theme.key, body)} onDone={refresh} />
      </section>
      <section aria-labelledby="cb-subs">
        <Heading level={2} id="cb-subs">{t('codebook.sub.title', { title: theme.title })}</Heading>
        <Paragraph>{t('codebook.sub.intro')}</Paragraph>
        <ScrollTable id="cb-subs-table" caption={t('codebook.sub.title', { title: theme.title })} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('codebook.field.title')}</th>
              <th scope="col">{t('codebook.field.keywords')}</th>
              <th scope="col">{t('codebook.col.state')}</th>
              <th scope="col">{t('codebook.col.confirmed')}</th>
              <th scope="col">{t('decks.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {theme.subthemes.map((s) => <SubthemeRow key={s.id} theme={theme} s={s} onEdit={() => setEditing(s.id)} />)}
          </tbody>
        </ScrollTable>
      </section>
      {editSub && (
        <section aria-labelledby="cb-sub-edit">
          <Heading level={3} id="cb-sub-edit">{t('codebook.sub.editTitle', { title: editSub.title })}</Heading>
          <CodeForm key={editSub.id} prefix="sub-edit" initial={editSub} submitLabel={t('codebook.sub.save')} savedText={t('codebook.saved')}
            onSave={(body) => interviewsApi.putSubtheme(theme.key, editSub.id, { ...body, retired: editSub.retired })}
            onDone={() => { setEditing(null); refresh(); }} />
          <Button type="button" appearance="subtle-button" onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
        </section>
      )}
      <section aria-labelledby="cb-sub-add">
        <Heading level={3} id="cb-sub-add">{t('codebook.sub.addTitle')}</Heading>
        <CodeForm key={`add-${theme.key}`} prefix="sub-new" submitLabel={t('codebook.sub.add')} savedText={t('codebook.sub.added')} resetAfter
          onSave={(body) => interviewsApi.addSubtheme(theme.key, body)} onDone={refresh} />
      </section>
    </>
  );
}

export function CodebookPage() {
  const t = useT();
  const themes = useQuery({ queryKey: queryKeys.interviews.themes(), queryFn: interviewsApi.themes });
  const [key, setKey] = useState('');
  const list = themes.data?.items ?? [];
  const theme = list.find((x) => x.key === key) ?? list[0];
  return (
    <>
      <PageHeading title={t('codebook.title')} />
      <Paragraph>{t('codebook.intro')}</Paragraph>
      <Paragraph><RouterLink to="/vakgesprekken">{t('interviews.back')}</RouterLink></Paragraph>
      {themes.isPending && <Loading />}
      <ProblemAlert error={themes.error} />
      {theme && (
        <>
          <SelectField id="cb-pick" label={t('codebook.pick')} value={theme.key} onChange={setKey}
            options={list.map((x) => ({ value: x.key, label: x.title }))} />
          <ThemeEditor key={theme.key} theme={theme} />
        </>
      )}
    </>
  );
}
