// Guests (a partner, an outside facilitator) join with the code or QR code: no account,
// only this session.
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { liveApi, saveGuest } from './api';

export function JoinPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [name, setName] = useState('');
  const join = useMutation({
    mutationFn: () => liveApi.join(code, name),
    onSuccess: (r) => {
      saveGuest(r.sessionId, r.guestToken);
      navigate(`/live/gast/${r.sessionId}`);
    },
  });
  return (
    <>
      <PageHeading title={t('live.joinTitle')} />
      <Paragraph>{t('live.joinIntro')}</Paragraph>
      <form onSubmit={(e) => {
        e.preventDefault();
        join.mutate();
      }}>
        <TextField id="join-code" label={t('live.code')} value={code} onChange={setCode} required autoComplete="off" />
        <TextField id="join-name" label={t('live.yourName')} value={name} onChange={setName} required autoComplete="given-name" />
        <Button appearance="primary-action-button" type="submit" busy={join.isPending} disabled={join.isPending}>{t('live.join')}</Button>
        <ProblemAlert error={join.error} />
      </form>
    </>
  );
}
