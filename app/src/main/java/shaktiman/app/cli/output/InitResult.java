package shaktiman.app.cli.output;

/**
 * {@code init}'s result (MI-39).
 *
 * @param config the config file's path
 * @param created whether {@code init} wrote it now
 */
public record InitResult(String config, boolean created) {}
