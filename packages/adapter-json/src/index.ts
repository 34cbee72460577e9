/**
 * `@vm/adapter-json`: nothing is exported yet; see this package's README.
 *
 * @packageDocumentation
 */

export {};
