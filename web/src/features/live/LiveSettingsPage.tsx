// For organisation admins: the song link and the guideline in the organisation's words.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { GuidelineForm } from './GuidelineForm';
import { SongLinkForm } from './SongLinkForm';
import './live.css';

export function LiveSettingsPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('live.settingsTitle')} />
      <Paragraph>{t('live.settingsIntro')}</Paragraph>
      <Heading level={2}>{t('live.song')}</Heading>
      <SongLinkForm />
      <GuidelineForm />
    </>
  );
}
