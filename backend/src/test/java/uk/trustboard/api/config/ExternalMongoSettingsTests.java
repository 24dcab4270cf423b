package uk.trustboard.api.config;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The durability defaults a real MongoDB gets; no server is contacted (clients connect lazily). */
class ExternalMongoSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class))
		.withUserConfiguration(ExternalMongoSettings.class);

	@Test
	void aConfiguredUriGetsMajorityWritesAndReads() {
		this.runner.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/trustboard").run(context -> {
			var database = context.getBean(MongoClient.class).getDatabase("trustboard");
			assertThat(database.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
			assertThat(database.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
		});
	}

	@Test
	void theMongodbUriVariableCountsAsConfigured() {
		this.runner.withPropertyValues("MONGODB_URI=mongodb://db.example:27017/trustboard")
			.run(context -> assertThat(context).hasBean("durableMongoDefaults"));
	}

	@Test
	void optionsInTheUriWin() {
		this.runner.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/trustboard?w=2&readConcernLevel=local")
			.run(context -> {
				var database = context.getBean(MongoClient.class).getDatabase("trustboard");
				assertThat(database.getWriteConcern()).isEqualTo(new WriteConcern(2));
				assertThat(database.getReadConcern()).isEqualTo(ReadConcern.LOCAL);
			});
	}

	@Test
	void theEmbeddedServerKeepsTheDriverDefaults() {
		this.runner.run(context -> {
			assertThat(context).doesNotHaveBean("durableMongoDefaults");
			assertThat(context.getBean(MongoClient.class).getDatabase("trustboard").getWriteConcern())
				.isEqualTo(WriteConcern.ACKNOWLEDGED);
		});
	}

}
