// Your knowledge profile: per competence and per aspect (grouped by life domain) a level and
// "wil ik leren". Native selects and checkboxes, so it works by keyboard and on a phone.
import { Button, Checkbox, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { fetchCatalogue, fetchProfile, LEVELS, saveProfile, type Level, type ProfileItem } from './api';
import './knowledge.css';

type Draft = Record<string, { level: Level; wantsToLearn: boolean }>;

function Row({ id, name, description, value, onChange }: { id: string; name: string; description?: string; value: { level: Level; wantsToLearn: boolean }; onChange: (v: { level: Level; wantsToLearn: boolean }) => void }) {
  const t = useT();
  return (
    <div className="vk-kn-row">
      <label htmlFor={`level-${id}`} title={description}>
        {name}
      </label>
      <Select id={`level-${id}`} value={value.level} onChange={(e) => onChange({ ...value, level: e.target.value as Level })}>
        {LEVELS.map((l) => (
          <SelectOption key={l} value={l}>
            {t(`knowledge.level.${l}`)}
          </SelectOption>
        ))}
      </Select>
      <span>
        <Checkbox id={`wish-${id}`} checked={value.wantsToLearn} onChange={(e) => onChange({ ...value, wantsToLearn: e.target.checked })} />{' '}
        <label htmlFor={`wish-${id}`}>
          {t('knowledge.profile.wish')}
          <span className="vk-visually-hidden">: {name}</span>
        </label>
      </span>
    </div>
  );
}

export function ProfilePage() {
  const t = useT();
  const qc = useQueryClient();
  const catalogue = useQuery({ queryKey: queryKeys.knowledge.catalogue(), queryFn: fetchCatalogue });
  const profile = useQuery({ queryKey: queryKeys.knowledge.profile(), queryFn: fetchProfile });
  const [draft, setDraft] = useState<Draft>({});
  const [changed, setChanged] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!profile.data) return;
    const d: Draft = {};
    for (const p of profile.data) d[p.id] = { level: p.level, wantsToLearn: p.wantsToLearn };
    setDraft(d);
  }, [profile.data]);
  const save = useMutation({
    mutationFn: () => saveProfile([...changed].map((id): ProfileItem => ({ id, ...(draft[id] ?? { level: 'geen', wantsToLearn: false }) }))),
    onSuccess: (items) => {
      qc.setQueryData(queryKeys.knowledge.profile(), items);
      setChanged(new Set());
      setSaved(true);
    },
  });
  if (catalogue.isPending || profile.isPending) return <Loading />;
  if (catalogue.isError || profile.isError) return <ProblemAlert error={catalogue.error ?? profile.error} />;
  const value = (id: string) => draft[id] ?? { level: 'geen' as Level, wantsToLearn: false };
  const set = (id: string) => (v: { level: Level; wantsToLearn: boolean }) => {
    setDraft((d) => ({ ...d, [id]: v }));
    setChanged((c) => new Set(c).add(id));
    setSaved(false);
  };
  return (
    <>
      <PageHeading title={t('knowledge.profile.title')} />
      <Paragraph>{t('knowledge.profile.intro')}</Paragraph>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <section className="vk-kn-domain" aria-labelledby="kn-competences">
          <Heading level={2} id="kn-competences">
            {t('knowledge.profile.competences')}
          </Heading>
          {catalogue.data.competences.map((c) => (
            <Row key={c.id} id={c.id} name={c.name} description={c.description} value={value(c.id)} onChange={set(c.id)} />
          ))}
        </section>
        {catalogue.data.domains.map((d) => (
          <details key={d.id} className="vk-kn-domain">
            <summary>
              <Heading level={2} id={`kn-${d.id}`} style={{ display: 'inline' }}>
                {d.name}
              </Heading>
            </summary>
            {d.aspects
              .filter((a) => !a.retired)
              .map((a) => (
                <Row key={a.id} id={a.id} name={a.name} description={a.description} value={value(a.id)} onChange={set(a.id)} />
              ))}
          </details>
        ))}
        <ProblemAlert error={save.error} />
        {saved && <SuccessNotice>{t('knowledge.profile.saved')}</SuccessNotice>}
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('knowledge.profile.save')}
        </Button>
      </form>
    </>
  );
}
