import { useEffect, useState } from 'react';

/**
 * The current time for render (validation's "end in the past" rule), refreshed every
 * `intervalMs`; render stays pure, and a coupon whose end passes while it is open turns red.
 */
export function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
