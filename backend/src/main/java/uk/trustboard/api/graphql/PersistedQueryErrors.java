package uk.trustboard.api.graphql;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.execution.ErrorType;

/** Why a request that names a registered operation runs nothing; schema/README.md lists the codes. */
final class PersistedQueryErrors {

	static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

	static final String INVALID = "PERSISTED_QUERY_INVALID";

	static final String MISMATCH = "PERSISTED_QUERY_MISMATCH";

	// Apollo's clients recognise this classification and code, and the message's first word
	private static final ErrorClassification PERSISTED_QUERY_NOT_FOUND = ErrorClassification
		.errorClassification("PersistedQueryNotFound");

	private PersistedQueryErrors() {
	}

	static GraphQLError notFound(String id) {
		return GraphqlErrorBuilder.newError()
			.errorType(PERSISTED_QUERY_NOT_FOUND)
			.message("PersistedQueryNotFound: no registered operation has the id " + id
					+ "; register the front end's operations in a persisted document manifest")
			.extensions(Map.of("code", NOT_FOUND, "persistedQueryId", id))
			.build();
	}

	static GraphQLError invalid(String problem) {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Invalid persisted query: " + problem + ". Nothing was run.")
			.extensions(Map.of("code", INVALID))
			.build();
	}

	static GraphQLError mismatch(String id) {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("The query sent is not the text of the registered operation " + id
					+ ": send the id alone, or with that operation's exact text. Nothing was run.")
			.extensions(Map.of("code", MISMATCH, "persistedQueryId", id))
			.build();
	}

}
