/**
 * File discovery (indexing spec §1 and IX-12, IX-69): the one predicate that decides whether a path under the project
 * root is indexed, git's ignore rules, the default and hard excludes, language detection, the deterministic walk, the
 * single read of a file's bytes, and the explanation of a path.
 */
package shaktiman.core.index.discovery;
