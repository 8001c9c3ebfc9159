import { useState } from 'react';

interface Props {
  value: string;
  label: string;
  readOnly: boolean;
  onCommit: (value: string) => void;
  type?: 'text' | 'number';
  testId?: string;
}

/** A plain (not bilingual) value such as a year or a phone number (a date: DateInput); committed on leaving it or Enter. */
export function PlainInput({ value, label, readOnly, onCommit, type = 'text', testId }: Props) {
  const [draft, setDraft] = useState(value);
  // A new value from outside (undo, another window) replaces the draft, during render as React
  // recommends for state derived from props (no effect, no extra commit).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <label className="plain-field">
      <span className="plain-label">{label}</span>
      <input
        type={type}
        value={draft}
        readOnly={readOnly}
        data-testid={testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}
