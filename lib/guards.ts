// Runtime checks for data that crosses a boundary (a message, a stored value, an imported file), shared by
// the messaging layer, the history and the settings. Pure; each narrows `unknown` to a type.

/** A plain object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A whole number from 0 up. */
export const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** A list of strings. */
export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** One of the values in `list`. */
export const isOneOf = <T>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
