import { DEFAULT_MIN_CONFIDENCE } from '../match/pick-best-match.js';
import type { ParseOptions } from '../parse/parse-media-path.js';
import type { MetadataProvider } from '../provider.js';
import type { EnrichOptions, EnrichProgress } from './types.js';

/** Default of {@link EnrichOptions.concurrency}. */
const DEFAULT_CONCURRENCY = 4;
const PROVIDER_NAME = /^[a-z][a-z0-9_]*$/;

/** {@link EnrichOptions} with defaults applied and every value checked. */
export interface NormalizedEnrichOptions {
	readonly providers: readonly MetadataProvider[];
	readonly language: string | undefined;
	readonly force: boolean;
	readonly concurrency: number;
	readonly minConfidence: number;
	readonly signal: AbortSignal | undefined;
	readonly onProgress: ((progress: EnrichProgress) => void) | undefined;
	readonly parseOptions: ParseOptions;
}

const describe = (value: unknown): string => {
	if (typeof value === 'string') return JSON.stringify(value);
	if (Array.isArray(value)) return 'an array';
	return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
};

const checkProvider = (provider: unknown, at: string): MetadataProvider => {
	const candidate = provider as Partial<MetadataProvider> | null;
	if (typeof candidate !== 'object' || candidate === null || typeof candidate.search !== 'function') {
		throw new TypeError(
			`[core] Expected \`${at}\` to be a MetadataProvider (an object with a search() method), got ${describe(provider)}.`,
		);
	}
	if (typeof candidate.name !== 'string' || !PROVIDER_NAME.test(candidate.name)) {
		throw new TypeError(
			`[core] Expected \`${at}.name\` to be lower-case letters, digits and _ (it prefixes inventory fields), got ${describe(candidate.name)}.`,
		);
	}
	if (
		!Array.isArray(candidate.kinds) ||
		!candidate.kinds.every((kind: unknown) => kind === 'movie' || kind === 'series')
	) {
		throw new TypeError(
			`[core] Expected \`${at}.kinds\` (provider ${candidate.name}) to be an array of 'movie' | 'series', got ${describe(candidate.kinds)}.`,
		);
	}
	return provider as MetadataProvider;
};

/** Applies defaults and validates {@link EnrichOptions}, naming the faulty option. */
export function normalizeEnrichOptions(options: EnrichOptions): NormalizedEnrichOptions {
	if (typeof options !== 'object' || options === null) {
		throw new TypeError(`[core] Expected enrichInventory options to be an object, got ${describe(options)}.`);
	}
	const list: readonly unknown[] = Array.isArray(options.providers) ? options.providers : [options.providers];
	if (list.length === 0) {
		throw new TypeError(
			'[core] Expected `providers` to hold at least one MetadataProvider, got an empty array.',
		);
	}
	const providers = list.map((provider, index) =>
		checkProvider(provider, Array.isArray(options.providers) ? `providers[${index}]` : 'providers'),
	);
	const names = new Set<string>();
	for (const provider of providers) {
		if (names.has(provider.name)) {
			throw new TypeError(
				`[core] Expected provider names to be unique (they prefix inventory fields), got "${provider.name}" twice.`,
			);
		}
		names.add(provider.name);
	}
	const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
	if (!Number.isInteger(concurrency) || concurrency < 1) {
		throw new TypeError(
			`[core] Expected \`concurrency\` to be an integer ≥ 1, got ${describe(concurrency)}.`,
		);
	}
	const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
	if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
		throw new TypeError(
			`[core] Expected \`minConfidence\` to be a number from 0 to 1, got ${describe(minConfidence)}.`,
		);
	}
	if (
		options.language !== undefined &&
		(typeof options.language !== 'string' || options.language.trim() === '')
	) {
		throw new TypeError(
			`[core] Expected \`language\` to be a BCP 47 tag such as 'fr-FR', got ${describe(options.language)}.`,
		);
	}
	if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
		throw new TypeError(
			`[core] Expected \`onProgress\` to be a function, got ${describe(options.onProgress)}.`,
		);
	}
	return {
		providers,
		language: options.language,
		force: options.force === true,
		concurrency,
		minConfidence,
		signal: options.signal,
		onProgress: options.onProgress,
		parseOptions: options.parseOptions ?? {},
	};
}
