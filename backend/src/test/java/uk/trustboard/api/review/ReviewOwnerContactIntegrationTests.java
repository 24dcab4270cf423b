package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.people.StaffType;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolPhase;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;
import uk.trustboard.api.trust.Trust;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How to reach a review's owner, from what the trust has recorded: the person the document names,
 * else the school's head, by their e-mail address; else the school's web site. Nothing is made up:
 * with none of these known there is no contact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewOwnerContactIntegrationTests extends IntegrationTest {

	private static final String TRUST = "contact-trust";

	private static final String WITH_HEAD = "contact-school-with-head";

	private static final String WITH_NAMED = "contact-school-with-named-person";

	private static final String WEBSITE_ONLY = "contact-school-website-only";

	private static final String NOTHING_KNOWN = "contact-school-nothing-known";

	@Autowired
	MongoTemplate mongo;

	@BeforeAll
	void aTrustWhoseSchoolsRecordDifferentThings() {
		this.mongo.save(new Trust(TRUST, "Contact Trust (fictional)"));
		this.mongo.save(school(WITH_HEAD, "https://head.example"));
		this.mongo.save(school(WITH_NAMED, "https://named.example"));
		this.mongo.save(school(WEBSITE_ONLY, "https://website-only.example"));
		this.mongo.save(school(NOTHING_KNOWN, null));
		this.mongo.save(person("contact-head", WITH_HEAD, "Hana Head (fictional)", "Ms", "hana.head@head.example"));
		this.mongo.save(new Appointment("contact-head-appointment", TRUST, WITH_HEAD, AppointmentRole.HEADTEACHER,
				"contact-head", "Headteacher", null, DocumentDate.parse("2024-09"), null, null,
				Appointment.slotOf(WITH_HEAD, AppointmentRole.HEADTEACHER, "contact-head")));
		this.mongo.save(person("contact-named", WITH_NAMED, "N. Named (fictional)", "Mrs", "n.named@named.example"));
		this.mongo.save(person("contact-namesake", WITH_HEAD, "N. Named (fictional)", "Mrs", "other@head.example"));
		this.mongo.save(person("contact-former-head", NOTHING_KNOWN, "Fay Former (fictional)", null,
				"fay@nothing.example"));
		this.mongo.save(new Appointment("contact-former-head-appointment", TRUST, NOTHING_KNOWN,
				AppointmentRole.HEADTEACHER, "contact-former-head", "Headteacher", null, DocumentDate.parse("2020-09"),
				LocalDate.of(2024, 7, 31), null, null));

		this.mongo.save(schedule(WITH_HEAD, new ReviewOwner("Headteacher", null, null), "2025-01-01"));
		this.mongo.save(schedule(WITH_NAMED, new ReviewOwner("Headteacher", "Mrs N. Named (fictional)", null), "2025-02-01"));
		this.mongo.save(schedule(WEBSITE_ONLY, new ReviewOwner("Governing Body", null, null), "2025-03-01"));
		this.mongo.save(schedule(NOTHING_KNOWN, new ReviewOwner("Headteacher", null, null), "2025-04-01"));
		this.mongo.save(ReviewSchedule.of("contact-trust-policy", TRUST, null, ReviewTarget.TRUST_POLICY,
				"contact-trust-policy", null, "Trust Policy", 12, LocalDate.parse("2025-05-01"),
				DueSource.LAST_REVIEW_PLUS_CYCLE, new ReviewOwner("Executive", "A. Author (fictional)", null),
				LocalDate.parse("2024-05-01"), Instant.EPOCH));
	}

	@Test
	void eachOverdueReviewSaysHowToReachItsOwner() {
		var response = executive().documentName("overdueReviews")
			.variable("asOf", "2026-11-22")
			.variable("trustId", TRUST)
			.variable("first", 100)
			.execute();

		response.path("overdueReviews.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(id(WITH_HEAD), id(WITH_NAMED), id(WEBSITE_ONLY), id(NOTHING_KNOWN), "contact-trust-policy");
		response.path("overdueReviews.edges[*].node.owner.contact")
			.entityList(String.class)
			.containsExactly("hana.head@head.example", "n.named@named.example", "https://website-only.example", null,
					null);
	}

	@Test
	void theCsvCarriesTheSameContacts() {
		String csv = http().build()
			.get()
			.uri(url("/reviews/overdue.csv?asOf=2026-11-22"))
			.header("Authorization", "Bearer " + executiveToken())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(csv).contains("hana.head@head.example", "n.named@named.example", "https://website-only.example");
	}

	private HttpGraphQlTester executive() {
		return withToken(executiveToken());
	}

	private static String executiveToken() {
		return TestIssuer.sign(TestIssuer.claims("contact-executive", "TRUST_EXECUTIVE", TRUST, List.of()).build());
	}

	private static String id(String school) {
		return school + "--policy";
	}

	private static School school(String id, String website) {
		return new School(id, TRUST, id + " (fictional)", null, SchoolPhase.PRIMARY, null, website, null, null, null);
	}

	private static Person person(String id, String school, String name, String honorific, String email) {
		return new Person(id, TRUST, List.of(school), name, honorific, email, StaffType.LEADERSHIP, StaffStatus.ACTIVE,
				null, null, true);
	}

	private static ReviewSchedule schedule(String school, ReviewOwner owner, String due) {
		LocalDate nextDue = LocalDate.parse(due);
		return ReviewSchedule.of(id(school), TRUST, school, ReviewTarget.SCHOOL_POLICY, "contact-policy", id(school),
				"Policy of " + school, 12, nextDue, DueSource.DOCUMENT, owner, nextDue.minusMonths(12), Instant.EPOCH);
	}

}
