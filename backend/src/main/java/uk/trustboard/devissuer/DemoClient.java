package uk.trustboard.devissuer;

import java.util.List;

/**
 * A demo login of the development issuer: an OAuth2 client whose tokens carry the claims a real
 * identity provider would put in a user's token (role, trust, schools, person).
 */
public record DemoClient(String clientId, String description, List<String> roles, String trustId,
		List<String> schoolIds, String personId, List<String> scopes) {

	/** The demo logins; their people and schools are in seed-data/. */
	public static final List<DemoClient> ALL = List.of(
			new DemoClient("trust-executive", "a trust executive of ASSET Education", List.of("TRUST_EXECUTIVE"),
					"asset-education", List.of(), "demo-trust-executive", List.of()),
			new DemoClient("lunsford-head", "the head of Lunsford Primary School", List.of("SCHOOL_HEAD"),
					"asset-education", List.of("lunsford-primary"), "demo-lunsford-head", List.of()),
			new DemoClient("lunsford-staff", "a teacher at Lunsford Primary School", List.of("STAFF"),
					"asset-education", List.of("lunsford-primary"), "demo-lunsford-teacher-1", List.of()),
			new DemoClient("integration", "a machine client of the trust that pulls overdue reviews",
					List.of("INTEGRATION"), "asset-education", List.of(), null,
					List.of("reviews:read", "dashboard:read")));

}
