/**
 * `@vm/core/testing`: the contract every `MetadataProvider` must honour, as a vitest suite that a
 * provider package (ours or yours) runs against its own implementation. Needs `vitest` (an optional peer
 * dependency of `@vm/core`).
 *
 * @packageDocumentation
 */

export type {
	FailingProviderFixture,
	KnownExternalId,
	KnownTitle,
	ProviderContractFixture,
	ProviderContractOptions,
} from './describe-provider-contract.js';
export { describeProviderContract } from './describe-provider-contract.js';
