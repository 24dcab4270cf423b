package uk.trustboard.api.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.ResponseError;

import uk.trustboard.api.audit.AuditEntry;
import uk.trustboard.api.audit.AuditOutcome;
import uk.trustboard.api.channel.Channel;
import uk.trustboard.api.channel.ChannelPlatform;
import uk.trustboard.api.channel.ChannelStatus;
import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolPhase;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;
import uk.trustboard.api.trust.Trust;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query and mutation field of the schema, for every role, against its own and another
 * school and trust, with real signed tokens. The expected answer comes from the rule table
 * below, written independently of the code under test; a schema field with no rule here fails
 * {@link #everyQueryAndMutationFieldHasARule()}.
 */
class AuthorizationMatrixIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	private static final String FOREIGN_TRUST = "northern-lights-trust";

	private static final String FOREIGN_SCHOOL = "aurora-primary";

	private static final String FOREIGN_POLICY = "northern-lights-social-media";

	private static final String FOREIGN_VARIANT = "aurora-primary-social-media";

	enum Target {

		NONE(null), OWN_SCHOOL("lunsford-primary"), SIBLING_SCHOOL("cop-lane-ce-primary"),
		FOREIGN_SCHOOL(AuthorizationMatrixIntegrationTests.FOREIGN_SCHOOL), OWN_TRUST(TRUST),
		FOREIGN_TRUST(AuthorizationMatrixIntegrationTests.FOREIGN_TRUST),
		// channels and appointments made by channelsAndAppointments(), in Lunsford, Cop Lane and the other trust
		OWN_CHANNEL("matrix-own-channel"), SIBLING_CHANNEL("matrix-sibling-channel"),
		FOREIGN_CHANNEL("matrix-foreign-channel"), OWN_APPOINTMENT("matrix-own-appointment"),
		SIBLING_APPOINTMENT("matrix-sibling-appointment"), FOREIGN_APPOINTMENT("matrix-foreign-appointment"),
		// the seed's variants and trust policy, and anotherTrust()'s
		OWN_VARIANT("lunsford-primary-social-media"), SIBLING_VARIANT("cop-lane-ce-primary-network-and-social-media"),
		FOREIGN_VARIANT(AuthorizationMatrixIntegrationTests.FOREIGN_VARIANT), OWN_POLICY("asset-education-social-media"),
		FOREIGN_POLICY(AuthorizationMatrixIntegrationTests.FOREIGN_POLICY);

		final String id;

		Target(String id) {
			this.id = id;
		}

	}

	enum Persona {

		EXECUTIVE("TRUST_EXECUTIVE", List.of(), ""), HEAD("SCHOOL_HEAD", List.of("lunsford-primary"), ""),
		STAFF("STAFF", List.of("lunsford-primary"), ""),
		INTEGRATION("INTEGRATION", List.of(), "reviews:read dashboard:read"),
		INTEGRATION_WITHOUT_SCOPES("INTEGRATION", List.of(), "");

		final String role;

		final List<String> schools;

		final String scope;

		Persona(String role, List<String> schools, String scope) {
			this.role = role;
			this.schools = schools;
			this.scope = scope;
		}

		String token() {
			var claims = TestIssuer.claims("matrix-" + name().toLowerCase(), this.role, TRUST, this.schools);
			if (!this.scope.isEmpty()) {
				claims.claim("scope", this.scope);
			}
			return TestIssuer.sign(claims.build());
		}

		/** The permissions the security model grants each persona (the README's table). */
		Set<Permission> permissions() {
			return switch (this) {
				case EXECUTIVE -> EnumSet.of(Permission.READ_DIRECTORY, Permission.READ_AUDIT,
						Permission.MANAGE_TRUST_POLICY, Permission.READ_REVIEWS, Permission.READ_DASHBOARD,
						Permission.SUBSCRIBE_REVIEW_CALENDAR);
				case HEAD -> EnumSet.of(Permission.READ_DIRECTORY, Permission.MANAGE_SCHOOL, Permission.ACKNOWLEDGE,
						Permission.READ_REVIEWS, Permission.READ_DASHBOARD, Permission.IMPORT_STAFF,
						Permission.SUBSCRIBE_REVIEW_CALENDAR);
				case STAFF -> EnumSet.of(Permission.READ_DIRECTORY, Permission.ACKNOWLEDGE);
				case INTEGRATION -> EnumSet.of(Permission.READ_DIRECTORY, Permission.READ_REVIEWS, Permission.READ_DASHBOARD);
				case INTEGRATION_WITHOUT_SCOPES -> EnumSet.noneOf(Permission.class);
			};
		}

		boolean sees(Target target) {
			return switch (target) {
				case NONE, OWN_TRUST, OWN_POLICY -> true;
				case OWN_SCHOOL, OWN_CHANNEL, OWN_APPOINTMENT, OWN_VARIANT -> true;
				case SIBLING_SCHOOL, SIBLING_CHANNEL, SIBLING_APPOINTMENT, SIBLING_VARIANT -> this.schools.isEmpty();
				case FOREIGN_SCHOOL, FOREIGN_TRUST, FOREIGN_CHANNEL, FOREIGN_APPOINTMENT, FOREIGN_VARIANT,
						FOREIGN_POLICY -> false;
			};
		}

	}

	enum TargetKind {

		NONE(Target.NONE), SCHOOL(Target.OWN_SCHOOL, Target.SIBLING_SCHOOL, Target.FOREIGN_SCHOOL),
		TRUST(Target.OWN_TRUST, Target.FOREIGN_TRUST),
		CHANNEL(Target.OWN_CHANNEL, Target.SIBLING_CHANNEL, Target.FOREIGN_CHANNEL),
		APPOINTMENT(Target.OWN_APPOINTMENT, Target.SIBLING_APPOINTMENT, Target.FOREIGN_APPOINTMENT),
		VARIANT(Target.OWN_VARIANT, Target.SIBLING_VARIANT, Target.FOREIGN_VARIANT),
		POLICY(Target.OWN_POLICY, Target.FOREIGN_POLICY);

		final List<Target> targets;

		TargetKind(Target... targets) {
			this.targets = List.of(targets);
		}

	}

	/**
	 * The rule of one field: the permission it needs, what it targets, and a document that calls it
	 * with $id. {@code gate}, when set, is a wider permission that passes the method's first check:
	 * a caller with only the gate then learns NOT_FOUND for targets it cannot see, and FORBIDDEN
	 * for those it can (recordReview: executives record trust policy reviews, heads school ones).
	 */
	record Rule(Permission needs, TargetKind kind, String document, Permission gate) {
	}

	static final Map<String, Rule> RULES = Map.ofEntries(
			rule("trusts", Permission.READ_DIRECTORY, TargetKind.NONE, "{ trusts { id } }"),
			rule("trust", Permission.READ_DIRECTORY, TargetKind.TRUST,
					"query($id: ID!) { trust(id: $id) { id policies { id } } }"),
			rule("school", Permission.READ_DIRECTORY, TargetKind.SCHOOL,
					"query($id: ID!) { school(id: $id) { id people { history { person { id } } } channels { id } } }"),
			rule("schools", Permission.READ_DIRECTORY, TargetKind.TRUST,
					"query($id: ID!) { schools(trustId: $id, first: 100) { edges { node { id } } } }"),
			rule("auditLog", Permission.READ_AUDIT, TargetKind.NONE, "{ auditLog(first: 100) { edges { node { id } } } }"),
			rule("updateSchoolDetails", Permission.MANAGE_SCHOOL, TargetKind.SCHOOL,
					"mutation($id: ID!) { updateSchoolDetails(input: {schoolId: $id}) { school { id } userErrors { code } } }"),
			// harmless when allowed: a blank name and an unknown person are user errors, nothing is stored
			rule("addChannel", Permission.MANAGE_SCHOOL, TargetKind.SCHOOL,
					"mutation($id: ID!) { addChannel(input: {schoolId: $id, platform: OTHER, name: \" \"}) { channel { id } userErrors { code } } }"),
			rule("appointPerson", Permission.MANAGE_SCHOOL, TargetKind.SCHOOL,
					"mutation($id: ID!) { appointPerson(input: {schoolId: $id, role: DEPUTY_DSL, personId: \"matrix-nobody\"}) { appointment { id } userErrors { code } } }"),
			// these change only the matrix's own channels and appointments, made afresh for each run
			rule("updateChannel", Permission.MANAGE_SCHOOL, TargetKind.CHANNEL,
					"mutation($id: ID!) { updateChannel(input: {channelId: $id}) { channel { id } userErrors { code } } }"),
			rule("retireChannel", Permission.MANAGE_SCHOOL, TargetKind.CHANNEL,
					"mutation($id: ID!) { retireChannel(input: {channelId: $id}) { channel { id status } userErrors { code } } }"),
			rule("endAppointment", Permission.MANAGE_SCHOOL, TargetKind.APPOINTMENT,
					"mutation($id: ID!) { endAppointment(input: {appointmentId: $id, until: \"2025-01-01\"}) { appointment { id until } userErrors { code } } }"),
			// policy changes sent with a revision that can never match: allowed callers get CONCURRENT_CHANGE, nothing changes
			rule("editTrustPolicyDraft", Permission.MANAGE_TRUST_POLICY, TargetKind.POLICY,
					"mutation($id: ID!) { editTrustPolicyDraft(input: {policyId: $id, expectedRevision: -1}) { policy { id } userErrors { code } } }"),
			rule("publishTrustPolicy", Permission.MANAGE_TRUST_POLICY, TargetKind.POLICY,
					"mutation($id: ID!) { publishTrustPolicy(input: {policyId: $id, expectedRevision: -1, kind: MINOR, summary: \"m\"}) { policy { id } userErrors { code } } }"),
			// every seed school already adapts this policy: allowed callers get ALREADY_EXISTS
			rule("createPolicyVariant", Permission.MANAGE_SCHOOL, TargetKind.SCHOOL,
					"mutation($id: ID!) { createPolicyVariant(input: {schoolId: $id, policyId: \"asset-education-social-media\"}) { variant { id } userErrors { code } } }"),
			rule("editVariantDraft", Permission.MANAGE_SCHOOL, TargetKind.VARIANT,
					"mutation($id: ID!) { editVariantDraft(input: {variantId: $id, expectedRevision: -1}) { variant { id } userErrors { code } } }"),
			rule("rebaseVariantDraft", Permission.MANAGE_SCHOOL, TargetKind.VARIANT,
					"mutation($id: ID!) { rebaseVariantDraft(input: {variantId: $id, expectedRevision: -1}) { variant { id } userErrors { code } } }"),
			rule("discardVariantDraft", Permission.MANAGE_SCHOOL, TargetKind.VARIANT,
					"mutation($id: ID!) { discardVariantDraft(input: {variantId: $id, expectedRevision: -1}) { variant { id } userErrors { code } } }"),
			rule("publishPolicyVariant", Permission.MANAGE_SCHOOL, TargetKind.VARIANT,
					"mutation($id: ID!) { publishPolicyVariant(input: {variantId: $id, expectedRevision: -1, kind: MINOR, summary: \"m\"}) { variant { id } userErrors { code } } }"),
			rule("myReviewCalendarLinks", Permission.SUBSCRIBE_REVIEW_CALENDAR, TargetKind.NONE,
					"{ myReviewCalendarLinks { id school { id } } }"),
			rule("createReviewCalendarLink", Permission.SUBSCRIBE_REVIEW_CALENDAR, TargetKind.SCHOOL,
					"mutation($id: ID!) { createReviewCalendarLink(input: {schoolId: $id}) { link { id school { id } } userErrors { code } } }"),
			// allowed callers get the user error UNKNOWN_CALENDAR_LINK: nobody made this one
			rule("revokeReviewCalendarLink", Permission.SUBSCRIBE_REVIEW_CALENDAR, TargetKind.NONE,
					"mutation { revokeReviewCalendarLink(input: {id: \"matrix-no-such-link\"}) { link { id } userErrors { code } } }"),
			rule("variantDiff", Permission.READ_DIRECTORY, TargetKind.VARIANT,
					"query($id: ID!) { variantDiff(variantId: $id, fromVersion: 1, toVersion: 1) { key change } }"),
			rule("variantBaseDiff", Permission.READ_DIRECTORY, TargetKind.VARIANT,
					"query($id: ID!) { variantBaseDiff(variantId: $id) { key change } }"),
			// the matrix's tokens name no person, so an allowed self-acknowledgement is a user error
			rule("acknowledgePolicy", Permission.ACKNOWLEDGE, TargetKind.VARIANT,
					"mutation($id: ID!) { acknowledgePolicy(input: {variantId: $id}) { acknowledgement { id } userErrors { code } } }"),
			rule("setAcknowledgementRules", Permission.MANAGE_TRUST_POLICY, TargetKind.NONE,
					"mutation { setAcknowledgementRules(input: {audiences: [], dueWithinDays: 30}) { rules { dueWithinDays } userErrors { code } } }"),
			rule("myOutstandingPolicies", Permission.ACKNOWLEDGE, TargetKind.NONE,
					"{ myOutstandingPolicies(asOf: \"2026-11-22\") { variant { id } } }"),
			rule("acknowledgementStatus", Permission.READ_DASHBOARD, TargetKind.VARIANT,
					"query($id: ID!) { acknowledgementStatus(variantId: $id, asOf: \"2026-11-22\") { required outstandingPeople(first: 5) { edges { node { id } } } } }"),
			rule("complianceDashboard", Permission.READ_DASHBOARD, TargetKind.TRUST,
					"query($id: ID!) { complianceDashboard(trustId: $id, asOf: \"2026-11-22\") { schools { school { id } rating } } }"),
			rule("schoolCompliance", Permission.READ_DASHBOARD, TargetKind.SCHOOL,
					"query($id: ID!) { schoolCompliance(schoolId: $id, asOf: \"2026-11-22\") { school { id } rating } }"),
			rule("overdueReviews", Permission.READ_REVIEWS, TargetKind.TRUST,
					"query($id: ID!) { overdueReviews(asOf: \"2026-11-22\", trustId: $id, first: 100) { edges { node { id school { id } } } } }"),
			// a review dated in the future is a user error: allowed callers change nothing
			gatedRule("recordReview", Permission.MANAGE_SCHOOL, Permission.MANAGE_TRUST_POLICY, TargetKind.VARIANT,
					"mutation($id: ID!) { recordReview(input: {scheduleId: $id, reviewedOn: \"2999-01-01\", outcome: NO_CHANGES}) { review { id } userErrors { code } } }"),
			// IMPORT_STAFF: of these personas only the head holds it (the integration has no staff:write scope),
			// as with MANAGE_SCHOOL; a row with a blank name is a row error for allowed callers, nothing is stored
			rule("importStaff", Permission.IMPORT_STAFF, TargetKind.SCHOOL,
					"mutation($id: ID!) { importStaff(input: {schoolId: $id, rows: [{externalId: \"matrix-row\", name: \" \", staffType: TEACHER}]}) { created rejected rowErrors { code } userErrors { code } } }"));

	private static Map.Entry<String, Rule> rule(String field, Permission needs, TargetKind kind, String document) {
		return Map.entry(field, new Rule(needs, kind, document, null));
	}

	private static Map.Entry<String, Rule> gatedRule(String field, Permission needs, Permission gate, TargetKind kind,
			String document) {
		return Map.entry(field, new Rule(needs, kind, document, gate));
	}

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void anotherTrust() {
		this.mongo.save(new Trust(FOREIGN_TRUST, "Northern Lights Trust (fictional)"));
		this.mongo.save(new School(FOREIGN_SCHOOL, FOREIGN_TRUST, "Aurora Primary School (fictional)", null,
				SchoolPhase.PRIMARY, null, null, null, null, null));
		this.mongo.save(new TrustPolicy(FOREIGN_POLICY, FOREIGN_TRUST, "Social Media Policy", 12, 0, null, null, 0));
		this.mongo.save(new PolicyVariant(FOREIGN_VARIANT, FOREIGN_TRUST, FOREIGN_SCHOOL, FOREIGN_POLICY, null, null, 0));
		this.mongo.save(new AuditEntry("foreign-audit-entry", FOREIGN_TRUST, Instant.parse("2026-11-01T00:00:00Z"),
				"someone-else", null, List.of("SCHOOL_HEAD"), "updateSchoolDetails", List.of(FOREIGN_SCHOOL),
				AuditOutcome.SUCCEEDED, List.of()));
	}

	@BeforeEach
	void channelsAndAppointments() {
		channelsAndAppointmentsIn(Target.OWN_CHANNEL, Target.OWN_APPOINTMENT, TRUST, "lunsford-primary",
				"demo-lunsford-volunteer-1");
		channelsAndAppointmentsIn(Target.SIBLING_CHANNEL, Target.SIBLING_APPOINTMENT, TRUST, "cop-lane-ce-primary",
				"demo-cop-lane-volunteer-1");
		channelsAndAppointmentsIn(Target.FOREIGN_CHANNEL, Target.FOREIGN_APPOINTMENT, FOREIGN_TRUST, FOREIGN_SCHOOL,
				"aurora-someone");
	}

	private void channelsAndAppointmentsIn(Target channel, Target appointment, String trustId, String schoolId,
			String personId) {
		this.mongo.save(new Channel(channel.id, trustId, schoolId, ChannelPlatform.OTHER, "Matrix channel", null, null,
				List.of(), List.of(), List.of(), List.of(), ChannelStatus.ACTIVE));
		this.mongo.save(new Appointment(appointment.id, trustId, schoolId, AppointmentRole.DEPUTY_DSL, personId, null,
				null, DocumentDate.parse("2024-09"), null, null));
	}

	/** Other test classes share this database and expect the seeded schools as they were. */
	@AfterEach
	void removeChannelsAndAppointments() {
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^matrix-")), Channel.class);
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^matrix-")), Appointment.class);
	}

	@Test
	void everyQueryAndMutationFieldHasARule() throws IOException {
		assertThat(RULES.keySet()).containsExactlyInAnyOrderElementsOf(schemaFields());
	}

	@TestFactory
	Stream<DynamicTest> everyFieldForEveryRoleAndTarget() {
		List<DynamicTest> cells = new ArrayList<>();
		RULES.forEach((field, rule) -> {
			for (Persona persona : Persona.values()) {
				for (Target target : rule.kind().targets) {
					cells.add(DynamicTest.dynamicTest(field + " as " + persona + " on " + target,
							() -> check(field, rule, persona, target)));
				}
			}
			cells.add(DynamicTest.dynamicTest(field + " without a token", () -> checkAnonymous(rule)));
		});
		return cells.stream();
	}

	private void check(String field, Rule rule, Persona persona, Target target) {
		GraphQlResponse response = call(persona.token(), rule, target);
		Object data = (response.getData() instanceof Map<?, ?> map) ? map.get(field) : null;
		boolean passesGate = persona.permissions().contains(rule.needs())
				|| (rule.gate() != null && persona.permissions().contains(rule.gate()));
		if (!passesGate || (persona.sees(target) && !persona.permissions().contains(rule.needs()))) {
			assertClassification(response, "FORBIDDEN");
			assertNoData(data);
		}
		else if (!persona.sees(target)) {
			assertClassification(response, "NOT_FOUND");
			assertNoData(data);
		}
		else {
			assertThat(response.getErrors()).isEmpty();
			assertThat(data).isNotNull();
			assertOnlyVisibleIds(String.valueOf(data), persona);
		}
	}

	private void checkAnonymous(Rule rule) {
		var request = http().build().post().uri(url("/graphql")).header("Content-Type", "application/json");
		request.bodyValue(Map.of("query", rule.document(), "variables", Map.of("id", "lunsford-primary")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private GraphQlResponse call(String token, Rule rule, Target target) {
		var tester = withToken(token).document(rule.document());
		if (target.id != null) {
			tester = tester.variable("id", target.id);
		}
		return tester.execute().returnResponse();
	}

	private static void assertClassification(GraphQlResponse response, String classification) {
		assertThat(response.getErrors()).isNotEmpty()
			.allSatisfy(error -> assertThat(String.valueOf(error.getErrorType())).isEqualTo(classification));
		assertThat(response.getErrors()).extracting(ResponseError::getMessage)
			.allSatisfy(message -> assertThat(message).doesNotContain("Exception"));
	}

	/** Refused: nothing, or an empty page, never another tenant's data. */
	private static void assertNoData(Object data) {
		if (data instanceof Map<?, ?> connection && connection.containsKey("edges")) {
			assertThat((List<?>) connection.get("edges")).isEmpty();
		}
		else {
			assertThat(data).isNull();
		}
	}

	/** Any school, trust or audit entry in an answer must be one the persona may see. */
	private static void assertOnlyVisibleIds(String data, Persona persona) {
		assertThat(data).doesNotContain(FOREIGN_TRUST).doesNotContain(FOREIGN_SCHOOL).doesNotContain("foreign-audit-entry");
		if (!persona.schools.isEmpty()) {
			assertThat(data).doesNotContain("cop-lane-ce-primary").doesNotContain("monkhouse-primary");
		}
	}

	private static Set<String> schemaFields() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter(file -> file.toString().endsWith(".graphqls")).toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		Set<String> fields = new TreeSet<>();
		for (String type : List.of("Query", "Mutation")) {
			registry.getType(type, ObjectTypeDefinition.class)
				.ifPresent(definition -> definition.getFieldDefinitions()
					.stream()
					.map(FieldDefinition::getName)
					.forEach(fields::add));
			// fields added by `extend type Query/Mutation` in other schema files
			registry.objectTypeExtensions()
				.getOrDefault(type, List.of())
				.forEach(extension -> extension.getFieldDefinitions()
					.stream()
					.map(FieldDefinition::getName)
					.forEach(fields::add));
		}
		return fields;
	}

}
