package uk.trustboard.api.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts of the five policy documents, read back over HTTP with a real token. */
class SeedDataIntegrationTests extends IntegrationTest {

	private GraphQlTester.Response school(String id) {
		return as("trust-executive").documentName("schoolFacts").variable("id", id).execute();
	}

	@Test
	void trustPolicyCarriesItsAuthorApprovalAndEverySection() {
		var response = as("trust-executive").documentName("trustFacts").variable("id", "asset-education").execute();
		response.path("trust.name").entity(String.class).isEqualTo("ASSET Education");
		// other tests add policies of their own to the shared database; find the seed's by id
		int seed = response.path("trust.policies[*].id").entityList(String.class).get().indexOf("asset-education-social-media");
		assertThat(seed).isNotNegative();
		var policy = "trust.policies[" + seed + "]";
		response.path(policy + ".title").entity(String.class).isEqualTo("Social Media Policy");
		response.path(policy + ".reviewCycleMonths").entity(Integer.class).isEqualTo(12);
		var version = policy + ".currentVersion";
		response.path(version + ".label").entity(String.class).isEqualTo("V1.0");
		response.path(version + ".policyType").entity(String.class).isEqualTo("Trust Policy");
		response.path(version + ".author").entity(String.class).isEqualTo("Rebecca Leek");
		response.path(version + ".approvalLevel").entity(String.class).isEqualTo("Executive");
		response.path(version + ".approvedOn.date").entity(LocalDate.class).isEqualTo(LocalDate.of(2019, 1, 28));
		response.path(version + ".approvedOn.precision").entity(String.class).isEqualTo("DAY");
		response.path(version + ".approvedOn.text").entity(String.class).isEqualTo("28 January 2019");
		response.path(version + ".sections[*].key")
			.entityList(String.class)
			.containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6");
		response.path(version + ".sections[5].heading").entity(String.class).isEqualTo("Guidance for staff");
		response.path(version + ".sections[5].rules").entityList(Map.class).hasSize(9);
		response.path(version + ".sections[5].rules[0].text")
			.entity(String.class)
			.isEqualTo("Staff must never add pupils as 'friends' into their personal accounts (including past "
					+ "pupils under the age of 18)");
		response.path(version + ".sections[5].rules[0].audience").entity(String.class).isEqualTo("STAFF");
		response.path(version + ".sections[5].rules[0].modality").entity(String.class).isEqualTo("MUST_NOT");
		response.path("trust.schools.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Cop Lane C.E. Primary School", "Lunsford Primary School", "Monkhouse Primary School",
					"Our Lady and St Rose of Lima Primary School");
	}

	@Test
	void lunsfordNamesItsDslGovernorDatesAndXHandle() {
		var response = school("lunsford-primary");
		response.path("school.name").entity(String.class).isEqualTo("Lunsford Primary School");
		response.path("school.localAuthority").entity(String.class).isEqualTo("Kent County Council");
		response.path("school.trust.name").entity(String.class).isEqualTo("ASSET Education");
		response.path("school.people.dsl.person.name").entity(String.class).isEqualTo("Elizabeth Lomax");
		response.path("school.people.dsl.title").entity(String.class).isEqualTo("DHT");
		response.path("school.people.dsl.current").entity(Boolean.class).isEqualTo(true);
		response.path("school.people.dsl.person.fictional").entity(Boolean.class).isEqualTo(false);
		// the document dates its key details "September 2024": that month is all it says
		response.path("school.people.dsl.since.text").entity(String.class).isEqualTo("September 2024");
		response.path("school.people.dsl.since.precision").entity(String.class).isEqualTo("MONTH");
		response.path("school.people.leadGovernor.person.name").entity(String.class).isEqualTo("Jacky Sharpe");
		response.path("school.people.leadGovernor.responsibility").entity(String.class).isEqualTo("lead responsibility");
		response.path("school.people.leadGovernor.person.staffType").entity(String.class).isEqualTo("GOVERNOR");
		response.path("school.people.headteacher").valueIsNull();
		response.path("school.channels[*].platform").entityList(String.class).containsExactly("X");
		response.path("school.channels[0].handle").entity(String.class).isEqualTo("@lunsfordprimary");
		var variant = seedVariant(response, "lunsford-primary-social-media");
		response.path(variant + ".details.title").entity(String.class).isEqualTo("Social Media Policy");
		response.path(variant + ".details.writtenOn.text").entity(String.class).isEqualTo("September 2024");
		response.path(variant + ".details.writtenOn.precision").entity(String.class).isEqualTo("MONTH");
		response.path(variant + ".details.ratifiedBy").entity(String.class).isEqualTo("Governing Body");
		response.path(variant + ".details.ratifiedOn.text").entity(String.class).isEqualTo("October 2024");
		response.path(variant + ".details.nextReviewDue.date").entity(LocalDate.class).isEqualTo(LocalDate.of(2025, 9, 1));
		response.path(variant + ".details.nextReviewDue.text").entity(String.class).isEqualTo("September 2025");
		response.path(variant + ".baseVersion.label").entity(String.class).isEqualTo("V1.0");
		response.path(variant + ".sections[*].key")
			.entityList(String.class)
			.contains("1", "2", "3", "4", "4.1", "4.2", "5", "6", "7", "8");
		// Lunsford's document as overrides of the trust's base: see seed-data/README.md
		response.path(variant + ".drift[?(@.disposition == 'REPLACED')].baseKey")
			.entityList(String.class)
			.containsExactly("1.3", "1.5", "2.1", "2.3", "2.6");
		response.path(variant + ".drift[?(@.disposition == 'REMOVED')].baseKey")
			.entityList(String.class)
			.containsExactly("1.1", "1.2", "1.4", "2.2", "2.4", "2.5");
		response.path(variant + ".driftedSectionCount").entity(Integer.class).isEqualTo(17);
		response.path(seedVariant(response, "lunsford-primary-social-media").replace(".live", "") + ".staleBase").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void theInventedDemoStaffAreMarkedFictional() {
		var staff = as("trust-executive")
			.document("{ school(id: \"lunsford-primary\") { staff(first: 100) { edges { node { id fictional } } } } }")
			.execute()
			.path("school.staff.edges[*].node")
			.entityList(Map.class)
			.get();
		var demo = staff.stream().filter(person -> String.valueOf(person.get("id")).startsWith("demo-")).toList();
		assertThat(demo).isNotEmpty().allSatisfy(person -> assertThat(person.get("fictional")).isEqualTo(true));
	}

	@Test
	void copLaneHasExactlyFacebookAndXManagedByIAshmore() {
		var response = school("cop-lane-ce-primary");
		response.path("school.name").entity(String.class).isEqualTo("Cop Lane C.E. Primary School");
		response.path("school.vision")
			.entity(String.class)
			.satisfies(vision -> assertThat(vision).startsWith("A welcoming Christian community"));
		response.path("school.channels[*].platform").entityList(String.class).containsExactly("FACEBOOK", "X");
		for (int i = 0; i < 2; i++) {
			var channel = "school.channels[" + i + "]";
			response.path(channel + ".managers[*].name").entityList(String.class).containsExactly("I. Ashmore");
			response.path(channel + ".managers[0].honorific").entity(String.class).isEqualTo("Mr");
			response.path(channel + ".willPost")
				.entityList(String.class)
				.contains("Job vacancies or requests for volunteers");
			response.path(channel + ".willNotPost").entityList(String.class).contains("Political statements");
			response.path(channel + ".moderationRules").entityList(String.class).satisfies(rules -> assertThat(rules).isNotEmpty());
		}
		response.path("school.people.dsl").valueIsNull();
		var variant = seedVariant(response, "cop-lane-ce-primary-network-and-social-media");
		response.path(variant + ".details.title").entity(String.class).isEqualTo("Network and Social Media Policy");
		response.path(variant + ".details.reviewedBy").entity(String.class).isEqualTo("Mr I. Ashmore");
		response.path(variant + ".details.reviewedOn.text").entity(String.class).isEqualTo("September 2024");
		response.path(variant + ".details.writtenOn.text").entity(String.class).isEqualTo("September 2024");
		response.path(variant + ".details.nextReviewDue.text").entity(String.class).isEqualTo("September 2025");
	}

	@Test
	void monkhouseKeepsItsNumberedParagraphsAndAnnualGovernorReview() {
		var response = school("monkhouse-primary");
		response.path("school.name").entity(String.class).isEqualTo("Monkhouse Primary School");
		response.path("school.staffEmailDomain").entity(String.class).isEqualTo("monkhouseprimary.co.uk");
		response.path("school.channels").entityList(Map.class).hasSize(0);
		response.path("school.people.dsl").valueIsNull();
		var variant = seedVariant(response, "monkhouse-primary-social-networking");
		response.path(variant + ".details.title").entity(String.class).isEqualTo("Social Networking Policy");
		response.path(variant + ".details.writtenOn.text").entity(String.class).isEqualTo("September 2024");
		response.path(variant + ".details.reviewedBy").entity(String.class).isEqualTo("Governing Body");
		response.path(variant + ".details.reviewCycleMonths").entity(Integer.class).isEqualTo(12);
		response.path(variant + ".details.nextReviewDue").valueIsNull();
		response.path(variant + ".sections[*].body").entityList(String.class).satisfies(bodies -> {
			String text = String.join("\n", bodies);
			for (String paragraph : List.of("101 ", "102 ", "103 ", "201 ", "301 ", "501 ", "601 ")) {
				assertThat(text).contains("\n" + paragraph);
			}
		});
		// Monkhouse's document as overrides of the trust's base: see seed-data/README.md
		assertDrift(response, variant, List.of("1.1", "1.2", "1.3", "2.1", "2.3"),
				List.of("1.4", "1.5", "2.2", "2.4", "2.5", "2.6"),
				List.of("preamble", "introduction", "review-of-policy", "further-information"));
		response.path(variant + ".drift[?(@.baseKey == '1.1')].heading")
			.entityList(String.class)
			.containsExactly("Defining social networking");
		response.path(variant + ".drift[?(@.baseKey == '1.2')].heading").entityList(String.class).containsExactly("Aims & Objectives");
		response.path(variant + ".drift[?(@.baseKey == '2.3')].key")
			.entityList(String.class)
			.containsExactly("guidance-protection-for-pupils");
		assertHeadingsArePrinted(response, variant, "monkhouse-primary-social-networking-policy-2024.txt");
	}

	@Test
	void ourLadyAndStRoseOfLimaStatesNoReviewDateAndNamesNoDsl() {
		var response = school("our-lady-and-st-rose-of-lima-primary");
		response.path("school.name").entity(String.class).isEqualTo("Our Lady and St Rose of Lima Primary School");
		response.path("school.people.dsl").valueIsNull();
		response.path("school.people.leadGovernor").valueIsNull();
		response.path("school.people.history").entityList(Map.class).hasSize(0);
		var variant = seedVariant(response, "our-lady-and-st-rose-of-lima-primary-social-media");
		response.path(variant + ".details.writtenBy").entity(String.class).isEqualTo("the Online safety Group");
		response.path(variant + ".details.nextReviewDue").valueIsNull();
		response.path(variant + ".details.reviewCycleMonths").valueIsNull();
		response.path(variant + ".sections[0].body")
			.entity(String.class)
			.satisfies(body -> assertThat(body).contains("following the 360 Safe audit"));
		// Our Lady's document as overrides of the trust's base: see seed-data/README.md
		assertDrift(response, variant, List.of("1.3", "1.5", "2.1", "2.6"),
				List.of("1.1", "1.2", "1.4", "2.2", "2.3", "2.4", "2.5"),
				List.of("preamble", "use-of-school-website-blogs-and-social-media-feeds", "monitoring-of-internet-use"));
		response.path(variant + ".drift[?(@.baseKey == '1.5')].heading")
			.entityList(String.class)
			.containsExactly("Principles - 'Professional, Responsible, Respectful'");
		response.path(variant + ".drift[?(@.baseKey == '2.6')].key").entityList(String.class).containsExactly("breaches-of-this-policy");
		// the preamble's heading is not printed: a preamble without one is called "Introduction"
		assertHeadingsArePrinted(response, variant, "our-lady-and-st-rose-of-lima-primary-social-media-policy.txt");
	}

	/**
	 * Each base section (1.1 to 2.6) is REPLACED or REMOVED, in the base's order, then the school's
	 * ADDED sections in its order; the count is all of them, since none is inherited.
	 */
	private static void assertDrift(GraphQlTester.Response response, String variant, List<String> replaced,
			List<String> removed, List<String> added) {
		response.path(variant + ".drift[?(@.disposition == 'REPLACED')].baseKey")
			.entityList(String.class)
			.containsExactly(replaced.toArray(String[]::new));
		response.path(variant + ".drift[?(@.disposition == 'REMOVED')].baseKey")
			.entityList(String.class)
			.containsExactly(removed.toArray(String[]::new));
		response.path(variant + ".drift[?(@.disposition == 'ADDED')].key")
			.entityList(String.class)
			.containsExactly(added.toArray(String[]::new));
		response.path(variant + ".drift[?(@.disposition == 'INHERITED')]").entityList(Object.class).hasSize(0);
		response.path(variant + ".drift[*].baseKey")
			.entityList(String.class)
			.satisfies(keys -> assertThat(keys.subList(0, 11)).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2",
					"2.3", "2.4", "2.5", "2.6"));
		response.path(variant + ".driftedSectionCount")
			.entity(Integer.class)
			.isEqualTo(replaced.size() + removed.size() + added.size());
	}

	/** The school's own headings (replacing or added) are lines of its source document, as printed. */
	private static void assertHeadingsArePrinted(GraphQlTester.Response response, String variant, String source) {
		List<String> lines;
		try {
			lines = Files.readAllLines(Path.of("seed-data", "sources", source))
				.stream()
				.map(line -> line.replaceAll("[#*]", "").strip())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		response.path(variant + ".drift[?(@.disposition != 'REMOVED' && @.key != 'preamble')].heading")
			.entityList(String.class)
			.satisfies(headings -> assertThat(lines).containsAll(headings));
	}

	/**
	 * The path of a seed school's own variant in the answer: tests of other features may have added
	 * variants to the same school in this shared database, so it is found by id, not position.
	 */
	private static String seedVariant(GraphQlTester.Response response, String variantId) {
		int index = response.path("school.variants[*].id").entityList(String.class).get().indexOf(variantId);
		assertThat(index).as("the seed variant " + variantId).isNotNegative();
		return "school.variants[" + index + "].live";
	}

}
