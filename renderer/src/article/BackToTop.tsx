/** Appears once a long article has been scrolled well down; returns to the title. */
import { useEffect, useState, type RefObject } from 'react';
import { Icon } from '../ui/Icon';

export function BackToTop({ scrollRef, onTop }: { scrollRef: RefObject<HTMLElement | null>; onTop: () => void }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onScroll = () => setVisible(element.scrollTop > 900);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scrollRef]);
  if (!visible) return null;
  return (
    <button type="button" className="back-to-top" onClick={onTop}>
      <Icon name="arrow-up" />
      Back to top
    </button>
  );
}
