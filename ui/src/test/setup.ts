// Test set-up shared by every test file: unmount what a test rendered and drop the IPC mocks.
import { cleanup } from '@testing-library/react';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  clearMocks();
});
