import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import type { OrgMember } from '../../api/types';
import { mockApi, problem, renderAt } from '../../test/utils';
import { MemberDataActions } from './MemberDataActions';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const BO: OrgMember = { id: 7, name: 'Bo Jansen', email: 'bo@x.nl', discipline: '', experience: '', orgAdmin: false, teams: [] };

describe('MemberDataActions', () => {
  it('links to the export and erases only after a confirmation that names the consequences', async () => {
    setCsrfToken('t');
    const { calls } = mockApi({ 'DELETE /members/7': () => new Response(null, { status: 204 }) });
    const erased = vi.fn();
    renderAt(<MemberDataActions member={BO} isSelf={false} onErased={erased} />);
    expect(screen.getByRole('link', { name: 'Gegevens downloaden van Bo Jansen' }).getAttribute('href')).toBe('/api/v1/members/7/export');
    fireEvent.click(screen.getByRole('button', { name: 'Gegevens wissen van Bo Jansen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Gegevens van Bo Jansen wissen?' });
    expect(dialog.textContent).toContain('Dit kun je niet ongedaan maken.');
    expect(dialog.textContent).toContain('alleen anoniem');
    expect(calls).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Gegevens wissen van Bo Jansen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, wis de gegevens van Bo Jansen' }));
    await waitFor(() => expect(erased).toHaveBeenCalledWith('Bo Jansen'));
    expect(calls.map((c) => `${c.method} ${c.path} ${c.headers['x-csrf-token']}`)).toEqual(['DELETE /members/7 t']);
  });

  it('shows the server refusal in the dialog and offers no erasure of yourself', async () => {
    mockApi({ 'DELETE /members/7': () => problem(409, 'Dat kan niet.') });
    renderAt(<MemberDataActions member={BO} isSelf={false} onErased={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Gegevens wissen van Bo Jansen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, wis de gegevens van Bo Jansen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Dat kan niet.');
  });

  it('has no erase button for yourself', () => {
    mockApi({});
    renderAt(<MemberDataActions member={BO} isSelf onErased={() => {}} />);
    expect(screen.queryByRole('button', { name: /wissen/ })).toBeNull();
  });
});
