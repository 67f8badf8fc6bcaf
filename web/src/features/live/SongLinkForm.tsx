// The organisation's link to the song (Vakkompas ships no song): shown on the screens of
// a session at the opening and the closing.
import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { TextField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { liveApi } from './api';

export function SongLinkForm() {
  const t = useT();
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: queryKeys.live.settings(), queryFn: liveApi.settings });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (settings.data && url === null) setUrl(settings.data.songUrl);
  }, [settings.data, url]);
  const save = useMutation({
    mutationFn: () => liveApi.setSongUrl(url ?? ''),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.live.settings() }),
  });
  const error = isApiError(save.error) ? save.error.fieldErrors.songUrl : undefined;
  return (
    <form noValidate onSubmit={(e) => {
      e.preventDefault();
      save.mutate();
    }}>
      <TextField id="live-song-url" type="url" label={t('live.songUrl')} description={t('live.songUrlHelp')}
        value={url ?? ''} onChange={setUrl} error={error} />
      <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
        {t('live.saveSongUrl')}
      </Button>
      {save.isSuccess && <SuccessNotice>{t('live.songUrlSaved')}</SuccessNotice>}
      <ProblemAlert error={save.error} />
    </form>
  );
}
