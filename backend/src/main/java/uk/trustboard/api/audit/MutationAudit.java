package uk.trustboard.api.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.PersistedDocuments;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.CallerAuthentication;

/**
 * Appends one audit entry per mutation field of every request, whatever the mutation: a new
 * mutation is audited without code of its own. The outcome is read from the response: user
 * errors in the payload ({@link MutationPayloads}), or a GraphQL error on the field. The mutations
 * are read from the text that runs (a registered operation's, when it is sent by id), so that one
 * refused before it runs is recorded too.
 */
@Component
class MutationAudit implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(MutationAudit.class);

	private final AuditLog log;

	private final Clock clock;

	private final PersistedDocuments documents;

	MutationAudit(AuditLog log, Clock clock, PersistedDocuments documents) {
		this.log = log;
		this.clock = clock;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		// read on the request thread, where the security context is
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof CallerAuthentication signedIn)) {
			return chain.next(request);
		}
		List<Field> mutations = mutationFields(request);
		if (mutations.isEmpty()) {
			return chain.next(request);
		}
		return chain.next(request).doOnNext(response -> record(signedIn.caller(), mutations, request, response));
	}

	private void record(Caller caller, List<Field> fields, WebGraphQlRequest request, WebGraphQlResponse response) {
		for (Field field : fields) {
			String key = (field.getAlias() != null) ? field.getAlias() : field.getName();
			List<String> details = new ArrayList<>();
			AuditOutcome outcome = outcome(key, response, details);
			var entry = new AuditEntry(UUID.randomUUID().toString(), caller.trustId(), this.clock.instant(),
					caller.subject(), caller.clientId(), caller.roles().stream().map(Enum::name).sorted().toList(),
					field.getName(), AuditTargets.of(field, request.getVariables()), outcome, details);
			try {
				this.log.append(entry);
			}
			catch (RuntimeException ex) {
				// the change itself is already answered; losing its record must at least be loud
				logger.error("Could not write audit entry {}", entry, ex);
			}
		}
	}

	private static AuditOutcome outcome(String key, WebGraphQlResponse response, List<String> details) {
		List<ResponseError> errors = response.getErrors()
			.stream()
			.filter(error -> error.getParsedPath().isEmpty() || key.equals(error.getParsedPath().get(0)))
			.toList();
		if (!errors.isEmpty()) {
			errors.forEach(error -> details.add(String.valueOf(error.getErrorType())));
			boolean refused = details.stream().allMatch(type -> type.equals("FORBIDDEN") || type.equals("NOT_FOUND")
					|| type.equals("UNAUTHORIZED") || type.equals("BAD_REQUEST"));
			return refused ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
		}
		MutationPayload payload = MutationPayloads.of(response.getExecutionInput().getGraphQLContext(), key);
		if (payload == null) {
			details.add("NO_RESULT");
			return AuditOutcome.FAILED;
		}
		if (!payload.userErrors().isEmpty()) {
			payload.userErrors().forEach(error -> details.add(error.code().name()));
			return AuditOutcome.REJECTED;
		}
		return AuditOutcome.SUCCEEDED;
	}

	private List<Field> mutationFields(WebGraphQlRequest request) {
		// the text that runs: a request by id sends none, or one that must not be taken for it
		String text = this.documents.documentOf(request).orElse(null);
		if (text == null) {
			return List.of(); // refused before anything runs
		}
		Document document;
		try {
			document = Parser.parse(text);
		}
		catch (RuntimeException ex) {
			return List.of(); // not a valid document: graphql-java will answer it, and nothing runs
		}
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter(operation -> request.getOperationName() == null
					|| request.getOperationName().equals(operation.getName()))
			.filter(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION)
			.flatMap(operation -> operation.getSelectionSet().getSelectionsOfType(Field.class).stream())
			.toList();
	}

}
