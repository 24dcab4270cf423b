package uk.trustboard.api.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may do. Granted authorities carry these names, so services say
 * {@code @PreAuthorize("hasAuthority('MANAGE_SCHOOL')")}; which trust and schools it applies to is
 * the caller's {@link TenantScope}.
 */
public enum Permission {

	/** Read the trust, its schools, their people, channels and policies. */
	READ_DIRECTORY,

	/** Change a school's details, variant, channels and named people. */
	MANAGE_SCHOOL,

	/** Draft and publish the trust's base policies. */
	MANAGE_TRUST_POLICY,

	/** Read the audit log of changes. */
	READ_AUDIT,

	/** Acknowledge a policy version as oneself. */
	ACKNOWLEDGE,

	/** Read review schedules and overdue reviews. */
	READ_REVIEWS,

	/** Read compliance dashboards. */
	READ_DASHBOARD,

	/** Make private calendar subscription links to review schedules (for people, not machine clients). */
	SUBSCRIBE_REVIEW_CALENDAR,

	/** Import a school's staff from its MIS or HR system (create and update people, mark leavers). */
	IMPORT_STAFF;

	static Set<Permission> of(Role role) {
		return switch (role) {
			case TRUST_EXECUTIVE -> EnumSet.of(READ_DIRECTORY, MANAGE_TRUST_POLICY, READ_AUDIT, READ_REVIEWS,
					READ_DASHBOARD, SUBSCRIBE_REVIEW_CALENDAR);
			case SCHOOL_HEAD -> EnumSet.of(READ_DIRECTORY, MANAGE_SCHOOL, ACKNOWLEDGE, READ_REVIEWS, READ_DASHBOARD,
					IMPORT_STAFF, SUBSCRIBE_REVIEW_CALENDAR);
			case STAFF -> EnumSet.of(READ_DIRECTORY, ACKNOWLEDGE);
			// a machine client gets only what its OAuth2 scopes grant
			case INTEGRATION -> EnumSet.noneOf(Permission.class);
		};
	}

	/** The permissions an integration's OAuth2 scope grants. */
	static Set<Permission> ofScope(String scope) {
		return switch (scope) {
			case "reviews:read" -> EnumSet.of(READ_DIRECTORY, READ_REVIEWS);
			case "dashboard:read" -> EnumSet.of(READ_DIRECTORY, READ_DASHBOARD);
			case "directory:read" -> EnumSet.of(READ_DIRECTORY);
			case "staff:write" -> EnumSet.of(IMPORT_STAFF);
			default -> EnumSet.noneOf(Permission.class);
		};
	}

}
