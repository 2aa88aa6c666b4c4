/**
 * Chunking (indexing.md §3): cuts a file into chunks whose own lines partition its non-blank lines, from a syntax tree
 * (IX-19 … IX-26) or from plain text (IX-16), and checks that partition (T-20).
 */
package shaktiman.core.index.chunk;
