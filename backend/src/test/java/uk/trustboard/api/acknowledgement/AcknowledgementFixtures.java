package uk.trustboard.api.acknowledgement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import uk.trustboard.api.policy.PolicySection;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PublicationKind;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyVersion;
import uk.trustboard.api.policy.VariantDetails;
import uk.trustboard.api.policy.VariantSection;
import uk.trustboard.api.policy.VariantVersion;

/** A trust policy and Lunsford's published variant of it, fresh for each test, so counters start at zero. */
final class AcknowledgementFixtures {

	static final String TRUST = "asset-education";

	static final String SCHOOL = "lunsford-primary";

	/** When the variant's version 1 was published: acknowledgements fall due 30 days later. */
	static final Instant PUBLISHED = Instant.parse("2026-09-01T08:00:00Z");

	private AcknowledgementFixtures() {
	}

	/** Returns the variant's id. */
	static String lunsfordVariant(MongoTemplate mongo) {
		String policyId = "ack-" + UUID.randomUUID();
		var section = new PolicySection("1.1", "1.1", "Introduction", "Read me.", List.of());
		mongo.save(new TrustPolicyVersion(TrustPolicyVersion.idOf(policyId, 1), TRUST, policyId, 1, "V1.0",
				"Acknowledged Policy", null, null, null, null, List.of(section), PublicationKind.MAJOR, "First", null,
				null, 0));
		mongo.save(new TrustPolicy(policyId, TRUST, "Acknowledged Policy", 12, 1, null, null, 0));
		String variantId = SCHOOL + "--" + policyId;
		var details = new VariantDetails("Lunsford's Acknowledged Policy", null, null, null, null, null, null, null, 12,
				null, null);
		var live = new VariantVersion(VariantVersion.idOf(variantId, 1), TRUST, SCHOOL, variantId, policyId, 1,
				PublicationKind.MAJOR, "First", "head", PUBLISHED, 1, details, List.of(VariantSection.inherited("1.1")),
				List.of(), 0, 1);
		mongo.save(live);
		mongo.save(new PolicyVariant(variantId, TRUST, SCHOOL, policyId, live, null, 0));
		return variantId;
	}

	/** Removes a fresh variant with its policy, versions, acknowledgements and counters. */
	static void remove(MongoTemplate mongo, String variantId) {
		var variant = mongo.findById(variantId, PolicyVariant.class);
		if (variant == null) {
			return;
		}
		mongo.remove(Query.query(Criteria.where("_id").is(variant.policyId())), "policies");
		for (String collection : List.of("policy_versions", "variants", "variant_versions", "review_schedules")) {
			mongo.remove(Query.query(Criteria.where("policyId").is(variant.policyId())), collection);
		}
		for (String collection : List.of("acknowledgements", "acknowledgement_counters", "review_schedules")) {
			mongo.remove(Query.query(Criteria.where("variantId").is(variantId)), collection);
		}
	}

}
