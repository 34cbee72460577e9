import { describe, expect, it } from 'vitest';
import { parseMediaPath } from '../../src/index.js';

/** Part words the way Plex, Jellyfin and Kodi stack split copies. */
describe('parseMediaPath: part words', () => {
	it('reads dvd1, dvd2… as parts, as Plex and Jellyfin stack them', () => {
		expect(parseMediaPath('The Dark Knight (2008) - dvd1.mkv')).toMatchObject({ year: 2008, part: 1 });
		expect(parseMediaPath('The Dark Knight (2008) [dvd2].mkv').part).toBe(2);
		// DVD5 and DVD9 are disc formats: the source, not a part.
		expect(parseMediaPath('Shoot.2009.MULTi.DVD9.PAL.avi')).toMatchObject({ source: 'dvd' });
		expect(parseMediaPath('Shoot.2009.MULTi.DVD9.PAL.avi').part).toBeUndefined();
		expect(parseMediaPath('Shoot.2009.DVD5.avi').part).toBeUndefined();
	});

	it('reads a spaced letter a to d after a part word, last in the name', () => {
		expect(parseMediaPath('Solaris (1972) - Part A.avi')).toMatchObject({ title: 'Solaris', part: 1 });
		expect(parseMediaPath('Solaris (1972) - Part D.avi').part).toBe(4);
		expect(parseMediaPath('Solaris.1972.CD.b.avi').part).toBe(2);
		// Past d, not last, or a part word without a dash before it: not a part.
		expect(parseMediaPath('Solaris (1972) - Part E.avi').part).toBeUndefined();
		expect(parseMediaPath('Solaris (1972) - Part A Story.avi').part).toBeUndefined();
		expect(parseMediaPath('Plan Part B.avi')).toMatchObject({ title: 'Plan Part B' });
	});
});
