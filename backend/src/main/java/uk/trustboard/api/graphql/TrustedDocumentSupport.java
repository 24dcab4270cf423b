package uk.trustboard.api.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;

/**
 * Runs a registered operation sent by id ({@code extensions.persistedQuery.sha256Hash}, as Apollo
 * Client and other clients send it). Unlike automatic persisted queries, a client cannot register
 * anything: an id that {@link PersistedDocuments} does not hold is refused, even if the request
 * also carries a text with that hash.
 * <p>
 * Each call parses and validates the registered text again, through graphql-java's own path, so
 * that {@link RequestLimitsInstrumentation} measures and prices it like any other request.
 */
class TrustedDocumentSupport extends ApolloPersistedQuerySupport {

	TrustedDocumentSupport(PersistedDocuments documents) {
		super((id, input, parseAndValidate) -> {
			String body = documents.body(id.toString());
			if (body == null) {
				throw new UnknownDocument(id);
			}
			return CompletableFuture.completedFuture(parseAndValidate.apply(body));
		});
	}

	/** Apollo's clients recognise the code; the message says what to do. */
	@Override
	protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
		Object id = (error instanceof UnknownDocument unknown) ? unknown.id : "?";
		return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
			.errorType(error)
			.message("PersistedQueryNotFound: no registered operation has the id " + id
					+ "; register the front end's operations in a persisted document manifest")
			.extensions(Map.of("code", "PERSISTED_QUERY_NOT_FOUND", "persistedQueryId", String.valueOf(id)))
			.build());
	}

	private static final class UnknownDocument extends PersistedQueryNotFound {

		private final Object id;

		UnknownDocument(Object id) {
			super(id);
			this.id = id;
		}

	}

}
