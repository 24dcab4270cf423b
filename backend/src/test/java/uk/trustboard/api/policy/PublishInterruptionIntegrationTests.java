package uk.trustboard.api.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;

import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publish is two writes. These tests stop one after its first write (the pending version
 * document), as a crash would, and check what readers see and that the next publish completes.
 * After the second write the publish is complete by construction: it is one atomic update.
 */
class PublishInterruptionIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	VariantPublishing publishing;

	@Autowired
	TrustPolicyVersionRepository trustVersions;

	private String policyId;

	private String variantId;

	@BeforeEach
	void aPublishedVariantWithADraft() {
		this.policyId = "interrupted-" + UUID.randomUUID();
		var base = List.of(new PolicySection("1.1", "1.1", "Introduction", "Trust text.", List.of()));
		this.mongo.save(new TrustPolicyVersion(TrustPolicyVersion.idOf(this.policyId, 1), TRUST, this.policyId, 1, "V1.0",
				"Interrupted Policy", null, null, null, null, base, PublicationKind.MAJOR, "First", null, null, 0));
		this.mongo.save(new TrustPolicy(this.policyId, TRUST, "Interrupted Policy", 12, 1, null, null, 0));
		this.variantId = "lunsford-primary--" + this.policyId;
		var details = new VariantDetails("Lunsford's policy", null, null, null, null, null, null, null, 12, null, null);
		var live = new VariantVersion(VariantVersion.idOf(this.variantId, 1), TRUST, "lunsford-primary", this.variantId,
				this.policyId, 1, PublicationKind.MAJOR, "First", "head", Instant.parse("2026-09-01T00:00:00Z"), 1, details,
				List.of(text("Version one text.")), List.of(), 0, 1);
		this.mongo.save(live);
		var draft = new VariantDraft(this.policyId, 1, details, List.of(text("Version two text.")), List.of(), List.of(),
				"head", Instant.parse("2026-11-01T00:00:00Z"));
		this.mongo.save(new PolicyVariant(this.variantId, TRUST, "lunsford-primary", this.policyId, live, draft, 1));
	}

	@AfterEach
	void removeThePolicy() {
		var ofPolicy = Query.query(Criteria.where("policyId").is(this.policyId));
		for (String collection : List.of("policy_versions", "variants", "variant_versions", "review_schedules")) {
			this.mongo.remove(ofPolicy, collection);
		}
		this.mongo.remove(Query.query(Criteria.where("_id").is(this.policyId)), "policies");
	}

	@Test
	void stoppingAfterTheVersionIsWrittenLeavesTheOldVersionLiveAndTheNextPublishCompletes() {
		PolicyVariant variant = this.mongo.findById(this.variantId, PolicyVariant.class);
		this.publishing.publishStep1(pending(variant, 2, variant.revision(), "Version two text."));

		var state = lunsford();
		state.path(of("live.number")).entityList(Integer.class).containsExactly(1);
		state.path(of("live.sections[0].body")).entityList(String.class).containsExactly("Version one text.");
		state.path(of("versions[*].number")).entityList(Integer.class).containsExactly(1);
		state.path(of("draft.sections[0].body")).entityList(String.class).containsExactly("Version two text.");

		var published = publish(1);
		published.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		published.path("publishPolicyVariant.variant.live.number").entity(Integer.class).isEqualTo(2);
		published.path("publishPolicyVariant.variant.live.sections[0].body").entity(String.class).isEqualTo("Version two text.");
		published.path("publishPolicyVariant.variant.versions[*].number").entityList(Integer.class).containsExactly(2, 1);
		assertThat(this.mongo.findById(VariantVersion.idOf(this.variantId, 2), VariantVersion.class).summary())
			.isEqualTo("Interrupted earlier");
	}

	@Test
	void aRetryWithAnotherKindAndSummaryGoesLiveWithTheRetrysKindAndSummary() {
		PolicyVariant variant = this.mongo.findById(this.variantId, PolicyVariant.class);
		// the head first asked for MAJOR, and the process stopped after the version was written
		this.publishing.publishStep1(pending(variant, 2, variant.revision(), "Version two text."));

		var retried = publish(1, "MINOR", "Only wording changed");

		retried.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		retried.path("publishPolicyVariant.variant.live.number").entity(Integer.class).isEqualTo(2);
		retried.path("publishPolicyVariant.variant.live.kind").entity(String.class).isEqualTo("MINOR");
		retried.path("publishPolicyVariant.variant.live.summary").entity(String.class).isEqualTo("Only wording changed");
		retried.path("publishPolicyVariant.variant.versions[0].kind").entity(String.class).isEqualTo("MINOR");
		retried.path("publishPolicyVariant.variant.versions[0].summary").entity(String.class).isEqualTo("Only wording changed");
		VariantVersion stored = this.mongo.findById(VariantVersion.idOf(this.variantId, 2), VariantVersion.class);
		assertThat(stored.kind()).isEqualTo(PublicationKind.MINOR);
		assertThat(stored.summary()).isEqualTo("Only wording changed");
		assertThat(stored.acknowledgementLine()).as("a MINOR version stays on version 1's acknowledgement line").isEqualTo(1);
		assertThat(this.mongo.findById(this.variantId, PolicyVariant.class).live()).isEqualTo(stored);
	}

	@Test
	void aTrustPolicyRetryWithAnotherKindAndSummaryGoesLiveWithTheRetrysKindAndSummary() {
		var executive = as("trust-executive");
		executive.documentName("editTrustPolicyDraft")
			.fragmentName("policyState")
			.variable("input", Map.of("policyId", this.policyId, "expectedRevision", 0, "sections",
					List.of(Map.of("key", "1.1", "heading", "Introduction", "body", "Trust text, better worded."))))
			.execute()
			.path("editTrustPolicyDraft.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		TrustPolicy policy = this.mongo.findById(this.policyId, TrustPolicy.class);
		// a MAJOR attempt from this very draft stopped after writing its version
		this.trustVersions.writePending(new TrustPolicyVersion(TrustPolicyVersion.idOf(this.policyId, 2), TRUST,
				this.policyId, 2, "V2.0", "Interrupted Policy", null, null, null, null, policy.draft().sections(),
				PublicationKind.MAJOR, "Died half way", "trust-executive", Instant.parse("2026-11-20T00:00:00Z"),
				policy.revision()));

		var retried = executive.documentName("publishTrustPolicy")
			.fragmentName("policyState")
			.variable("input", Map.of("policyId", this.policyId, "expectedRevision", 1, "kind", "MINOR", "summary",
					"Wording only"))
			.execute();

		retried.path("publishTrustPolicy.userErrors").entityList(Object.class).hasSize(0);
		retried.path("publishTrustPolicy.policy.currentVersion.number").entity(Integer.class).isEqualTo(2);
		retried.path("publishTrustPolicy.policy.currentVersion.kind").entity(String.class).isEqualTo("MINOR");
		retried.path("publishTrustPolicy.policy.currentVersion.label").entity(String.class).isEqualTo("V1.1");
		retried.path("publishTrustPolicy.policy.currentVersion.summary").entity(String.class).isEqualTo("Wording only");
		retried.path("publishTrustPolicy.policy.currentVersion.sections[0].body")
			.entity(String.class)
			.isEqualTo("Trust text, better worded.");
	}

	/**
	 * Two attempts at once (a double click, a client retrying while the first call still runs),
	 * each step run by hand in the worst order: the earlier attempt cannot go live once a later one
	 * has started, and its late write cannot change the version that went live.
	 */
	@Test
	void anOvertakenAttemptNeitherGoesLiveNorChangesTheVersionThatDid() {
		PolicyVariant variant = this.mongo.findById(this.variantId, PolicyVariant.class);
		TenantScope scope = TenantScope.schools(TRUST, List.of("lunsford-primary"));
		long first = this.publishing.claim(variant, scope).orElseThrow();
		long second = this.publishing.claim(variant, scope).orElseThrow();
		VariantVersion major = attempt(variant, first, PublicationKind.MAJOR, "First attempt");
		VariantVersion minor = attempt(variant, second, PublicationKind.MINOR, "Second attempt");

		assertThat(this.publishing.publishStep1(major)).isTrue();
		assertThat(this.publishing.publishStep2(variant, major, scope)).as("a later attempt has started").isFalse();
		assertThat(this.publishing.publishStep1(minor)).isTrue();
		assertThat(this.publishing.publishStep2(variant, minor, scope)).isTrue();
		assertThat(this.publishing.publishStep1(major)).as("the first attempt, late").isFalse();

		VariantVersion stored = this.mongo.findById(VariantVersion.idOf(this.variantId, 2), VariantVersion.class);
		assertThat(stored.summary()).isEqualTo("Second attempt");
		assertThat(this.mongo.findById(this.variantId, PolicyVariant.class).live()).isEqualTo(stored);
		assertThat(this.publishing.claim(variant, scope)).as("the publish read revision 1; the variant is at 2").isEmpty();
		lunsford().path(of("versions[*].summary")).entityList(String.class).containsExactly("Second attempt", "First");
	}

	@Test
	void aLeftoverFromAnOlderDraftIsReplacedNeverPublished() {
		PolicyVariant variant = this.mongo.findById(this.variantId, PolicyVariant.class);
		this.publishing.publishStep1(pending(variant, 2, 0, "Stale text from an abandoned publish."));

		var published = publish(1);

		published.path("publishPolicyVariant.variant.live.sections[0].body").entity(String.class).isEqualTo("Version two text.");
		assertThat(this.mongo.findById(VariantVersion.idOf(this.variantId, 2), VariantVersion.class).sections().get(0).body())
			.isEqualTo("Version two text.");
	}

	@Test
	void aTrustPolicyVersionWrittenButNotYetCurrentIsInvisible() {
		this.trustVersions.writePending(new TrustPolicyVersion(TrustPolicyVersion.idOf(this.policyId, 2), TRUST,
				this.policyId, 2, "V2.0", "Interrupted Policy", null, null, null, null,
				List.of(new PolicySection("1.1", "1.1", "Introduction", "Half-published trust text.", List.of())),
				PublicationKind.MAJOR, "Never finished", null, null, 0));

		var trust = as("trust-executive").document("{ trust(id: \"asset-education\") { policies { id currentVersion { number } versions { number } } } }")
			.execute();
		String policy = "trust.policies[?(@.id == '" + this.policyId + "')]";
		trust.path(policy + ".currentVersion.number").entityList(Integer.class).containsExactly(1);
		trust.path(policy + ".versions[*].number").entityList(Integer.class).containsExactly(1);
		lunsford().path(of("staleBase")).entityList(Boolean.class).containsExactly(false);
	}

	private GraphQlTester.Response publish(int expectedRevision) {
		return publish(expectedRevision, "MAJOR", "Interrupted earlier");
	}

	private GraphQlTester.Response publish(int expectedRevision, String kind, String summary) {
		return as("lunsford-head").documentName("publishPolicyVariant")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", this.variantId, "expectedRevision", expectedRevision, "kind", kind,
					"summary", summary))
			.execute();
	}

	private GraphQlTester.Response lunsford() {
		return as("lunsford-head").documentName("schoolVariants")
			.fragmentName("variantState")
			.variable("id", "lunsford-primary")
			.execute();
	}

	private String of(String field) {
		return "school.variants[?(@.id == '" + this.variantId + "')]." + field;
	}

	private static VariantVersion pending(PolicyVariant variant, int number, long draftRevision, String body) {
		return new VariantVersion(VariantVersion.idOf(variant.id(), number), variant.trustId(), variant.schoolId(),
				variant.id(), variant.policyId(), number, PublicationKind.MAJOR, "Interrupted earlier", "head",
				Instant.parse("2026-11-20T00:00:00Z"), 1, variant.draft().details(), List.of(text(body)), List.of(),
				draftRevision, number);
	}

	private static VariantVersion attempt(PolicyVariant variant, long attempt, PublicationKind kind, String summary) {
		return new VariantVersion(VariantVersion.idOf(variant.id(), 2), variant.trustId(), variant.schoolId(), variant.id(),
				variant.policyId(), 2, kind, summary, "head", Instant.parse("2026-11-20T00:00:00Z"), 1,
				variant.draft().details(), variant.draft().sections(), List.of(), variant.revision(),
				(kind == PublicationKind.MAJOR) ? 2 : 1, attempt);
	}

	private static VariantSection text(String body) {
		return VariantSection.replacing("1.1", new PolicySection("1", "1", "Our introduction", body, List.of()));
	}

}
