// The modal frame's keyboard: Escape closes the topmost dialog, even after focus has fallen out
// of it onto the page (a button disabled while it works, a window opened beside this one).
import { fireEvent, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';

import { Modal } from './Modal';

function twoDialogs(onOuter: () => void, onInner: () => void) {
  render(
    <>
      <Modal title="Outer" onClose={onOuter} testId="outer">
        <button type="button">In the outer</button>
      </Modal>
      <Modal title="Inner" onClose={onInner} testId="inner">
        <button type="button" data-testid="inner-button">
          In the inner
        </button>
      </Modal>
    </>,
  );
}

test('Escape inside a dialog closes that dialog', () => {
  const onOuter = vi.fn();
  const onInner = vi.fn();
  twoDialogs(onOuter, onInner);
  fireEvent.keyDown(screen.getByTestId('inner-button'), { key: 'Escape' });
  expect(onInner).toHaveBeenCalledTimes(1);
  expect(onOuter).not.toHaveBeenCalled();
});

test('with focus lost to the page, Escape closes only the topmost dialog and Tab comes back in', () => {
  const onOuter = vi.fn();
  const onInner = vi.fn();
  twoDialogs(onOuter, onInner);
  (document.activeElement as HTMLElement | null)?.blur();
  expect(document.activeElement).toBe(document.body);

  fireEvent.keyDown(document.body, { key: 'Tab' });
  expect(document.activeElement).toBe(screen.getByTestId('inner-button'));

  (document.activeElement as HTMLElement | null)?.blur();
  fireEvent.keyDown(document.body, { key: 'Escape' });
  expect(onInner).toHaveBeenCalledTimes(1);
  expect(onOuter).not.toHaveBeenCalled();
});

test('a key on a field outside any dialog is left alone', () => {
  const onClose = vi.fn();
  render(
    <>
      <input data-testid="outside" />
      <Modal title="Dialog" onClose={onClose}>
        <button type="button">In</button>
      </Modal>
    </>,
  );
  screen.getByTestId('outside').focus();
  fireEvent.keyDown(screen.getByTestId('outside'), { key: 'Escape' });
  expect(onClose).not.toHaveBeenCalled();
});
