// The team's external partners per knowledge aspect (organisation and role; never residents'
// data): listed, added and removed on the team map page.
import { Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { ProblemAlert } from '../../components/Feedback';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { privacyBody, privacyConfirmedOf, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { addPartner, fetchCatalogue, fetchPartners, removePartner } from './api';

export function PartnersSection({ teamId }: { teamId: number }) {
  const t = useT();
  const qc = useQueryClient();
  const catalogue = useQuery({ queryKey: queryKeys.knowledge.catalogue(), queryFn: fetchCatalogue });
  const partners = useQuery({ queryKey: queryKeys.knowledge.partners(teamId), queryFn: () => fetchPartners(teamId) });
  const [aspectId, setAspectId] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const orgGuard = usePrivacyGuard(organisation, setOrganisation, { field: 'organisation' });
  const roleGuard = usePrivacyGuard(role, setRole, { field: 'role' });
  const refresh = () => qc.invalidateQueries({ queryKey: queryKeys.knowledge.partners(teamId) });
  const add = useMutation({
    mutationFn: (confirmed: boolean) => addPartner(teamId, { aspectId, organisation, role, ...privacyBody(confirmed) }),
    onSuccess: () => {
      setOrganisation('');
      setRole('');
      void refresh();
    },
    onError: (e) => {
      orgGuard.applyProblem(e);
      roleGuard.applyProblem(e);
    },
  });
  const privacy = isApiError(add.error) && add.error.status === 422 && Array.isArray(add.error.problem.findings);
  const remove = useMutation({ mutationFn: (id: number) => removePartner(teamId, id), onSuccess: () => void refresh() });
  const aspects = (catalogue.data?.domains ?? []).flatMap((d) => d.aspects.filter((a) => !a.retired));
  const nameOf = (id: string) => aspects.find((a) => a.id === id)?.name ?? id;
  return (
    <section aria-labelledby="kn-partners">
      <Heading level={2} id="kn-partners">
        {t('knowledge.partners.title')}
      </Heading>
      <Paragraph>{t('knowledge.partners.intro')}</Paragraph>
      {(partners.data ?? []).length === 0 ? (
        <Paragraph>{t('knowledge.partners.none')}</Paragraph>
      ) : (
        <ul>
          {(partners.data ?? []).map((p) => (
            <li key={p.id}>
              {nameOf(p.aspectId)}: {p.organisation} ({p.role}){' '}
              <Button appearance="subtle-button" onClick={() => remove.mutate(p.id)} aria-label={t('knowledge.partners.removeOf', { organisation: p.organisation })}>
                {t('knowledge.partners.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="vk-kn-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const [a, b] = [await orgGuard.check(), await roleGuard.check()];
          if (a.canSave && b.canSave) add.mutate(privacyConfirmedOf(a, b));
        }}
      >
        <div>
          <label htmlFor="partner-aspect">{t('knowledge.map.aspect')}</label>
          <Select id="partner-aspect" value={aspectId} onChange={(e) => setAspectId(e.target.value)} required>
            <SelectOption value="">{t('knowledge.partners.choose')}</SelectOption>
            {aspects.map((a) => (
              <SelectOption key={a.id} value={a.id}>
                {a.name}
              </SelectOption>
            ))}
          </Select>
        </div>
        <PrivacyTextarea id="partner-organisation" label={t('knowledge.partners.organisation')} guard={orgGuard} singleLine required maxLength={200} />
        <PrivacyTextarea id="partner-role" label={t('knowledge.partners.role')} guard={roleGuard} singleLine required maxLength={200} />
        <ProblemAlert error={privacy ? remove.error : (add.error ?? remove.error)} />
        <div>
          <Button type="submit" appearance="secondary-action-button" busy={add.isPending} disabled={add.isPending}>
            {t('knowledge.partners.add')}
          </Button>
        </div>
      </form>
    </section>
  );
}
