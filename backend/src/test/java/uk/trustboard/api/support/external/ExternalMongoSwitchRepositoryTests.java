package uk.trustboard.api.support.external;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.support.EmbeddedMongoTest;

/**
 * The same check for the slice of the repository tests ({@link EmbeddedMongoTest}), which the
 * service tests on MongoDB ({@code StaffImportTests}, {@code SeedLoaderTests}) use too: in the
 * build's second run it reaches the server process over TCP, with the settings the application
 * gives a configured URI.
 */
@EmbeddedMongoTest
class ExternalMongoSwitchRepositoryTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theSliceUsesTheMongoDbItWasToldTo() {
		ExternalMongoSwitchIntegrationTests.assertUsesTheMongoDbItWasToldTo(this.context, this.mongo);
	}

}
