import fc from 'fast-check';

/**
 * Property tests draw their cases from one fixed seed, so that a failure in CI shows up again on every
 * run and on every machine. `FC_SEED=<integer>` replays another seed; `FC_SEED=random` draws new cases
 * on each run (fast-check prints the seed of any failure, to replay it).
 */
const FIXED_SEED = 20_261_124;

const wanted = process.env.FC_SEED;
if (wanted !== 'random') {
	const seed = wanted === undefined || wanted === '' ? FIXED_SEED : Number(wanted);
	if (!Number.isSafeInteger(seed))
		throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(wanted)}`);
	fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
