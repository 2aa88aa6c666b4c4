/**
 * Symbol and reference extraction (IX-27…IX-29): turns a syntax tree and its IX-15 table row into the symbols a file
 * declares, the references it makes and the names it imports, for the writer and for edge resolution (IX-30, IX-31).
 */
package shaktiman.core.index.symbols;
