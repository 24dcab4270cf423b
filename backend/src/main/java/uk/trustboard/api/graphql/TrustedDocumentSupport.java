package uk.trustboard.api.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses the text a request runs ({@link PersistedDocuments#resolve}): its own, or the registered
 * operation it names by id ({@code extensions.persistedQuery.sha256Hash}, as Apollo Client and
 * other clients send it). Unlike automatic persisted queries, a client cannot register anything:
 * an id that {@link PersistedDocuments} does not hold is refused, even if the request also
 * carries a text with that hash. graphql-java's {@code ApolloPersistedQuerySupport} is not used:
 * it runs the sent text when a persistedQuery has no {@code sha256Hash}.
 * <p>
 * Each call parses and validates the text again, through graphql-java's own path, so that
 * {@link RequestLimitsInstrumentation} measures and prices it like any other request.
 */
class TrustedDocumentSupport implements PreparsedDocumentProvider {

	private final PersistedDocuments documents;

	TrustedDocumentSupport(PersistedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PersistedDocuments.Resolution resolution = this.documents.resolve(input.getExtensions(), input.getQuery());
		if (resolution.refusal() != null) {
			return CompletableFuture.completedFuture(new PreparsedDocumentEntry(resolution.refusal()));
		}
		String document = resolution.document();
		ExecutionInput toRun = document.equals(input.getQuery()) ? input
				: input.transform(builder -> builder.query(document));
		return CompletableFuture.completedFuture(parseAndValidate.apply(toRun));
	}

}
