import { describe, expect, it } from 'vitest';
import { libreOfficeGate, LIBREOFFICE_FILES } from './helpers/libreOffice';

describe('LibreOffice tests without LibreOffice', () => {
  const none = () => false;
  it('are skipped on a developer machine', () => {
    const gate = libreOfficeGate({}, none);
    expect(gate.skip).toBe(true);
  });

  it('fail in CI, naming what is missing', () => {
    const gate = libreOfficeGate({ CI: 'true' }, none);
    expect(gate.skip).toBe(false);
    expect(() => gate.require()).toThrow(`LibreOffice is missing (${LIBREOFFICE_FILES.join(', ')})`);
  });

  it('run where it is installed', () => {
    const gate = libreOfficeGate({ CI: 'true' }, () => true);
    expect(gate.skip).toBe(false);
    expect(() => gate.require()).not.toThrow();
  });
});
