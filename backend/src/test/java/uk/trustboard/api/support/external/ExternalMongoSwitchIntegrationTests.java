package uk.trustboard.api.support.external;

import com.mongodb.ConnectionString;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which MongoDB the suite really ran against: in the build's second run, the server process over
 * TCP (or the server named by {@link ExternalMongo#VARIABLE}); in the first, the in-process one.
 */
class ExternalMongoSwitchIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theSuiteUsesTheMongoDbItWasToldTo() {
		assertUsesTheMongoDbItWasToldTo(this.context, this.mongo);
	}

	static void assertUsesTheMongoDbItWasToldTo(ApplicationContext context, MongoTemplate mongo) {
		var database = mongo.getDb();
		var external = ExternalMongo.uri();
		if (external.isPresent()) {
			assertThat(context.getBeansOfType(MongoServer.class)).isEmpty();
			assertThat(database.getName()).startsWith("trustboard_test_");
			assertThat(database.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
			assertThat(database.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
			assertThat(context.getEnvironment().getProperty("spring.mongodb.uri")).isEqualTo(external.get());
			assertThat(new ConnectionString(external.get()).getHosts()).isNotEmpty();
		}
		else {
			assertThat(context.getBeansOfType(MongoServer.class)).hasSize(1);
			assertThat(database.getName()).isEqualTo("trustboard");
			assertThat(database.getWriteConcern()).isEqualTo(WriteConcern.ACKNOWLEDGED);
		}
		assertThat(mongo.executeCommand("{ ping: 1 }").get("ok")).isEqualTo(1.0);
	}

}
