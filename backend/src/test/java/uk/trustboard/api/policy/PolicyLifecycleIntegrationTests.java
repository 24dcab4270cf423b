package uk.trustboard.api.policy;

import java.util.LinkedHashMap;
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
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy lifecycle end to end with real tokens. Each test works on a trust policy of its own
 * (three short sections), so that the seed documents stay as they are for other tests.
 */
class PolicyLifecycleIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	private static final String LUNSFORD_PURPOSE = "Lunsford's purpose, in its own words.";

	@Autowired
	MongoTemplate mongo;

	private String policyId;

	@BeforeEach
	void aPolicyOfOurOwn() {
		this.policyId = "lifecycle-" + UUID.randomUUID();
		var sections = List.of(section("1.1", "Introduction", "Social media is any online platform."),
				section("1.2", "Purpose", "This policy keeps pupils safe."),
				section("1.3", "Scope", "It applies to all staff."));
		this.mongo.save(new TrustPolicyVersion(TrustPolicyVersion.idOf(this.policyId, 1), TRUST, this.policyId, 1,
				"V1.0", "Lifecycle Policy", "Trust Policy", "Test Author", "Executive", null, sections,
				PublicationKind.MAJOR, "First", "Test Author", null, 0));
		this.mongo.save(new TrustPolicy(this.policyId, TRUST, "Lifecycle Policy", 12, 1, null, null, 0));
	}

	/** The database is shared: Lunsford's variants and review schedules of this policy go with it. */
	@AfterEach
	void removeThePolicy() {
		var ofPolicy = Query.query(Criteria.where("policyId").is(this.policyId));
		for (String collection : List.of("policy_versions", "variants", "variant_versions", "review_schedules")) {
			this.mongo.remove(ofPolicy, collection);
		}
		this.mongo.remove(Query.query(Criteria.where("_id").is(this.policyId)), "policies");
	}

	@Test
	void anExecutivePublishesMajorAndMinorVersionsAndEarlierOnesStayListed() {
		var draft = trust("editTrustPolicyDraft", Map.of("policyId", this.policyId, "expectedRevision", 0, "title",
				"Lifecycle Policy 2026"));
		draft.path("editTrustPolicyDraft.userErrors").entityList(Object.class).hasSize(0);
		draft.path("editTrustPolicyDraft.policy.draft.sections[*].key").entityList(String.class).containsExactly("1.1", "1.2", "1.3");

		var major = trust("publishTrustPolicy", Map.of("policyId", this.policyId, "expectedRevision", 1, "kind", "MAJOR",
				"summary", "New title"));
		major.path("publishTrustPolicy.policy.currentVersion.label").entity(String.class).isEqualTo("V2.0");
		major.path("publishTrustPolicy.policy.currentVersion.title").entity(String.class).isEqualTo("Lifecycle Policy 2026");
		major.path("publishTrustPolicy.policy.draft").valueIsNull();

		trust("editTrustPolicyDraft", Map.of("policyId", this.policyId, "expectedRevision", 2, "sections",
				List.of(sectionInput("1.1", "Introduction", "Social media is any online platform, e.g. Facebook."))));
		var minor = trust("publishTrustPolicy", Map.of("policyId", this.policyId, "expectedRevision", 3, "kind", "MINOR",
				"summary", "Example added; other sections dropped"));
		minor.path("publishTrustPolicy.policy.currentVersion.label").entity(String.class).isEqualTo("V2.1");
		minor.path("publishTrustPolicy.policy.currentVersion.kind").entity(String.class).isEqualTo("MINOR");
		minor.path("publishTrustPolicy.policy.versions[*].label").entityList(String.class).containsExactly("V2.1", "V2.0", "V1.0");
		assertThat(this.mongo.findById(TrustPolicyVersion.idOf(this.policyId, 1), TrustPolicyVersion.class).sections())
			.as("a published version is never changed")
			.hasSize(3);
	}

	@Test
	void aHeadAdaptsTheBaseAndTheDriftShowsHow() {
		String variantId = createLunsfordVariant();
		var created = lunsfordVariants();
		created.path(of(variantId, "draft.driftedSectionCount")).entityList(Integer.class).containsExactly(0);
		created.path(of(variantId, "draft.drift[*].disposition"))
			.entityList(String.class)
			.containsExactly("INHERITED", "INHERITED", "INHERITED");
		created.path(of(variantId, "live")).entityList(Object.class).containsExactly((Object) null);

		var edited = head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 0, "title",
				"Lunsford Lifecycle Policy", "writtenOn", "2026-11", "sectionChanges", List.of(
						Map.of("action", "REPLACE", "baseKey", "1.1", "section",
								sectionInput("1", "Policy aims", "Our own words about social media.")),
						Map.of("action", "REMOVE", "baseKey", "1.2"),
						Map.of("action", "ADD", "section", sectionInput("phones", "Pupils' phones", "Phones stay in bags.")))));
		edited.path("editVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		edited.path("editVariantDraft.variant.draft.drift[*].disposition")
			.entityList(String.class)
			.containsExactly("REPLACED", "REMOVED", "INHERITED", "ADDED");
		edited.path("editVariantDraft.variant.draft.driftedSectionCount").entity(Integer.class).isEqualTo(3);

		var published = head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 1, "kind", "MAJOR",
				"summary", "Adopted"));
		published.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		published.path("publishPolicyVariant.variant.live.number").entity(Integer.class).isEqualTo(1);
		published.path("publishPolicyVariant.variant.live.details.writtenOn.text").entity(String.class).isEqualTo("November 2026");
		published.path("publishPolicyVariant.variant.live.sections[*].heading")
			.entityList(String.class)
			.containsExactly("Policy aims", "Scope", "Pupils' phones");
		published.path("publishPolicyVariant.variant.draft").valueIsNull();

		head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 2, "title", "Work in progress"));
		as("lunsford-staff").documentName("schoolVariants")
			.fragmentName("variantState")
			.variable("id", "lunsford-primary")
			.execute()
			.path(of(variantId, "draft"))
			.entityList(Object.class)
			.containsExactly((Object) null);

		var againstBase = as("lunsford-staff").documentName("variantBaseDiff").variable("variantId", variantId).execute();
		againstBase.path("variantBaseDiff[*].change").entityList(String.class).containsExactly("CHANGED", "REMOVED", "UNCHANGED", "ADDED");
		againstBase.path("variantBaseDiff[*].key").entityList(String.class).containsExactly("1.1", "1.2", "1.3", "phones");

		head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 3, "sectionChanges",
				List.of(Map.of("action", "INHERIT", "baseKey", "1.2"))));
		head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 4, "kind", "MINOR", "summary", "Purpose back"))
			.path("publishPolicyVariant.variant.versions[*].number")
			.entityList(Integer.class)
			.containsExactly(2, 1);
		var diff = as("lunsford-head").documentName("variantDiff")
			.variable("variantId", variantId)
			.variable("fromVersion", 1)
			.variable("toVersion", 2)
			.execute();
		diff.path("variantDiff[?(@.change != 'UNCHANGED')].key").entityList(String.class).containsExactly("1.2");
		diff.path("variantDiff[?(@.key == '1.2')].change").entityList(String.class).containsExactly("ADDED");
	}

	@Test
	void aNewerBaseMakesTheVariantStaleAndARebaseReportsWhatBothSidesChanged() {
		String variantId = createLunsfordVariant();
		head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 0, "sectionChanges", List.of(
				Map.of("action", "REPLACE", "baseKey", "1.1", "section", sectionInput("1.1", "Introduction", "Lunsford's words.")))));
		head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 1, "kind", "MAJOR", "summary", "Adopted"));
		lunsfordVariants().path(of(variantId, "staleBase")).entityList(Boolean.class).containsExactly(false);

		trust("editTrustPolicyDraft", Map.of("policyId", this.policyId, "expectedRevision", 0, "sections", List.of(
				sectionInput("1.1", "Introduction", "Social media is any online platform, including games."),
				sectionInput("1.2", "Purpose", "This policy keeps pupils safe."),
				sectionInput("1.3", "Scope", "It applies to all staff and governors."))));
		trust("publishTrustPolicy", Map.of("policyId", this.policyId, "expectedRevision", 1, "kind", "MAJOR", "summary", "Games, governors"));
		lunsfordVariants().path(of(variantId, "staleBase")).entityList(Boolean.class).containsExactly(true);

		var rebased = head("rebaseVariantDraft", Map.of("variantId", variantId, "expectedRevision", 2));
		rebased.path("rebaseVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		rebased.path("rebaseVariantDraft.variant.draft.baseVersion.number").entity(Integer.class).isEqualTo(2);
		rebased.path("rebaseVariantDraft.variant.draft.conflicts[*].baseKey").entityList(String.class).containsExactly("1.1");
		rebased.path("rebaseVariantDraft.variant.draft.conflicts[0].school.body").entity(String.class).isEqualTo("Lunsford's words.");
		// an inherited section takes the new base's text
		rebased.path("rebaseVariantDraft.variant.draft.sections[2].body")
			.entity(String.class)
			.isEqualTo("It applies to all staff and governors.");
		rebased.path("rebaseVariantDraft.variant.staleBase").entity(Boolean.class).isEqualTo(false);

		var refused = head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 3, "kind", "MINOR", "summary", "Rebased"));
		refused.path("publishPolicyVariant.userErrors[0].code").entity(String.class).isEqualTo("UNRESOLVED_CONFLICTS");
		refused.path("publishPolicyVariant.variant.live.baseVersion.number").entity(Integer.class).isEqualTo(1);

		head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 3, "sectionChanges",
				List.of(Map.of("action", "KEEP", "baseKey", "1.1"))));
		var live = head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 4, "kind", "MAJOR", "summary", "Rebased"));
		live.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		live.path("publishPolicyVariant.variant.live.baseVersion.number").entity(Integer.class).isEqualTo(2);
		live.path("publishPolicyVariant.variant.live.sections[0].body").entity(String.class).isEqualTo("Lunsford's words.");
	}

	@Test
	void aSectionTheSchoolReplacedAndTheTrustDroppedIsKeptAsTheSchoolsOwn() {
		String variantId = variantWithADroppedSectionInConflict();

		var inherit = head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 3, "sectionChanges",
				List.of(Map.of("action", "INHERIT", "baseKey", "1.2"))));
		inherit.path("editVariantDraft.userErrors[*].code").entityList(String.class).containsExactly("UNKNOWN_SECTION");
		inherit.path("editVariantDraft.userErrors[0].message")
			.entity(String.class)
			.satisfies(message -> assertThat(message).contains("KEEP").contains("REMOVE"));
		inherit.path("editVariantDraft.variant.revision").entity(Integer.class).isEqualTo(3);

		var kept = head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 3, "sectionChanges",
				List.of(Map.of("action", "KEEP", "baseKey", "1.2"))));
		kept.path("editVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		kept.path("editVariantDraft.variant.draft.conflicts").entityList(Object.class).hasSize(0);
		kept.path("editVariantDraft.variant.draft.drift[?(@.key == 'purpose')].disposition")
			.entityList(String.class)
			.containsExactly("ADDED");

		var published = head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 4, "kind", "MINOR",
				"summary", "Our purpose stays"));
		published.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		published.path("publishPolicyVariant.variant.live.number").entity(Integer.class).isEqualTo(2);
		published.path("publishPolicyVariant.variant.live.baseVersion.number").entity(Integer.class).isEqualTo(2);
		published.path("publishPolicyVariant.variant.live.sections[*].key")
			.entityList(String.class)
			.containsExactly("1.1", "purpose", "1.3");
		published.path("publishPolicyVariant.variant.live.sections[1].body").entity(String.class).isEqualTo(LUNSFORD_PURPOSE);
	}

	@Test
	void aSectionTheSchoolReplacedAndTheTrustDroppedCanBeRemoved() {
		String variantId = variantWithADroppedSectionInConflict();

		var removed = head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 3, "sectionChanges",
				List.of(Map.of("action", "REMOVE", "baseKey", "1.2"))));
		removed.path("editVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		removed.path("editVariantDraft.variant.draft.conflicts").entityList(Object.class).hasSize(0);
		removed.path("editVariantDraft.variant.draft.sections[*].key").entityList(String.class).containsExactly("1.1", "1.3");

		var published = head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 4, "kind", "MINOR",
				"summary", "Purpose gone, as the trust's"));
		published.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		published.path("publishPolicyVariant.variant.live.sections[*].key").entityList(String.class).containsExactly("1.1", "1.3");
		published.path("publishPolicyVariant.variant.live.driftedSectionCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aSectionTheSchoolReplacedAndTheTrustDroppedCanBeRewritten() {
		String variantId = variantWithADroppedSectionInConflict();

		var rewritten = head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 3, "sectionChanges",
				List.of(Map.of("action", "REPLACE", "baseKey", "1.2", "section",
						sectionInput("purpose", "Our purpose", "Rewritten now that the trust has none.")))));
		rewritten.path("editVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		rewritten.path("editVariantDraft.variant.draft.conflicts").entityList(Object.class).hasSize(0);
		rewritten.path("editVariantDraft.variant.draft.sections[*].body")
			.entityList(String.class)
			.contains("Rewritten now that the trust has none.")
			.doesNotContain(LUNSFORD_PURPOSE);
		rewritten.path("editVariantDraft.variant.draft.drift[?(@.key == 'purpose')].disposition")
			.entityList(String.class)
			.containsExactly("ADDED");
	}

	@Test
	void aVariantRebasedAcrossATrustMajorVersionMustBePublishedMajor() {
		String variantId = createLunsfordVariant();
		head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 0, "kind", "MAJOR", "summary",
				"Adopted"));
		trust("editTrustPolicyDraft", Map.of("policyId", this.policyId, "expectedRevision", 0, "sections", List.of(
				sectionInput("1.1", "Introduction", "Social media is any online platform."),
				sectionInput("1.2", "Purpose", "This policy keeps pupils safe."),
				sectionInput("1.3", "Scope", "It applies to all staff, governors and volunteers."))));
		trust("publishTrustPolicy", Map.of("policyId", this.policyId, "expectedRevision", 1, "kind", "MAJOR", "summary",
				"Volunteers are in scope"));
		head("rebaseVariantDraft", Map.of("variantId", variantId, "expectedRevision", 1))
			.path("rebaseVariantDraft.variant.draft.conflicts")
			.entityList(Object.class)
			.hasSize(0);

		var minor = head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 2, "kind", "MINOR",
				"summary", "Trust's new scope"));
		minor.path("publishPolicyVariant.userErrors[*].code").entityList(String.class).containsExactly("MAJOR_REQUIRED");
		minor.path("publishPolicyVariant.userErrors[0].field").entityList(String.class).containsExactly("input", "kind");
		minor.path("publishPolicyVariant.userErrors[0].message")
			.entity(String.class)
			.satisfies(message -> assertThat(message).contains("V2.0"));
		minor.path("publishPolicyVariant.variant.live.number").entity(Integer.class).isEqualTo(1);
		minor.path("publishPolicyVariant.variant.revision").entity(Integer.class).isEqualTo(2);

		var major = head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 2, "kind", "MAJOR",
				"summary", "Trust's new scope"));
		major.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		major.path("publishPolicyVariant.variant.live.kind").entity(String.class).isEqualTo("MAJOR");
		major.path("publishPolicyVariant.variant.live.sections[2].body")
			.entity(String.class)
			.isEqualTo("It applies to all staff, governors and volunteers.");

		// a MINOR trust version asks nothing of the school
		trust("editTrustPolicyDraft", Map.of("policyId", this.policyId, "expectedRevision", 2, "sections", List.of(
				sectionInput("1.1", "Introduction", "Social media is any online platform."),
				sectionInput("1.2", "Purpose", "This policy keeps pupils safe online."),
				sectionInput("1.3", "Scope", "It applies to all staff, governors and volunteers."))));
		trust("publishTrustPolicy", Map.of("policyId", this.policyId, "expectedRevision", 3, "kind", "MINOR", "summary",
				"Wording"));
		head("rebaseVariantDraft", Map.of("variantId", variantId, "expectedRevision", 3));
		var wording = head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 4, "kind", "MINOR",
				"summary", "Trust's wording"));
		wording.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		wording.path("publishPolicyVariant.variant.versions[*].kind").entityList(String.class).containsExactly("MINOR", "MAJOR", "MAJOR");
	}

	@Test
	void aHeadSetsTheDocumentsAuthorshipReviewAndRatificationAndReadsThemBack() {
		String variantId = createLunsfordVariant();
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("variantId", variantId);
		input.put("expectedRevision", 0);
		input.put("writtenBy", "  Mrs A. Writer ");
		input.put("reviewedBy", "Mr I. Reviewer");
		input.put("reviewedOn", "2026-10");
		input.put("ratifiedBy", "Governing Body");
		input.put("ratifiedOn", "2026-10-14");

		var edited = head("editVariantDraft", input);

		edited.path("editVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		var details = "editVariantDraft.variant.draft.details";
		edited.path(details + ".writtenBy").entity(String.class).isEqualTo("Mrs A. Writer");
		edited.path(details + ".reviewedBy").entity(String.class).isEqualTo("Mr I. Reviewer");
		edited.path(details + ".reviewedOn.precision").entity(String.class).isEqualTo("MONTH");
		edited.path(details + ".reviewedOn.text").entity(String.class).isEqualTo("October 2026");
		edited.path(details + ".ratifiedBy").entity(String.class).isEqualTo("Governing Body");
		edited.path(details + ".ratifiedOn.date").entity(String.class).isEqualTo("2026-10-14");
		edited.path(details + ".ratifiedOn.precision").entity(String.class).isEqualTo("DAY");
		edited.path(details + ".ratifiedOn.text").entity(String.class).isEqualTo("14 October 2026");
		lunsfordVariants().path(of(variantId, "draft.details.ratifiedOn.text"))
			.entityList(String.class)
			.containsExactly("14 October 2026");
		lunsfordVariants().path(of(variantId, "draft.details.writtenBy")).entityList(String.class).containsExactly("Mrs A. Writer");

		// null clears a field; a field left out stays
		Map<String, Object> clear = new LinkedHashMap<>();
		clear.put("variantId", variantId);
		clear.put("expectedRevision", 1);
		clear.put("reviewedBy", null);
		var cleared = head("editVariantDraft", clear);
		cleared.path(details + ".reviewedBy").valueIsNull();
		cleared.path(details + ".ratifiedBy").entity(String.class).isEqualTo("Governing Body");
	}

	/**
	 * Lunsford replaced 1.2 and published; then the trust dropped 1.2 and the head rebased: the
	 * draft (revision 3) has one conflict, on a base key the new base no longer has.
	 */
	private String variantWithADroppedSectionInConflict() {
		String variantId = createLunsfordVariant();
		head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 0, "sectionChanges", List.of(
				Map.of("action", "REPLACE", "baseKey", "1.2", "section", sectionInput("purpose", "Our purpose", LUNSFORD_PURPOSE)))));
		head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 1, "kind", "MAJOR", "summary", "Adopted"))
			.path("publishPolicyVariant.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		trust("editTrustPolicyDraft", Map.of("policyId", this.policyId, "expectedRevision", 0, "sections", List.of(
				sectionInput("1.1", "Introduction", "Social media is any online platform."),
				sectionInput("1.3", "Scope", "It applies to all staff."))));
		trust("publishTrustPolicy", Map.of("policyId", this.policyId, "expectedRevision", 1, "kind", "MINOR", "summary",
				"Purpose dropped: the introduction says it"))
			.path("publishTrustPolicy.policy.currentVersion.sections[*].key")
			.entityList(String.class)
			.containsExactly("1.1", "1.3");

		var rebased = head("rebaseVariantDraft", Map.of("variantId", variantId, "expectedRevision", 2));
		rebased.path("rebaseVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		rebased.path("rebaseVariantDraft.variant.draft.conflicts[*].baseKey").entityList(String.class).containsExactly("1.2");
		rebased.path("rebaseVariantDraft.variant.draft.conflicts[0].newBase").valueIsNull();
		rebased.path("rebaseVariantDraft.variant.draft.conflicts[0].school.body").entity(String.class).isEqualTo(LUNSFORD_PURPOSE);
		head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 3, "kind", "MINOR", "summary", "Rebased"))
			.path("publishPolicyVariant.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("UNRESOLVED_CONFLICTS");
		return variantId;
	}

	@Test
	void aHeadDiscardsADraftAndTheLiveVersionStaysAsItWas() {
		String variantId = createLunsfordVariant();
		head("discardVariantDraft", Map.of("variantId", variantId, "expectedRevision", 0))
			.path("discardVariantDraft.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("NOT_PUBLISHED");
		head("publishPolicyVariant", Map.of("variantId", variantId, "expectedRevision", 0, "kind", "MAJOR", "summary",
				"Adopted"));
		head("discardVariantDraft", Map.of("variantId", variantId, "expectedRevision", 1))
			.path("discardVariantDraft.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("NO_DRAFT");

		head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 1, "title", "Second thoughts",
				"sectionChanges", List.of(Map.of("action", "REMOVE", "baseKey", "1.2"))));
		head("discardVariantDraft", Map.of("variantId", variantId, "expectedRevision", 1))
			.path("discardVariantDraft.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("CONCURRENT_CHANGE");
		var discarded = head("discardVariantDraft", Map.of("variantId", variantId, "expectedRevision", 2));
		discarded.path("discardVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		discarded.path("discardVariantDraft.variant.draft").valueIsNull();
		discarded.path("discardVariantDraft.variant.revision").entity(Integer.class).isEqualTo(3);
		discarded.path("discardVariantDraft.variant.live.number").entity(Integer.class).isEqualTo(1);
		discarded.path("discardVariantDraft.variant.live.details.title").entity(String.class).isEqualTo("Lifecycle Policy");
		discarded.path("discardVariantDraft.variant.live.driftedSectionCount").entity(Integer.class).isEqualTo(0);

		var next = head("editVariantDraft", Map.of("variantId", variantId, "expectedRevision", 3, "title", "Fresh start"));
		next.path("editVariantDraft.variant.draft.details.title").entity(String.class).isEqualTo("Fresh start");
		next.path("editVariantDraft.variant.draft.driftedSectionCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void twoHeadsEditingAtOnceGetOneSuccessAndOneConflictWithNothingLost() throws Exception {
		String variantId = createLunsfordVariant();
		HttpGraphQlTester first = as("lunsford-head");
		HttpGraphQlTester second = withToken(TestIssuer.sign(TestIssuer
			.claims("deputy-head-of-lunsford", "SCHOOL_HEAD", TRUST, List.of("lunsford-primary"))
			.build()));
		// own threads: the HTTP client needs the common pool, which has one thread on two cores
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		var a = pool.submit(() -> edit(first, variantId, 0, "1.1", "First head's text."));
		var b = pool.submit(() -> edit(second, variantId, 0, "1.2", "Second head's text."));
		List<GraphQlTester.Response> responses = List.of(a.get(), b.get());
		pool.shutdown();

		List<String> codes = responses.stream()
			.map(response -> response.path("editVariantDraft.userErrors[*].code").entityList(String.class).get())
			.map(errors -> errors.isEmpty() ? "OK" : errors.get(0))
			.toList();
		assertThat(codes).containsExactlyInAnyOrder("OK", "CONCURRENT_CHANGE");
		GraphQlTester.Response loser = responses.get(codes.indexOf("CONCURRENT_CHANGE"));
		boolean firstLost = codes.get(0).equals("CONCURRENT_CHANGE");
		String winnersText = firstLost ? "Second head's text." : "First head's text.";
		String losersText = firstLost ? "First head's text." : "Second head's text.";
		// the current state, to redo the change on: the winner's text, and nothing of the loser's
		loser.path("editVariantDraft.variant.revision").entity(Integer.class).isEqualTo(1);
		loser.path("editVariantDraft.variant.draft.sections[*].body")
			.entityList(String.class)
			.contains(winnersText)
			.doesNotContain(losersText);
		loser.path("editVariantDraft.userErrors[0].field").entityList(String.class).containsExactly("input", "expectedRevision");

		var retried = firstLost ? edit(first, variantId, 1, "1.1", "First head's text.")
				: edit(second, variantId, 1, "1.2", "Second head's text.");
		retried.path("editVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		retried.path("editVariantDraft.variant.draft.sections[*].body")
			.entityList(String.class)
			.contains("First head's text.", "Second head's text.");
	}

	@Test
	void theHeadOfAnotherSchoolCannotTouchTheVariant() {
		String variantId = createLunsfordVariant();
		var copLaneHead = withToken(TestIssuer.sign(
				TestIssuer.claims("head-of-cop-lane", "SCHOOL_HEAD", TRUST, List.of("cop-lane-ce-primary")).build()));
		var response = copLaneHead.documentName("editVariantDraft")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", variantId, "expectedRevision", 0, "title", "Taken over"))
			.execute();
		response.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND")));
		lunsfordVariants().path(of(variantId, "revision")).entityList(Integer.class).containsExactly(0);
		var staff = as("lunsford-staff").documentName("editVariantDraft")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", variantId, "expectedRevision", 0, "title", "Staff edit"))
			.execute();
		staff.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
	}

	@Test
	void badInputGetsUserErrorsAndStoresNothing() {
		String variantId = createLunsfordVariant();
		var before = this.mongo.findById(variantId, PolicyVariant.class);
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("variantId", variantId);
		input.put("expectedRevision", 0);
		input.put("title", " ");
		input.put("ratifiedOn", "31/10/2024");
		input.put("sectionChanges", List.of(
				Map.of("action", "REPLACE", "baseKey", "9.9", "section", sectionInput("9.9", "Nope", "No such base section.")),
				Map.of("action", "ADD", "section", sectionInput("big", "Too big", "x".repeat(1_000_000))),
				Map.of("action", "ADD", "section", sectionInput("empty", "", "A section needs a heading."))));
		var response = head("editVariantDraft", input);
		response.path("editVariantDraft.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("REQUIRED", "INVALID_FORMAT", "UNKNOWN_SECTION", "TOO_LONG", "REQUIRED");
		response.path("editVariantDraft.userErrors[3].field")
			.entityList(String.class)
			.containsExactly("input", "sectionChanges", "1", "section", "body");
		assertThat(this.mongo.findById(variantId, PolicyVariant.class)).isEqualTo(before);

		var wrongEnum = as("lunsford-head").documentName("editVariantDraft")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", variantId, "expectedRevision", 0, "sectionChanges",
					List.of(Map.of("action", "SHRED", "baseKey", "1.1"))))
			.execute();
		wrongEnum.errors().satisfy(errors -> assertThat(errors).isNotEmpty());
		assertThat(this.mongo.findById(variantId, PolicyVariant.class)).isEqualTo(before);
	}

	private String createLunsfordVariant() {
		var created = head("createPolicyVariant", Map.of("schoolId", "lunsford-primary", "policyId", this.policyId));
		created.path("createPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		String id = created.path("createPolicyVariant.variant.id").entity(String.class).get();
		head("createPolicyVariant", Map.of("schoolId", "lunsford-primary", "policyId", this.policyId))
			.path("createPolicyVariant.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("ALREADY_EXISTS");
		return id;
	}

	private GraphQlTester.Response edit(HttpGraphQlTester tester, String variantId, int revision, String baseKey, String body) {
		return tester.documentName("editVariantDraft")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", variantId, "expectedRevision", revision, "sectionChanges",
					List.of(Map.of("action", "REPLACE", "baseKey", baseKey, "section", sectionInput(baseKey, "Edited", body)))))
			.execute();
	}

	private GraphQlTester.Response lunsfordVariants() {
		return as("lunsford-head").documentName("schoolVariants")
			.fragmentName("variantState")
			.variable("id", "lunsford-primary")
			.execute();
	}

	/** A path into the one variant with this id among Lunsford's. */
	private static String of(String variantId, String field) {
		return "school.variants[?(@.id == '" + variantId + "')]." + field;
	}

	private GraphQlTester.Response head(String operation, Map<String, Object> input) {
		return as("lunsford-head").documentName(operation).fragmentName("variantState").variable("input", input).execute();
	}

	private GraphQlTester.Response trust(String operation, Map<String, Object> input) {
		return as("trust-executive").documentName(operation).fragmentName("policyState").variable("input", input).execute();
	}

	private static PolicySection section(String key, String heading, String body) {
		return new PolicySection(key, key, heading, body, List.of());
	}

	private static Map<String, Object> sectionInput(String key, String heading, String body) {
		return Map.of("key", key, "heading", heading, "body", body);
	}

}
