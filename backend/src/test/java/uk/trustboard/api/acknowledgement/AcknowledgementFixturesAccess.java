package uk.trustboard.api.acknowledgement;

import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.VariantVersion;
import uk.trustboard.api.review.ReviewSchedules;

/** The acknowledgement fixtures for tests of other features: a fresh Lunsford variant, with its review schedule. */
public final class AcknowledgementFixturesAccess {

	private AcknowledgementFixturesAccess() {
	}

	/** Returns the schedule's id (the variant's). */
	public static String lunsfordVariantWithSchedule(MongoTemplate mongo) {
		String variantId = AcknowledgementFixtures.lunsfordVariant(mongo);
		PolicyVariant variant = mongo.findById(variantId, PolicyVariant.class);
		VariantVersion live = variant.live();
		mongo.save(ReviewSchedules.forVariant(variant, live, AcknowledgementFixtures.PUBLISHED.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()));
		return variantId;
	}

}
