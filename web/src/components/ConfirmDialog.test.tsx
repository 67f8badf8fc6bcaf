import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../test/utils';
import { ConfirmButton } from './ConfirmDialog';

function setUp() {
  const onConfirm = vi.fn();
  renderAt(
    <ConfirmButton label="Rond het gesprek af" title="Het gesprek afronden?" confirmLabel="Ja, rond het gesprek af" onConfirm={onConfirm}>
      <p>Na het afronden zijn de aantekeningen klaar.</p>
    </ConfirmButton>,
  );
  const user = { click: async (el: HTMLElement) => { fireEvent.click(el); } };
  return { onConfirm, user };
}

describe('ConfirmButton: a step that cannot be undone asks first', () => {
  it('opens an alert dialog that says what happens, with focus on Annuleren', async () => {
    const { onConfirm, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Rond het gesprek af' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Het gesprek afronden?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toContain('aantekeningen klaar');
    expect(document.activeElement?.textContent).toBe('Annuleren');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('cancels with Annuleren and with Escape, and gives focus back to the button', async () => {
    const { onConfirm, user } = setUp();
    const button = screen.getByRole('button', { name: 'Rond het gesprek af' });
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button));
    await user.click(button);
    // Escape on a modal <dialog> fires "cancel"
    fireEvent(await screen.findByRole('alertdialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('does the step once after "Ja"', async () => {
    const { onConfirm, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Rond het gesprek af' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, rond het gesprek af' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
