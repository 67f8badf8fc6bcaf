// On the members page, for the organisation's admins: whether team leads must have a second
// log-in step (the organisation's choice), and what the server requires of admins and analysts
// (its setting; off in the demo, and then this says so).
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchOrganisationSecondFactor, setOrganisationSecondFactor } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import type { OrganisationSecondFactor } from '../../api/types';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { CheckboxField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';

function Form({ policy }: { policy: OrganisationSecondFactor }) {
  const t = useT();
  const qc = useQueryClient();
  const [leads, setLeads] = useState(policy.requiredForTeamLeads);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => setOrganisationSecondFactor({ requiredForTeamLeads: leads }),
    onSuccess: (p) => {
      qc.setQueryData(queryKeys.organisationSecondFactor(), p);
      void qc.invalidateQueries({ queryKey: queryKeys.secondFactor() });
      setSaved(true);
    },
  });
  return (
    <form noValidate className="vk-form" onSubmit={(e) => { e.preventDefault(); setSaved(false); save.mutate(); }}>
      <ProblemAlert error={save.error} />
      {saved && <SuccessNotice>{t('mfa.org.saved')}</SuccessNotice>}
      <CheckboxField id="mfa-org-leads" label={t('mfa.org.leads')} description={t('mfa.org.leadsHint')} checked={leads}
        onChange={(v) => { setSaved(false); setLeads(v); }} />
      <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
        {t('mfa.org.save')}
      </Button>
    </form>
  );
}

export function OrganisationSecondFactorSection() {
  const t = useT();
  const policy = useQuery({ queryKey: queryKeys.organisationSecondFactor(), queryFn: fetchOrganisationSecondFactor });
  return (
    <section aria-labelledby="mfa-org-heading" className="vk-section" id="tweede-stap-organisatie">
      <Heading level={2} id="mfa-org-heading">
        {t('mfa.org.title')}
      </Heading>
      {policy.isPending && <Loading />}
      <ProblemAlert error={policy.error} />
      {policy.data && (
        <>
          <Paragraph className="vk-hint" data-testid="mfa-org-admins">
            {policy.data.requiredForAdmins ? t('mfa.org.admins') : t('mfa.org.demo')}
          </Paragraph>
          <Form policy={policy.data} />
        </>
      )}
    </section>
  );
}
