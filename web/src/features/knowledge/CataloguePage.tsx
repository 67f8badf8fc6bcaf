// Organisation admins shape their catalogue: add a local aspect (a municipal arrangement, a local
// service) with the words residents and colleagues use for it, rename an aspect or give it the
// organisation's own words (both take part in recognising help questions), retire an aspect, and
// link a source (web page or e-learning).
import { Button, Heading, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { addAspect, addSource, fetchCatalogue, patchAspect, splitTerms } from './api';
import './knowledge.css';

export function CataloguePage() {
  const t = useT();
  const qc = useQueryClient();
  const catalogue = useQuery({ queryKey: queryKeys.knowledge.catalogue(), queryFn: fetchCatalogue });
  const [notice, setNotice] = useState<string | null>(null);
  const [domainId, setDomainId] = useState('');
  const [name, setName] = useState('');
  const [terms, setTerms] = useState('');
  const [aspectId, setAspectId] = useState('');
  const [rename, setRename] = useState('');
  const [ownTerms, setOwnTerms] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState('web');
  const done = (message: string) => {
    void qc.invalidateQueries({ queryKey: queryKeys.knowledge.catalogue() });
    setNotice(message);
  };
  const add = useMutation({ mutationFn: () => addAspect({ domainId, name, kind: 'specifiek', description: '', terms: splitTerms(terms) }), onSuccess: (a) => { setName(''); setTerms(''); done(t('knowledge.catalogue.added', { name: a.name })); } });
  const change = useMutation({ mutationFn: (body: { name?: string; terms?: string[]; retired?: boolean }) => patchAspect(aspectId, body), onSuccess: (a) => done(t('knowledge.catalogue.changed', { name: a.name })) });
  const source = useMutation({ mutationFn: () => addSource(aspectId, { kind, title, url }), onSuccess: () => { setTitle(''); setUrl(''); done(t('knowledge.catalogue.sourceAdded')); } });
  if (catalogue.isPending) return <Loading />;
  if (catalogue.isError) return <ProblemAlert error={catalogue.error} />;
  const aspects = catalogue.data.domains.flatMap((d) => d.aspects.map((a) => ({ ...a, domainName: d.name })));
  const selected = aspects.find((a) => a.id === aspectId);
  return (
    <>
      <PageHeading title={t('knowledge.catalogue.title')} />
      <Paragraph>{t('knowledge.catalogue.intro')}</Paragraph>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <ProblemAlert error={add.error ?? change.error ?? source.error} />
      <section aria-labelledby="kn-cat-add">
        <Heading level={2} id="kn-cat-add">{t('knowledge.catalogue.addTitle')}</Heading>
        <form className="vk-kn-form" onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
          <div>
            <label htmlFor="cat-domain">{t('knowledge.map.domain')}</label>
            <Select id="cat-domain" value={domainId} onChange={(e) => setDomainId(e.target.value)} required>
              <SelectOption value="">{t('knowledge.catalogue.chooseDomain')}</SelectOption>
              {catalogue.data.domains.map((d) => <SelectOption key={d.id} value={d.id}>{d.name}</SelectOption>)}
            </Select>
          </div>
          <div>
            <label htmlFor="cat-name">{t('knowledge.catalogue.name')}</label>
            <Textbox id="cat-name" value={name} onChange={(e) => setName(e.target.value)} required />
          </div>
          <div>
            <label htmlFor="cat-terms">{t('knowledge.catalogue.terms')}</label>
            <p id="cat-terms-hint" className="vk-hint">{t('knowledge.catalogue.termsHint')}</p>
            <Textbox id="cat-terms" value={terms} onChange={(e) => setTerms(e.target.value)} aria-describedby="cat-terms-hint" />
          </div>
          <div><Button type="submit" appearance="primary-action-button" busy={add.isPending}>{t('knowledge.catalogue.add')}</Button></div>
        </form>
      </section>
      <section aria-labelledby="kn-cat-edit">
        <Heading level={2} id="kn-cat-edit">{t('knowledge.catalogue.editTitle')}</Heading>
        <form className="vk-kn-form" onSubmit={(e) => { e.preventDefault(); change.mutate({ name: rename, terms: splitTerms(ownTerms) }); }}>
          <div>
            <label htmlFor="cat-aspect">{t('knowledge.map.aspect')}</label>
            <Select id="cat-aspect" value={aspectId} onChange={(e) => { const a = aspects.find((x) => x.id === e.target.value); setAspectId(e.target.value); setRename(a?.name ?? ''); setOwnTerms(a?.terms.join(', ') ?? ''); }} required>
              <SelectOption value="">{t('knowledge.partners.choose')}</SelectOption>
              {aspects.map((a) => (
                <SelectOption key={a.id} value={a.id}>
                  {a.domainName}: {a.name}{a.retired ? ` (${t('knowledge.catalogue.retired')})` : ''}
                </SelectOption>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="cat-rename">{t('knowledge.catalogue.newName')}</label>
            <Textbox id="cat-rename" value={rename} onChange={(e) => setRename(e.target.value)} required />
          </div>
          <div>
            <label htmlFor="cat-own-terms">{t('knowledge.catalogue.newTerms')}</label>
            <p id="cat-own-terms-hint" className="vk-hint">{t('knowledge.catalogue.termsHint')}</p>
            <Textbox id="cat-own-terms" value={ownTerms} onChange={(e) => setOwnTerms(e.target.value)} aria-describedby="cat-own-terms-hint" />
          </div>
          <div>
            <Button type="submit" appearance="secondary-action-button" disabled={!aspectId} busy={change.isPending}>{t('knowledge.catalogue.save')}</Button>{' '}
            <Button appearance="subtle-button" disabled={!aspectId} onClick={() => change.mutate({ retired: !selected?.retired })}>
              {selected?.retired ? t('knowledge.catalogue.reinstate') : t('knowledge.catalogue.retire')}
            </Button>
          </div>
        </form>
        <form className="vk-kn-form" onSubmit={(e) => { e.preventDefault(); source.mutate(); }}>
          <Heading level={3}>{t('knowledge.catalogue.sourceTitle')}</Heading>
          {selected && selected.sources.length > 0 && (
            <ul>{selected.sources.map((s) => <li key={s.id}><a href={s.url}>{s.title}</a> ({s.kind})</li>)}</ul>
          )}
          <div>
            <label htmlFor="cat-source-kind">{t('knowledge.catalogue.sourceKind')}</label>
            <Select id="cat-source-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <SelectOption value="web">{t('knowledge.catalogue.kind.web')}</SelectOption>
              <SelectOption value="elearning">{t('knowledge.catalogue.kind.elearning')}</SelectOption>
            </Select>
          </div>
          <div>
            <label htmlFor="cat-source-title">{t('knowledge.catalogue.sourceName')}</label>
            <Textbox id="cat-source-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
          </div>
          <div>
            <label htmlFor="cat-source-url">{t('knowledge.catalogue.sourceUrl')}</label>
            <Textbox id="cat-source-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />
          </div>
          <div><Button type="submit" appearance="secondary-action-button" disabled={!aspectId} busy={source.isPending}>{t('knowledge.catalogue.addSource')}</Button></div>
        </form>
      </section>
    </>
  );
}
