import { groupInventory } from '@vm/core';
import { expect, it } from 'vitest';

it('gives the cards docs/grouping.md says its example gives', () => {
	const cards = groupInventory([
		{ path: 'Films/Heat (1995)/Heat.1995.2160p.UHD.BluRay.REMUX.HDR.mkv', tmdb_id: 949 },
		{ path: 'Films/Heat (1995)/Heat.1995.FRENCH.1080p.WEB-DL.mkv' },
		{ path: 'Films/Heat (1995)/Sample/heat-sample.mkv' },
		{ path: 'Films/Heat.1995.DVDRip.XviD-GRP/heat.cd1.avi' },
		{ path: 'Films/Heat.1995.DVDRip.XviD-GRP/heat.cd2.avi' },
	]);
	const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
	expect(
		cards.map((card) => ({
			key: card.key,
			title: card.title,
			year: card.year,
			versions: card.versions.map((version) => [version.label, version.items.map((item) => name(item.path))]),
			extras: card.extras.map((item) => name(item.path)),
		})),
	).toEqual([
		{
			key: 'tmdb:movie:949',
			title: 'Heat',
			year: 1995,
			versions: [
				['2160p HDR', ['Heat.1995.2160p.UHD.BluRay.REMUX.HDR.mkv']],
				['1080p · French', ['Heat.1995.FRENCH.1080p.WEB-DL.mkv']],
				['DVD · 2 parts', ['heat.cd1.avi', 'heat.cd2.avi']],
			],
			extras: ['heat-sample.mkv'],
		},
	]);
});
