/** The domain: files, chunks, symbols and edges, as records and sealed interfaces. */
package shaktiman.core.model;
