package uk.trustboard.api.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process MongoDB (mongo-java-server) used when no MongoDB URI is configured.
 *
 * @param backend FILE keeps data in an H2 file under {@code dataDir}; MEMORY forgets it on stop
 * @param dataDir where the FILE backend keeps {@code trustboard.mv}
 * @param host address to listen on; loopback so the database is never exposed by accident
 * @param port port to listen on; 0 picks a free one
 * @param database database name
 */
@ConfigurationProperties("trustboard.mongo.embedded")
public record EmbeddedMongoProperties(@DefaultValue("FILE") Backend backend, @DefaultValue("./data") Path dataDir,
		@DefaultValue("127.0.0.1") String host, @DefaultValue("0") int port,
		@DefaultValue("trustboard") String database) {

	public enum Backend { FILE, MEMORY }

}
