/**
 * Reference resolution (IX-30, IX-31): the seam between the writer, which offers candidate symbols from the stored
 * index, and the rules that pick a reference's targets among them.
 */
package shaktiman.core.index.resolve;
