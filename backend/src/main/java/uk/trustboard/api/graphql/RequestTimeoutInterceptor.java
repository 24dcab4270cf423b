package uk.trustboard.api.graphql;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Answers a TIMEOUT error, and no data, once a request has run for the configured time.
 * <p>
 * graphql-java runs synchronous data fetchers on the thread that subscribes, so the execution is
 * over before a Reactor timeout could even start. A timer therefore cancels graphql-java's
 * ExecutionInput itself, and the execution stops at its next field. Reactor's timeout stays for
 * asynchronous executions, which it cancels the same way.
 */
class RequestTimeoutInterceptor implements WebGraphQlInterceptor {

	private final Duration timeout;

	RequestTimeoutInterceptor(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		AtomicReference<ExecutionInput> execution = new AtomicReference<>();
		// every ExecutionInput derived from this one shares its cancel flag
		request.configureExecutionInput((input, builder) -> {
			execution.set(input);
			return builder.build();
		});
		return Mono.defer(() -> {
			AtomicBoolean late = new AtomicBoolean();
			Disposable timer = Mono.delay(this.timeout).subscribe(tick -> {
				late.set(true);
				ExecutionInput input = execution.get();
				if (input != null) {
					input.cancel();
				}
			});
			return chain.next(request)
				.map(response -> late.get() ? timedOut(response.getExecutionInput()) : response)
				.doFinally(signal -> timer.dispose());
		}).timeout(this.timeout, Mono.fromSupplier(() -> timedOut(request.toExecutionInput())));
	}

	private WebGraphQlResponse timedOut(ExecutionInput input) {
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(Refusal.timedOut(this.timeout)).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
	}

}
