package uk.trustboard.api.config;

import com.mongodb.ConnectionString;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

	/**
	 * The driver's own java.time codecs store a LocalDate as UTC midnight. Spring Data's default
	 * converts through the JVM's zone, which shifts dates by a day when two servers disagree.
	 */
	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions.create(adapter -> adapter.useNativeDriverJavaTimeCodecs());
	}

	@Bean
	@Conditional(OnlyMongodbUriVariable.class)
	MongoConnectionDetails mongodbUriConnectionDetails(Environment environment) {
		var uri = new ConnectionString(environment.getRequiredProperty(MongoTarget.MONGODB_URI));
		return () -> uri;
	}

	static class OnlyMongodbUriVariable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return MongoTarget.of(context.getEnvironment()) == MongoTarget.MONGODB_URI_VARIABLE;
		}

	}

}
