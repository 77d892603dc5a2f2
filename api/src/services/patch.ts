/**
 * The fields a patch gives: `undefined` means "leave as is", `null` means "clear". Used to merge
 * an update into the stored record before the whole record is checked and saved.
 */
export function givenFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** Strips id, label and provenance, leaving the fields a repository saves. */
export function fieldsOf<
  T extends {
    label: string;
    id: string;
    createdAt: string;
    updatedAt: string;
    createdBy: string;
    source: string;
  },
>(record: T): Omit<T, 'label' | 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'source'> {
  const {
    label: _l,
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    createdBy: _b,
    source: _s,
    ...fields
  } = record;
  return fields;
}
