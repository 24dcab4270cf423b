package uk.trustboard.api.graphql;

import java.util.Collection;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Refuses text that is not Unicode: JSON may escape half of a surrogate pair ({@code "\ud800"}),
 * which Java strings hold but UTF-8 cannot encode, so the database would store a replacement
 * character in its place and the text would silently change. Checked in the document and every
 * variable before anything runs.
 */
@Component
class UnicodeCheck implements WebGraphQlInterceptor {

	static final String CODE = "INVALID_UNICODE";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (broken(request.getDocument()) || broken(request.getVariables())) {
			var error = GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("The request holds text that is not valid Unicode (a lone surrogate, e.g. \\ud800): "
						+ "nothing was run")
				.extensions(Map.of("code", CODE))
				.build();
			ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
			return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		}
		return chain.next(request);
	}

	private static boolean broken(Object value) {
		if (value instanceof String text) {
			return unpaired(text);
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().anyMatch(entry -> broken(entry.getKey()) || broken(entry.getValue()));
		}
		if (value instanceof Collection<?> items) {
			return items.stream().anyMatch(UnicodeCheck::broken);
		}
		return false;
	}

	static boolean unpaired(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
