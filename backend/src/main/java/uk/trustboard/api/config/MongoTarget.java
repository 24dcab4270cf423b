package uk.trustboard.api.config;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Which MongoDB the service talks to. A URI in {@code spring.mongodb.uri} (Boot's own property)
 * wins; otherwise {@code MONGODB_URI}, the name hosting platforms and Atlas use; otherwise the
 * embedded server.
 */
enum MongoTarget {

	SPRING_PROPERTY, MONGODB_URI_VARIABLE, EMBEDDED;

	static final String MONGODB_URI = "MONGODB_URI";

	static MongoTarget of(Environment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.mongodb.uri"))) {
			return SPRING_PROPERTY;
		}
		if (StringUtils.hasText(environment.getProperty(MONGODB_URI))) {
			return MONGODB_URI_VARIABLE;
		}
		return EMBEDDED;
	}

}
