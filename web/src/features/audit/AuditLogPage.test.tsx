import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, renderAt } from '../../test/utils';
import { AuditLogPage } from './AuditLogPage';

afterEach(() => vi.unstubAllGlobals());

describe('AuditLogPage', () => {
  it('shows the log as a real table with names, Dutch actions and a CSV link', async () => {
    mockApi({
      'GET /audit-log': () => json(200, { items: [
        { id: 3, userId: 1, action: 'personal-data.export', object: 'user/7', at: '2026-11-23T10:00:00Z' },
        { id: 2, userId: 9, action: 'member.erase', object: 'user/9', at: '2026-11-22T10:00:00Z' },
        { id: 1, userId: 1, action: 'something.new', object: 'thing/1', at: '2026-11-21T10:00:00Z' },
      ] }),
      'GET /members': () => json(200, { items: [{ id: 1, name: 'Ada Beheer', email: 'a@x.nl', discipline: '', experience: '', orgAdmin: true, teams: [] }] }),
    });
    renderAt(<AuditLogPage />);
    const table = await screen.findByRole('table', { name: /Auditlog, 3 regels/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0]).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Tijdstip', 'Wie', 'Actie', 'Object']);
    expect(rows[1].textContent).toContain('Ada Beheer');
    expect(rows[1].textContent).toContain('Gegevens gedownload');
    expect(rows[2].textContent).toContain('Gewist lid (nr. 9)');
    expect(rows[3].textContent).toContain('something.new');
    expect(rows[3].textContent).toContain('Andere actie');
    // what an entry is about in words; a kind without a name as its code
    const objects = rows.slice(1).map((r) => within(r).getAllByRole('cell')[3].textContent);
    expect(objects).toEqual(['account 7', 'account 9', 'thing/1']);
    expect(screen.getByRole('link', { name: 'Download als CSV' }).getAttribute('href')).toBe('/api/v1/audit-log?format=csv');
  });

  it('names the objects in the language of the UI', async () => {
    mockApi({
      'GET /audit-log': () => json(200, { items: [
        { id: 2, userId: 1, action: 'team.member.put', object: 'team/3/member/7', at: '2026-11-23T10:00:00Z' },
        { id: 1, userId: 1, action: 'invitation.create', object: 'invitation/1', at: '2026-11-22T10:00:00Z' },
      ] }),
      'GET /members': () => json(200, { items: [] }),
    });
    renderAt(<AuditLogPage />, { locale: 'en' });
    const table = await screen.findByRole('table', { name: /Audit log, 2 lines/ });
    const objects = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[3].textContent);
    expect(objects).toEqual(['team 3, member 7', 'invitation 1']);
  });
});
