/**
 * The pure rules of the index write path that every store applies the same way: row identity across re-indexing
 * (IX-33, IX-43), change-record arithmetic (IX-49) and full-text columns (IX-38).
 */
package shaktiman.core.index.write;
