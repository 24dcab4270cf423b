package uk.trustboard.api.config;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class MongoTargetTests {

	@Test
	void withNoUriTheEmbeddedServerIsUsed() {
		assertThat(MongoTarget.of(new MockEnvironment())).isEqualTo(MongoTarget.EMBEDDED);
		assertThat(MongoTarget.of(new MockEnvironment().withProperty("spring.mongodb.uri", " ")))
			.isEqualTo(MongoTarget.EMBEDDED);
	}

	@Test
	void theMongodbUriVariableSelectsThatServer() {
		var environment = new MockEnvironment().withProperty("MONGODB_URI", "mongodb://db.example:27017/trustboard");
		assertThat(MongoTarget.of(environment)).isEqualTo(MongoTarget.MONGODB_URI_VARIABLE);
	}

	@Test
	void springsOwnPropertyWinsOverTheVariable() {
		var environment = new MockEnvironment().withProperty("MONGODB_URI", "mongodb://a:27017/x")
			.withProperty("spring.mongodb.uri", "mongodb://b:27017/y");
		assertThat(MongoTarget.of(environment)).isEqualTo(MongoTarget.SPRING_PROPERTY);
	}

}
