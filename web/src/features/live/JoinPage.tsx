// Guests (a partner, an outside facilitator) join with the code or QR code: no account,
// only this session. A phone that was in the session with this code before (the tab closed,
// the link opened again) is offered "Je was even weg — opnieuw meedoen" under the same name,
// so its own thoughts are its own again; joining under another name stays possible.
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { guestByCode, liveApi, markHereInThisTab, saveGuest } from './api';

export function JoinPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState(false);  // "onder een andere naam": the form after all
  const earlier = fresh ? null : guestByCode(params.get('code') ?? '');
  const join = useMutation({
    mutationFn: () => liveApi.join(code, name),
    onSuccess: (r) => {
      saveGuest(r.sessionId, r.guestToken, r.name, code);
      markHereInThisTab(r.sessionId);
      navigate(`/live/gast/${r.sessionId}`);
    },
  });
  if (earlier) {
    return (
      <div className="vk-live vk-live--phone vk-live-away">
        <PageHeading title={t('live.away.title')} />
        <Paragraph>{earlier.name ? t('live.away.textNamed', { name: earlier.name }) : t('live.away.text')}</Paragraph>
        <Paragraph>
          <Button appearance="primary-action-button" onClick={() => {
            markHereInThisTab(earlier.sessionId);
            navigate(`/live/gast/${earlier.sessionId}`);
          }}>{t('live.away.rejoin')}</Button>
        </Paragraph>
        <Paragraph>
          <Button appearance="subtle-button" onClick={() => setFresh(true)}>{t('live.away.otherName')}</Button>
        </Paragraph>
      </div>
    );
  }
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
