package uk.trustboard.api.graphql;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CostBucketsTests {

	private final MutableClock clock = new MutableClock();

	private final CostBuckets buckets = new CostBuckets(new RequestLimits.Rate(1_000, 100, 3, 100), this.clock);

	@Test
	void aCallerSpendsItsCapacityThenIsToldWhenToComeBack() {
		assertThat(this.buckets.take("head", 600)).isEqualTo(new CostBuckets.Take(true, 400, 0));
		// 250 more points come back in 2.5 s, so the answer rounds up to 3 s
		assertThat(this.buckets.take("head", 650)).isEqualTo(new CostBuckets.Take(false, 400, 3));
		this.clock.advance(Duration.ofSeconds(3));
		assertThat(this.buckets.take("head", 650)).isEqualTo(new CostBuckets.Take(true, 50, 0));
	}

	@Test
	void aRefusedRequestSpendsNothing() {
		this.buckets.take("head", 900);
		this.buckets.take("head", 500);
		this.buckets.take("head", 500);
		assertThat(this.buckets.remaining("head")).isEqualTo(100);
	}

	@Test
	void refillStopsAtCapacity() {
		this.buckets.take("head", 1_000);
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.buckets.remaining("head")).isEqualTo(1_000);
	}

	@Test
	void callersHaveTheirOwnBuckets() {
		this.buckets.take("head", 1_000);
		assertThat(this.buckets.take("teacher", 1_000).granted()).isTrue();
	}

	@Test
	void aFloodOfCallersEvictsTheIdlestBucketsInsteadOfGrowing() {
		this.buckets.take("early", 900);
		IntStream.range(0, 1_000).forEach(n -> {
			this.clock.advance(Duration.ofMillis(1));
			this.buckets.take("flood-" + n, 900);
		});
		// a second refills only 100 points: the early caller is full again because its bucket was dropped
		assertThat(this.buckets.remaining("early")).isEqualTo(1_000);
		assertThat(this.buckets.remaining("flood-999")).isEqualTo(100);
	}

}
