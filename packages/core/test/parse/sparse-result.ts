import type { ParsedMedia } from '../../src/index.js';
import { type BatchMedia, UNREAD_BY_GROUPING } from '../../src/parse/media-result.js';

/**
 * A batch parser's result (every field present, `undefined` when absent: see `finishDense`) with its
 * absent fields and its own `bareNumber` and `dubs` dropped, keys kept in their order: what
 * `parseMediaPath` returns for the same path, less the fields grouping never reads (see {@link batchView}).
 */
export const sparse = (parsed: BatchMedia): BatchMedia =>
	Object.fromEntries(
		Object.entries(parsed).filter(
			([key, value]) => value !== undefined && key !== 'bareNumber' && key !== 'dubs',
		),
	) as BatchMedia;

/** `parseMediaPath`'s result without the fields a batch result leaves out (`UnreadByGrouping`). */
export const batchView = (parsed: ParsedMedia): BatchMedia => {
	const view: Record<string, unknown> = { ...parsed };
	for (const key of UNREAD_BY_GROUPING) delete view[key];
	return view as BatchMedia;
};
