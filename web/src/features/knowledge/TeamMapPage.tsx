// The team map: a heatmap table of aspects × colleagues with the level written in every cell,
// filterable by life domain; risks (nobody, only one), hidden expertise, and demand beside it.
import { Heading, Paragraph, Select, SelectOption, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { ScrollTable } from '../../components/ScrollTable';
import { useT } from '../../i18n/I18nProvider';
import { fetchCatalogue, fetchTeamMap, hiddenExpertise, mapLevel, memberDomains } from './api';
import { PartnersSection } from './PartnersSection';
import './knowledge.css';

export function TeamMapPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const [domain, setDomain] = useState('');
  const [days, setDays] = useState(90);
  const catalogue = useQuery({ queryKey: queryKeys.knowledge.catalogue(), queryFn: fetchCatalogue });
  const map = useQuery({ queryKey: queryKeys.knowledge.map(teamId, domain, days), queryFn: () => fetchTeamMap(teamId, domain, days) });
  const nobody = map.data?.aspects.filter((a) => a.nobody) ?? [];
  const single = map.data?.aspects.filter((a) => a.single) ?? [];
  const hidden = map.data ? hiddenExpertise(map.data) : [];
  return (
    <>
      <PageHeading title={t('knowledge.map.title')} />
      <Paragraph>{t('knowledge.map.intro')}</Paragraph>
      <div className="vk-kn-form">
        <div>
          <label htmlFor="map-domain">{t('knowledge.map.domain')}</label>{' '}
          <Select id="map-domain" value={domain} onChange={(e) => setDomain(e.target.value)}>
            <SelectOption value="">{t('knowledge.map.allDomains')}</SelectOption>
            {(catalogue.data?.domains ?? []).map((d) => (
              <SelectOption key={d.id} value={d.id}>
                {d.name}
              </SelectOption>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="map-days">{t('knowledge.map.period')}</label>{' '}
          <Select id="map-days" value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
            {[30, 90, 180, 365].map((d) => (
              <SelectOption key={d} value={String(d)}>
                {t('knowledge.map.days', { days: d })}
              </SelectOption>
            ))}
          </Select>
        </div>
      </div>
      {map.isPending && <Loading />}
      <ProblemAlert error={map.error} />
      {map.data && (
        <>
          <ScrollTable id="kn-heatmap" caption={t('knowledge.map.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('knowledge.map.aspect')}</TableHeaderCell>
                {map.data.members.map((m) => (
                  <TableHeaderCell key={m.userId} scope="col">
                    {m.name}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell scope="col">{t('knowledge.map.coverage')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.map.demand')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {map.data.aspects.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">{a.name}</TableHeaderCell>
                  {Array.from(a.levels, (digit, i) => {
                    const l = mapLevel(map.data, digit);
                    return (
                      <TableCell key={i} className={`vk-kn-cell vk-kn-cell--${l}`}>
                        {t(`knowledge.level.${l}`)}
                      </TableCell>
                    );
                  })}
                  <TableCell className={a.nobody || a.single ? 'vk-kn-risk' : undefined}>
                    {a.nobody ? t('knowledge.map.nobody') : a.single ? t('knowledge.map.single') : t('knowledge.map.covered', { count: a.covered })}
                  </TableCell>
                  <TableCell>{a.demand}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
          <ScrollTable id="kn-tshape" caption={t('knowledge.map.tShape')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('knowledge.map.colleague')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.map.breadth')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.map.depth')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {map.data.members.map((m) => (
                <TableRow key={m.userId}>
                  <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                  <TableCell>{t('knowledge.map.breadthValue', { count: m.tShape.competences, total: map.data.competencesTotal })}</TableCell>
                  <TableCell>
                    {memberDomains(map.data, m)
                      .filter((d) => d.covered > 0)
                      .map((d) => `${catalogue.data?.domains.find((x) => x.id === d.domainId)?.name ?? d.domainId} (${d.covered}, ${t(`knowledge.level.${d.top}`)})`)
                      .join(', ') || t('common.none')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
          <section aria-labelledby="kn-risks">
            <Heading level={2} id="kn-risks">
              {t('knowledge.map.risks')}
            </Heading>
            <Heading level={3}>{t('knowledge.map.nobodyHeading', { count: nobody.length })}</Heading>
            <Paragraph>{nobody.map((a) => a.name).join(', ') || t('common.none')}</Paragraph>
            <Heading level={3}>{t('knowledge.map.singleHeading', { count: single.length })}</Heading>
            <Paragraph>{single.map((a) => a.name).join(', ') || t('common.none')}</Paragraph>
            <Heading level={3}>{t('knowledge.map.hidden')}</Heading>
            {hidden.length === 0 ? (
              <Paragraph>{t('common.none')}</Paragraph>
            ) : (
              <ul>
                {hidden.map((h) => (
                  <li key={`${h.member.userId}-${h.aspect.id}`}>{t('knowledge.map.hiddenItem', { name: h.member.name, aspect: h.aspect.name })}</li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <PartnersSection teamId={teamId} />
    </>
  );
}
