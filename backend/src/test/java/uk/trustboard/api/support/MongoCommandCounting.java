package uk.trustboard.api.support;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the commands the application sends to MongoDB, for the round-trip tests. A top-level
 * class rather than nested in {@link IntegrationTest}: Spring Framework 7.1 will also pick up a
 * nested static configuration class as the test's default configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MongoCommandCounting {

	@Bean
	MongoCommandCounter mongoCommandCounter() {
		return new MongoCommandCounter();
	}

	@Bean
	MongoClientSettingsBuilderCustomizer countMongoCommands(MongoCommandCounter counter) {
		return settings -> settings.addCommandListener(counter);
	}

}
