import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** Render at once (the first groups, which are on screen when the page opens). */
  eager: boolean;
  /** Rough height before the rows exist, so the scroll bar is about right. */
  estimatedHeight: number;
  placeholder: ReactNode;
  children: ReactNode;
}

/**
 * A table body that builds its rows only when it comes near the viewport, and keeps them after.
 * The whole action plan at ten times the published size has ~600 activities (~2,400 text
 * fields); building them all before the first paint took seconds.
 */
export function LazyRows({ eager, estimatedHeight, placeholder, children }: Props) {
  const [shown, setShown] = useState(eager);
  const ref = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (shown || !ref.current) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShown(true), { rootMargin: '600px 0px' });
    io.observe(ref.current);
    return () => io.disconnect();
  }, [shown]);
  if (shown) return <tbody>{children}</tbody>;
  return (
    <tbody ref={ref}>
      <tr>
        <td colSpan={4} style={{ height: estimatedHeight }} className="grid-placeholder">
          {placeholder}
        </td>
      </tr>
    </tbody>
  );
}
