// The asker confirms or corrects what Vakkompas recognised in a help question: life domains,
// knowledge aspects (remove one, add one from the catalogue) and target groups. What they send is
// stored as anonymous tags and teaches the organisation's recognition; the advice is refreshed.
import { Button, Checkbox, Select, SelectOption } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queries';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { useT } from '../../i18n/I18nProvider';
import { confirmTags, fetchQuestion, type Advice, type Catalogue } from './api';

function toggle(set: Set<string>, id: string, on: boolean) {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

function TagBox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div>
      <Checkbox id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function RecognitionForm({ teamId, advice, catalogue, onUpdated }: { teamId: number; advice: Advice; catalogue: Catalogue; onUpdated: (a: Advice) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [domains, setDomains] = useState(() => new Set(advice.recognised.domains.map((d) => d.id)));
  const [groups, setGroups] = useState(() => new Set(advice.recognised.groups.map((g) => g.id)));
  // Aspects: the recognised ones (and those added) stay listed, so an unticked one can be ticked again.
  const [listed, setListed] = useState(() => advice.recognised.aspects.map((a) => a.id));
  const [aspects, setAspects] = useState(() => new Set(listed));
  const [toAdd, setToAdd] = useState('');
  const all = catalogue.domains.flatMap((d) => d.aspects.filter((a) => !a.retired).map((a) => ({ ...a, domainName: d.name })));
  const aspectLabel = (id: string) => {
    const a = all.find((x) => x.id === id);
    return a ? `${a.name} (${a.domainName})` : (advice.needed.find((n) => n.id === id)?.name ?? id);
  };
  const confirm = useMutation({
    mutationFn: async () => {
      await confirmTags(teamId, advice.id, { domains: [...domains], aspects: [...aspects], groups: [...groups] });
      return fetchQuestion(teamId, advice.id);
    },
    onSuccess: (updated) => {
      void qc.invalidateQueries({ queryKey: queryKeys.knowledge.myQuestions() });
      qc.setQueryData(queryKeys.knowledge.question(teamId, advice.id), updated);
      onUpdated(updated);
    },
  });
  const addAspect = () => {
    if (!toAdd) return;
    if (!listed.includes(toAdd)) setListed([...listed, toAdd]);
    setAspects(toggle(aspects, toAdd, true));
    setToAdd('');
  };
  return (
    <form
      className="vk-kn-form"
      onSubmit={(e) => {
        e.preventDefault();
        confirm.mutate();
      }}
    >
      <fieldset>
        <legend>{t('knowledge.ask.confirmLegend')}</legend>
        {catalogue.domains.map((d) => (
          <TagBox key={d.id} id={`tag-domain-${d.id}`} label={d.name} checked={domains.has(d.id)} onChange={(on) => setDomains(toggle(domains, d.id, on))} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('knowledge.ask.aspectsLegend')}</legend>
        {listed.length === 0 && <p>{t('knowledge.ask.nothingNeeded')}</p>}
        {listed.map((id) => (
          <TagBox key={id} id={`tag-aspect-${id}`} label={aspectLabel(id)} checked={aspects.has(id)} onChange={(on) => setAspects(toggle(aspects, id, on))} />
        ))}
        <div className="vk-kn-add">
          <label htmlFor="tag-aspect-add">{t('knowledge.ask.addAspect')}</label>
          <Select id="tag-aspect-add" value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
            <SelectOption value="">{t('knowledge.partners.choose')}</SelectOption>
            {all
              .filter((a) => !listed.includes(a.id))
              .map((a) => (
                <SelectOption key={a.id} value={a.id}>
                  {a.domainName}: {a.name}
                </SelectOption>
              ))}
          </Select>
          <Button type="button" appearance="subtle-button" disabled={!toAdd} onClick={addAspect}>
            {t('knowledge.ask.addAspectButton')}
          </Button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('knowledge.ask.groupsLegend')}</legend>
        {catalogue.groups.map((g) => (
          <TagBox key={g.id} id={`tag-group-${g.id}`} label={g.name} checked={groups.has(g.id)} onChange={(on) => setGroups(toggle(groups, g.id, on))} />
        ))}
      </fieldset>
      <ProblemAlert error={confirm.error} />
      {confirm.isSuccess && <SuccessNotice>{t('knowledge.ask.confirmed')}</SuccessNotice>}
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={confirm.isPending} disabled={confirm.isPending}>
          {t('knowledge.ask.confirm')}
        </Button>
      </div>
    </form>
  );
}
