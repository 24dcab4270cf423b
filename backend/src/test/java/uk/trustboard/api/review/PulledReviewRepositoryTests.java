package uk.trustboard.api.review;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.support.EmbeddedMongoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server keeps expired documents: passes past their day are removed by hand, hourly. */
@EmbeddedMongoTest
class PulledReviewRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	@Autowired
	MongoTemplate mongo;

	@Test
	void expiredPassesAreForgottenAtMostHourly() {
		var repository = new PulledReviewRepository(this.mongo);
		this.mongo.save(new PulledReview("old:a", "old", 0, NOW.minusSeconds(1)));
		this.mongo.save(new PulledReview("live:a", "live", 0, NOW.plusSeconds(3600)));

		assertThat(repository.forgetExpired(NOW)).isEqualTo(1);
		assertThat(this.mongo.findAll(PulledReview.class)).extracting(PulledReview::id).containsExactly("live:a");

		this.mongo.save(new PulledReview("old:b", "old", 1, NOW.minusSeconds(1)));
		assertThat(repository.forgetExpired(NOW.plus(PulledReviewRepository.FORGET_EVERY).minusSeconds(1))).isZero();
		assertThat(repository.forgetExpired(NOW.plus(PulledReviewRepository.FORGET_EVERY))).isEqualTo(1);
	}

}
