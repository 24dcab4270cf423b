package uk.trustboard.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts mongo-java-server in-process when no MongoDB URI is configured, so that a first run
 * needs nothing installed. The client bean depends on the connection details, which depend on
 * the server, so on shutdown the client closes before the server flushes its file. The file
 * backend commits every write before answering it ({@link CommittedH2Backend}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoConfiguration.NoMongoUri.class)
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
public class EmbeddedMongoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
		MongoServer server = new MongoServer(backend(properties));
		server.bind(properties.host(), properties.port());
		logger.info("Embedded MongoDB (" + properties.backend() + ") listening on " + server.getLocalAddress()
				+ (properties.backend() == EmbeddedMongoProperties.Backend.FILE
						? ", data in " + dataFile(properties).toAbsolutePath().normalize() : ""));
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, EmbeddedMongoProperties properties) {
		var address = server.getLocalAddress();
		var uri = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort() + "/"
				+ properties.database());
		return () -> uri;
	}

	private static MongoBackend backend(EmbeddedMongoProperties properties) {
		if (properties.backend() == EmbeddedMongoProperties.Backend.MEMORY) {
			return new MemoryBackend();
		}
		Path file = dataFile(properties);
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + file.getParent(), ex);
		}
		try {
			return CommittedH2Backend.open(file);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Cannot open the embedded database file " + file
					+ ": is another Trustboard process using it? Stop it, or set trustboard.mongo.embedded.data-dir",
					ex);
		}
	}

	private static Path dataFile(EmbeddedMongoProperties properties) {
		return properties.dataDir().resolve("trustboard.mv");
	}

	static class NoMongoUri implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return MongoTarget.of(context.getEnvironment()) == MongoTarget.EMBEDDED;
		}

	}

}
