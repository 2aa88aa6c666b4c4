/**
 * The write model of the index: a parsed file ready to store (its metadata, chunks, symbols and references) and the
 * jobs and batches the single writer applies (IX-42…IX-49).
 */
package shaktiman.core.model.index;
