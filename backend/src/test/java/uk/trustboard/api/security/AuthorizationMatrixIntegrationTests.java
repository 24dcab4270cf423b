package uk.trustboard.api.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.ResponseError;

import uk.trustboard.api.audit.AuditEntry;
import uk.trustboard.api.audit.AuditOutcome;
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

	enum Target {

		NONE(null), OWN_SCHOOL("lunsford-primary"), SIBLING_SCHOOL("cop-lane-ce-primary"),
		FOREIGN_SCHOOL(AuthorizationMatrixIntegrationTests.FOREIGN_SCHOOL), OWN_TRUST(TRUST),
		FOREIGN_TRUST(AuthorizationMatrixIntegrationTests.FOREIGN_TRUST);

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
				case EXECUTIVE -> EnumSet.of(Permission.READ_DIRECTORY, Permission.READ_AUDIT);
				case HEAD -> EnumSet.of(Permission.READ_DIRECTORY, Permission.MANAGE_SCHOOL);
				case STAFF, INTEGRATION -> EnumSet.of(Permission.READ_DIRECTORY);
				case INTEGRATION_WITHOUT_SCOPES -> EnumSet.noneOf(Permission.class);
			};
		}

		boolean sees(Target target) {
			return switch (target) {
				case NONE, OWN_TRUST -> true;
				case OWN_SCHOOL -> true;
				case SIBLING_SCHOOL -> this.schools.isEmpty();
				case FOREIGN_SCHOOL, FOREIGN_TRUST -> false;
			};
		}

	}

	enum TargetKind {

		NONE(Target.NONE), SCHOOL(Target.OWN_SCHOOL, Target.SIBLING_SCHOOL, Target.FOREIGN_SCHOOL),
		TRUST(Target.OWN_TRUST, Target.FOREIGN_TRUST);

		final List<Target> targets;

		TargetKind(Target... targets) {
			this.targets = List.of(targets);
		}

	}

	/** The rule of one field: the permission it needs, what it targets, and a document that calls it with $id. */
	record Rule(Permission needs, TargetKind kind, String document) {
	}

	static final Map<String, Rule> RULES = Map.of(
			"trusts", new Rule(Permission.READ_DIRECTORY, TargetKind.NONE, "{ trusts { id } }"),
			"trust", new Rule(Permission.READ_DIRECTORY, TargetKind.TRUST,
					"query($id: ID!) { trust(id: $id) { id policies { id } } }"),
			"school", new Rule(Permission.READ_DIRECTORY, TargetKind.SCHOOL,
					"query($id: ID!) { school(id: $id) { id people { history { person { id } } } channels { id } } }"),
			"schools", new Rule(Permission.READ_DIRECTORY, TargetKind.TRUST,
					"query($id: ID!) { schools(trustId: $id, first: 100) { edges { node { id } } } }"),
			"auditLog", new Rule(Permission.READ_AUDIT, TargetKind.NONE,
					"{ auditLog(first: 100) { edges { node { id } } } }"),
			"updateSchoolDetails", new Rule(Permission.MANAGE_SCHOOL, TargetKind.SCHOOL,
					"mutation($id: ID!) { updateSchoolDetails(input: {schoolId: $id}) { school { id } userErrors { code } } }"));

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void anotherTrust() {
		this.mongo.save(new Trust(FOREIGN_TRUST, "Northern Lights Trust (fictional)"));
		this.mongo.save(new School(FOREIGN_SCHOOL, FOREIGN_TRUST, "Aurora Primary School (fictional)", null,
				SchoolPhase.PRIMARY, null, null, null, null, null));
		this.mongo.save(new AuditEntry("foreign-audit-entry", FOREIGN_TRUST, Instant.parse("2026-11-01T00:00:00Z"),
				"someone-else", null, List.of("SCHOOL_HEAD"), "updateSchoolDetails", List.of(FOREIGN_SCHOOL),
				AuditOutcome.SUCCEEDED, List.of()));
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
		if (!persona.permissions().contains(rule.needs())) {
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
		}
		return fields;
	}

	static int cellCount() {
		Map<String, Integer> perField = new LinkedHashMap<>();
		RULES.forEach((field, rule) -> perField.put(field, rule.kind().targets.size() * Persona.values().length + 1));
		return perField.values().stream().mapToInt(Integer::intValue).sum();
	}

	@Test
	void theMatrixCoversEveryFieldRoleAndTarget() {
		// 4 directory and audit fields plus a mutation, 5 personas, their targets, and no token
		assertThat(cellCount()).isEqualTo(66);
	}

}
