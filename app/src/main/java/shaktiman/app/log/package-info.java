/**
 * The daemon's and the CLI's logging (MI-31 … MI-37): JSON lines appended to {@code .shaktiman/shaktimand.log} with one
 * write each, rotation for a fresh leader, and a Logback set-up that never writes to stdout. Start at
 * {@link shaktiman.app.log.DaemonLogging}.
 */
package shaktiman.app.log;
