package uk.trustboard.api.review;

/** What a schedule is for: a school's policy (its variant) or the trust's own base policy. */
public enum ReviewTarget {
	SCHOOL_POLICY, TRUST_POLICY
}
