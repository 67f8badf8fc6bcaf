// The AVG calls: export of personal data (as a file), erasure of a member, the audit log.
import { api } from '../../api/client';

/** Plain links: the browser downloads the JSON (Content-Disposition: attachment) with the session cookie. */
export const myExportUrl = '/api/v1/me/export';
export const memberExportUrl = (userId: number) => `/api/v1/members/${userId}/export`;
/** The same data as a summary in Dutch to read (a PDF beside the JSON). */
export const myExportPdfUrl = '/api/v1/me/export.pdf';
export const memberExportPdfUrl = (userId: number) => `/api/v1/members/${userId}/export.pdf`;
export const auditCsvUrl = '/api/v1/audit-log?format=csv';

export const eraseMember = (userId: number) => api.delete(`/members/${userId}`);

export interface AuditEntry {
  id: number;
  userId: number | null;
  action: string;
  object: string;
  at: string;
}

export const fetchAuditLog = async () => (await api.get<{ items: AuditEntry[] }>('/audit-log')).items;
