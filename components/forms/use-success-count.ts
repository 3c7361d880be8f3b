'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/server/use-case';

/**
 * How many times a form's action has succeeded. As a field's `key` it draws the field anew (empty)
 * after each success, and keeps what was chosen through a refusal, so it can be corrected and sent again.
 */
export function useSuccessCount(state: ActionResult | null): number {
  const [seen, setSeen] = useState({ state, count: 0 });
  // Derived during render from the previous result (React's pattern for state that follows a prop).
  if (state !== seen.state) setSeen({ state, count: state?.ok ? seen.count + 1 : seen.count });
  return seen.count;
}
