package uk.trustboard.api.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;

import uk.trustboard.api.config.EmbeddedMongoConfiguration;
import uk.trustboard.api.config.ExternalMongoSettings;
import uk.trustboard.api.config.MongoConfiguration;

/**
 * A repository test: Spring Data MongoDB only, against the embedded server's in-memory backend;
 * or, with the test MongoDB URI switch ({@code support/external/ExternalMongo}), against that
 * server with the settings the application gives a configured URI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataMongoTest(properties = "trustboard.mongo.embedded.backend=memory")
@Import({ EmbeddedMongoConfiguration.class, MongoConfiguration.class, ExternalMongoSettings.class })
public @interface EmbeddedMongoTest {

}
