/** Concrete syntax trees as plain records, copied out of the parser so that core never calls native code. */
package shaktiman.core.model.syntax;
