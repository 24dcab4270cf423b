package uk.trustboard.api.graphql;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTimeoutInterceptorTests {

	private final AtomicBoolean secondFieldRan = new AtomicBoolean();

	@Test
	void aSlowRequestGetsATimeoutErrorAndItsExecutionStops() {
		GraphQlSource source = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource("type Query { slow: Int next: Int }".getBytes(StandardCharsets.UTF_8)))
			.configureRuntimeWiring(wiring -> wiring.type("Query", type -> type.dataFetcher("slow", environment -> {
				Thread.sleep(300);
				return 1;
			}).dataFetcher("next", environment -> {
				this.secondFieldRan.set(true);
				return 2;
			})))
			.build();
		WebGraphQlHandler handler = WebGraphQlHandler.builder(new DefaultExecutionGraphQlService(source))
			.interceptor(new RequestTimeoutInterceptor(Duration.ofMillis(50)))
			.build();

		WebGraphQlResponse response = handler.handleRequest(request("{ slow next }")).block(Duration.ofSeconds(5));

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(Refusal.TIMEOUT);
			assertThat(error.getMessage()).isEqualTo("The request ran longer than 50 ms and was cancelled");
		});
		assertThat(response.getExecutionResult().isDataPresent()).isFalse();
		assertThat(this.secondFieldRan).isFalse();
	}

	@Test
	void aRequestWaitingOnADataFetcherThatNeverAnswersStillGetsItsTimeout() {
		GraphQlSource source = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource("type Query { hung: Int }".getBytes(StandardCharsets.UTF_8)))
			.configureRuntimeWiring(wiring -> wiring.type("Query",
					type -> type.dataFetcher("hung", environment -> new CompletableFuture<Integer>())))
			.build();
		WebGraphQlHandler handler = WebGraphQlHandler.builder(new DefaultExecutionGraphQlService(source))
			.interceptor(new RequestTimeoutInterceptor(Duration.ofMillis(50)))
			.build();

		WebGraphQlResponse response = handler.handleRequest(request("{ hung }")).block(Duration.ofSeconds(5));

		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(Refusal.TIMEOUT));
	}

	private static WebGraphQlRequest request(String query) {
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), null, null, Map.of(),
				Map.of("query", query), "request-1", null);
	}

}
