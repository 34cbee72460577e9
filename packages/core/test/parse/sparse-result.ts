import type { ParsedMedia } from '../../src/index.js';

/**
 * A batch parser's result (every field present, `undefined` when absent: see `toParsedMedia`) with its
 * absent fields dropped, keys kept in their order: what `parseMediaPath` returns for the same path.
 */
export const sparse = (parsed: ParsedMedia): ParsedMedia =>
	Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as ParsedMedia;
