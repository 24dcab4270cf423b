package uk.trustboard.api.config;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Durability defaults for a real MongoDB (a URI is configured). A write is acknowledged only
 * once a majority of the replica set has it, so a fail-over cannot roll back an acknowledgement
 * a member of staff was told was recorded; reads (the dashboard's among them) see only
 * majority-committed data, so a figure on the dashboard never disappears after a fail-over;
 * a write interrupted by a fail-over is retried once by the driver. Options in the URI itself
 * ({@code w}, {@code readConcernLevel}, {@code retryWrites}) win: this customizer runs before
 * Boot's, which applies the URI. (Public for the repository tests' slice, which imports it.)
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalMongoSettings.UriConfigured.class)
public class ExternalMongoSettings {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	MongoClientSettingsBuilderCustomizer durableMongoDefaults() {
		return settings -> settings.writeConcern(WriteConcern.MAJORITY)
			.readConcern(ReadConcern.MAJORITY)
			.retryWrites(true)
			.retryReads(true);
	}

	static class UriConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return MongoTarget.of(context.getEnvironment()) != MongoTarget.EMBEDDED;
		}

	}

}
