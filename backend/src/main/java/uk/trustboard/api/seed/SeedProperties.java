package uk.trustboard.api.seed;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir the seed-data directory
 * @param onStart NEVER, or IF_NOT_LOADED to load on start when no completed load is recorded
 */
@ConfigurationProperties("trustboard.seed")
record SeedProperties(@DefaultValue("./seed-data") Path dir, @DefaultValue("NEVER") OnStart onStart) {

	enum OnStart { NEVER, IF_NOT_LOADED }

}
