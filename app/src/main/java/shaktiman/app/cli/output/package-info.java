/** The JSON documents the {@code shaktiman} CLI prints, as records serialised by Jackson. */
package shaktiman.app.cli.output;
