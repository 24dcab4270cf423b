package uk.trustboard.api.graphql;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller looping on a review feed spends the same budget as its queries, then gets 429. */
class RateLimitedFeedsTests {

	private final MutableClock clock = new MutableClock();

	private final CostBuckets buckets = new CostBuckets(new RequestLimits.Rate(2_000, 100, 10, 1_000), this.clock);

	private final RateLimitedFeeds feeds = new RateLimitedFeeds(this.buckets, 1_000);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void twoDownloadsFitTheBudgetAndTheThirdIsToldWhenToComeBack() throws Exception {
		signIn("script");
		assertThat(download().getStatus()).isEqualTo(200);
		var second = download();
		assertThat(second.getHeader("X-Cost-Remaining")).isEqualTo("0");

		var third = download();
		assertThat(third.getStatus()).isEqualTo(429);
		assertThat(third.getHeader("Retry-After")).isEqualTo("10");
		assertThat(third.getContentAsString()).isEqualTo(
				"Rate limit reached: a feed costs 1000 points and 0 are left; retry after 10 s\n");

		this.clock.advance(Duration.ofSeconds(10));
		assertThat(download().getStatus()).isEqualTo(200);
	}

	@Test
	void eachCallerHasABudgetOfItsOwnAndQueriesSpendFromTheSameOne() throws Exception {
		signIn("script");
		this.buckets.take("script", 1_500);
		assertThat(download().getStatus()).as("500 points left").isEqualTo(429);
		signIn("someone-else");
		assertThat(download().getStatus()).isEqualTo(200);
	}

	@Test
	void withoutATokenEachClientAddressHasABudgetOfItsOwn() throws Exception {
		assertThat(download("192.0.2.1").getStatus()).isEqualTo(200);
		assertThat(download("192.0.2.1").getStatus()).isEqualTo(200);
		assertThat(download("192.0.2.1").getStatus()).isEqualTo(429);
		assertThat(download("192.0.2.2").getStatus()).isEqualTo(200);
	}

	private void signIn(String subject) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(subject, null, List.of()));
	}

	/** The response as the interceptor leaves it; status 200 means the request went on to the feed. */
	private MockHttpServletResponse download() throws Exception {
		return download("127.0.0.1");
	}

	private MockHttpServletResponse download(String address) throws Exception {
		var response = new MockHttpServletResponse();
		var request = new MockHttpServletRequest("GET", "/reviews/calendar/secret.ics");
		request.setRemoteAddr(address);
		boolean proceeds = this.feeds.preHandle(request, response, new Object());
		assertThat(proceeds).isEqualTo(response.getStatus() == 200);
		return response;
	}

}
