package uk.trustboard.api.support.external;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test application context at the external MongoDB of {@link ExternalMongo}, when
 * there is one, with a fresh database name per context (runs and contexts never share data), and
 * drops that database when the context closes. Registered in {@code META-INF/spring.factories}.
 */
public class ExternalMongoContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return ExternalMongo.uri().map(UseExternalMongo::new).orElse(null);
	}

	/** Equal for every test class, so the test framework still shares one context between them. */
	record UseExternalMongo(String uri) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String database = "trustboard_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("externalMongo",
						Map.of("spring.mongodb.uri", this.uri, "spring.mongodb.database", database)));
			context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
				if (event.getApplicationContext() == context) {
					dropDatabase(context, database);
				}
			});
		}

	}

	private static void dropDatabase(ConfigurableApplicationContext context, String database) {
		try {
			// slices without MongoDB (controller tests) have nothing to drop
			context.getBeanProvider(MongoTemplate.class).ifAvailable(mongo -> mongo.getDb().drop());
		}
		catch (RuntimeException ex) {
			// the run's result stands; the leftover database is named so that it can be found and dropped
			System.err.println("Could not drop the test database " + database + ": " + ex.getMessage());
		}
	}

}
