type FormValue = string | string[] | FormObject | FormValue[];
export type FormObject = { [key: string]: FormValue };

const MAX_FIELDS = 2000;
const MAX_INDEX = 199;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Turns a submitted form into a plain object for zod. React's internal `$ACTION_*` fields are
 * dropped; repeated names become arrays; dotted names (`phones.0.number`) become nested
 * objects and arrays, so list editors can post rows. It runs before any check, on anonymous
 * input: objects have no prototype, prototype keys are refused, and indexes and field counts are capped.
 */
export function formDataToObject(formData: FormData): FormObject {
  const out = Object.create(null) as FormObject;
  let fields = 0;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') continue;
    if (++fields > MAX_FIELDS) break;
    if (key.includes('.')) {
      const path = key.split('.');
      if (path.some((p) => FORBIDDEN_KEYS.has(p) || p === '' || (/^\d+$/.test(p) && Number(p) > MAX_INDEX))) continue;
      setPath(out, path, value);
      continue;
    }
    if (FORBIDDEN_KEYS.has(key)) continue;
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else if (Array.isArray(prev)) (prev as string[]).push(value);
    else if (typeof prev === 'string') out[key] = [prev, value];
  }
  return compact(out) as FormObject;
}

function setPath(target: Record<string, FormValue>, path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    if (typeof target[head] !== 'object') target[head] = value;
    return;
  }
  const existing = target[head];
  if (existing === undefined || typeof existing !== 'object') target[head] = Object.create(null) as FormObject;
  setPath(target[head] as Record<string, FormValue>, rest, value);
}

/** Objects whose keys are all indexes become arrays, in index order (rows removed in the browser leave gaps). */
function compact(value: FormValue): FormValue {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(compact);
  const keys = Object.keys(value);
  if (keys.length && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => compact((value as FormObject)[String(k)]!));
  }
  const out: FormObject = {};
  for (const k of keys) out[k] = compact((value as FormObject)[k]!);
  return out;
}
