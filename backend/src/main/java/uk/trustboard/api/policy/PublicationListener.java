package uk.trustboard.api.policy;

/** Told after a version goes live, so that what follows from publication (review schedules) is set up. */
public interface PublicationListener {

	default void variantPublished(PolicyVariant variant, VariantVersion version) {
	}

	default void trustPolicyPublished(TrustPolicy policy, TrustPolicyVersion version) {
	}

}
