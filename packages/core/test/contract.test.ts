import { ProviderUnavailableError } from '../src/index.js';
import { describeProviderContract } from '../src/testing/index.js';
import { createMemoryProvider } from './helpers/memory-provider.js';
import { TRAP_CATALOGUE } from './helpers/trap-catalogue.js';

describeProviderContract(
	'in-memory provider',
	() => ({
		provider: createMemoryProvider({ name: 'memory', entries: TRAP_CATALOGUE }),
		knownMovie: { title: 'Le Dîner de cons', year: 1998, id: 9421 },
		knownSeries: { title: 'Breaking Bad', year: 2008, id: 1396 },
		knownExternalId: { source: 'imdb', id: 'tt0133093', kind: 'movie', expectedId: 603 },
	}),
	{
		badCredentials: () => ({
			provider: createMemoryProvider({ entries: TRAP_CATALOGUE, badKey: true }),
			secret: 'memory-secret-key',
		}),
		unavailable: () => ({
			provider: createMemoryProvider({
				entries: TRAP_CATALOGUE,
				fail: () =>
					new ProviderUnavailableError('Service unavailable (HTTP 503).', {
						provider: 'memory',
						status: 503,
					}),
			}),
		}),
	},
);

describeProviderContract('search-only, films-only provider', () => ({
	provider: createMemoryProvider({
		name: 'films_csv',
		kinds: ['movie'],
		entries: TRAP_CATALOGUE,
		searchOnly: true,
	}),
	knownMovie: { title: 'WALL·E', year: 2008, id: 10681 },
}));
