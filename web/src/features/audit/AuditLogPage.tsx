// Organisation admins read the audit log: who viewed, changed or exported what (never the content).
import { ButtonLink, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { fetchMembers } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { ScrollTable } from '../../components/ScrollTable';
import { useT } from '../../i18n/I18nProvider';
import { auditActionLabel, KNOWN_ACTIONS } from './actions';
import { auditObjectLabel } from './objects';
import { auditCsvUrl, fetchAuditLog } from '../privacy/avg';
import '../privacy/avg.css';
import { useDates } from '../../i18n/dates';
import { SecondFactorAdminNotice } from '../account/SecondFactorSection';

export function AuditLogPage() {
  const t = useT();
  const log = useQuery({ queryKey: queryKeys.auditLog(), queryFn: fetchAuditLog });
  const members = useQuery({ queryKey: queryKeys.members(), queryFn: fetchMembers });
  const names = new Map((members.data ?? []).map((m) => [m.id, m.name]));
  const dates = useDates();
  const who = (id: number | null) => {
    if (id === null) return t('audit.who.system');
    return names.get(id) ?? t('audit.who.erased', { id });
  };
  return (
    <>
      <PageHeading title={t('audit.title')} />
      <SecondFactorAdminNotice />
      <Paragraph>{t('audit.intro')}</Paragraph>
      <Paragraph>
        <ButtonLink href={auditCsvUrl} download="vakkompas-auditlog.csv" appearance="secondary-action-button">
          {t('audit.csv')}
        </ButtonLink>
      </Paragraph>
      {log.isPending && <Loading />}
      <ProblemAlert error={log.error} />
      {log.data && (log.data.length === 0 ? (
        <Paragraph>{t('audit.empty')}</Paragraph>
      ) : (
        <ScrollTable id="audit-log" caption={t('audit.caption', { count: log.data.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('audit.col.at')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('audit.col.who')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('audit.col.action')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('audit.col.object')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {log.data.map((e) => (
              <TableRow key={e.id}>
                <TableCell>
                  <time dateTime={e.at}>{dates.dateTime(e.at)}</time>
                </TableCell>
                <TableCell>{who(e.userId)}</TableCell>
                <TableCell>
                  {auditActionLabel(e.action, t)}
                  {KNOWN_ACTIONS.has(e.action) && (
                    <>
                      {' '}
                      <span className="vk-audit__code">({e.action})</span>
                    </>
                  )}
                </TableCell>
                <TableCell>
                  <ObjectInWords object={e.object} t={t} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      ))}
    </>
  );
}

/** "account 7" for user/7; an object of a kind without a name stays its code. */
function ObjectInWords({ object, t }: { object: string; t: (id: string) => string }) {
  const words = auditObjectLabel(object, t);
  return words === object ? <span className="vk-audit__code">{object}</span> : <>{words}</>;
}
