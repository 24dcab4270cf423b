package uk.trustboard.api.security;

/** Who a caller is to Trustboard, taken from the token's role claim. */
public enum Role {

	/** Reads everything in its trust; manages the trust's policies. */
	TRUST_EXECUTIVE,

	/** Reads and manages only the schools in its school claim. */
	SCHOOL_HEAD,

	/** Reads its own schools' published policies and acknowledges them as itself. */
	STAFF,

	/** A machine client (client-credentials token) whose scopes say what it may read, in its own trust. */
	INTEGRATION

}
