// The shape of a message module: one area's texts in Kazakh (the source of truth for keys)
// and Russian (the same keys, checked by the compiler). ICU syntax (intl-messageformat).
export type Messages<K extends Record<string, string>> = {
  kk: K;
  ru: Record<keyof K, string>;
};
