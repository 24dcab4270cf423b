package uk.trustboard.api.support.external;

import java.util.Optional;

/**
 * The compatibility switch: set {@value #VARIABLE} to a MongoDB connection string and every test
 * application context (end-to-end and repository tests) runs against that server instead of the
 * in-process one, each in a database of its own that is dropped when the context closes. Example:
 * {@code TRUSTBOARD_TEST_MONGODB_URI='mongodb://user:pw@host:27017/?replicaSet=rs0&authSource=admin' ./trustboard test}.
 * The build sets the system property {@value #PROPERTY} instead, to the embedded server started
 * as a separate process ({@link MongoServerProcess}); the variable wins over it.
 */
public final class ExternalMongo {

	public static final String VARIABLE = "TRUSTBOARD_TEST_MONGODB_URI";

	public static final String PROPERTY = "trustboard.test.mongodb-uri";

	private ExternalMongo() {
	}

	/** The external MongoDB this test run uses, if any. */
	public static Optional<String> uri() {
		String variable = System.getenv(VARIABLE);
		if (variable != null && !variable.isBlank()) {
			return Optional.of(variable);
		}
		return Optional.ofNullable(System.getProperty(PROPERTY)).filter(uri -> !uri.isBlank());
	}

}
