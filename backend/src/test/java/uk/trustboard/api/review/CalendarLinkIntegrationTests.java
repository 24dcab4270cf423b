package uk.trustboard.api.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar subscription links end to end: made with a real token, read by a "calendar app" that
 * sends none, bounded by the maker's scope, and dead once revoked or expired.
 */
class CalendarLinkIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	@Autowired
	MongoTemplate mongo;

	@Test
	void aHeadSubscribesToTheirSchoolAndRevokesTheLink() {
		HttpGraphQlTester head = head("calendar-head-1");
		var made = make(head, Map.of("schoolId", "lunsford-primary"));
		made.path("createReviewCalendarLink.userErrors").entityList(Object.class).hasSize(0);
		made.path("createReviewCalendarLink.link.school.id").entity(String.class).isEqualTo("lunsford-primary");
		String path = made.path("createReviewCalendarLink.path").entity(String.class).get();
		String id = made.path("createReviewCalendarLink.link.id").entity(String.class).get();
		assertThat(path).matches("/reviews/calendar/[A-Za-z0-9_-]{43}\\.ics");

		var feed = fetch(path);
		assertThat(feed.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(feed.getResponseHeaders().getContentType()).hasToString("text/calendar;charset=UTF-8");
		assertThat(body(feed)).contains("BEGIN:VCALENDAR", "Lunsford").doesNotContain("Cop Lane", "Monkhouse");

		head.document("{ myReviewCalendarLinks { id revoked school { id } } }")
			.execute()
			.path("myReviewCalendarLinks[*].id")
			.entityList(String.class)
			.containsExactly(id);

		for (int i = 0; i < 2; i++) {
			var revoked = head.documentName("revokeReviewCalendarLink").variable("input", Map.of("id", id)).execute();
			revoked.path("revokeReviewCalendarLink.userErrors").entityList(Object.class).hasSize(0);
			revoked.path("revokeReviewCalendarLink.link.revoked").entity(Boolean.class).isEqualTo(true);
			revoked.path("revokeReviewCalendarLink.path").valueIsNull();
		}
		var dead = fetch(path);
		assertThat(dead.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(body(dead)).doesNotContain("BEGIN:VCALENDAR", "Lunsford");
	}

	@Test
	void aLinkShowsWhatItsMakerCouldSeeWhenItWasMade() {
		String headsPath = make(head("calendar-head-2"), Map.of()).path("createReviewCalendarLink.path")
			.entity(String.class)
			.get();
		assertThat(body(fetch(headsPath))).contains("Lunsford").doesNotContain("Cop Lane", "Monkhouse");

		String executivesPath = make(as("trust-executive"), Map.of()).path("createReviewCalendarLink.path")
			.entity(String.class)
			.get();
		// the trust's own policy comes too, under the trust's name
		assertThat(body(fetch(executivesPath))).contains("Lunsford", "Cop Lane", "Monkhouse", "(ASSET Education)");
	}

	@Test
	void anotherSchoolIsNotFoundAndNoLinkIsMade() {
		HttpGraphQlTester head = head("calendar-head-3");
		head.documentName("createReviewCalendarLink")
			.variable("input", Map.of("schoolId", "cop-lane-ce-primary"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND")));
		assertThat(this.mongo.count(Query.query(Criteria.where("createdBy").is("calendar-head-3")), CalendarLink.class))
			.isZero();
	}

	@Test
	void onlyAHashOfTheSecretIsStored() {
		String path = make(head("calendar-head-4"), Map.of()).path("createReviewCalendarLink.path")
			.entity(String.class)
			.get();
		String secret = secretOf(path);
		Document stored = this.mongo.findOne(Query.query(Criteria.where("createdBy").is("calendar-head-4")),
				Document.class, "calendar_links");
		assertThat(stored).isNotNull();
		assertThat(stored.toJson()).doesNotContain(secret).contains(sha256(secret));
	}

	@Test
	void wrongMalformedAndExpiredAddressesAreNotFound() {
		String expiredSecret = "e".repeat(43);
		this.mongo.insert(new CalendarLink("calendar-expired", sha256(expiredSecret), TRUST, null, null,
				"calendar-head-5", Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"), null));
		for (String path : List.of("/reviews/calendar/" + "A".repeat(43) + ".ics", "/reviews/calendar/short.ics",
				"/reviews/calendar/" + "%7B%22$gt%22:%22%22%7D" + ".ics", "/reviews/calendar/" + expiredSecret + ".ics")) {
			var response = fetch(path);
			assertThat(response.getStatus()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(body(response)).as(path).doesNotContain("BEGIN:VCALENDAR", "Lunsford", "Exception");
		}
	}

	@Test
	void revokingSomeoneElsesLinkIsAUserErrorAndLeavesItWorking() {
		var made = make(head("calendar-head-6"), Map.of());
		String id = made.path("createReviewCalendarLink.link.id").entity(String.class).get();
		String path = made.path("createReviewCalendarLink.path").entity(String.class).get();
		as("trust-executive").documentName("revokeReviewCalendarLink")
			.variable("input", Map.of("id", id))
			.execute()
			.path("revokeReviewCalendarLink.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("UNKNOWN_CALENDAR_LINK");
		assertThat(fetch(path).getStatus()).isEqualTo(HttpStatus.OK);
	}

	private HttpGraphQlTester head(String subject) {
		return withToken(TestIssuer.sign(TestIssuer.claims(subject, "SCHOOL_HEAD", TRUST, List.of("lunsford-primary"))
			.build()));
	}

	private static org.springframework.graphql.test.tester.GraphQlTester.Response make(HttpGraphQlTester tester,
			Map<String, Object> input) {
		return tester.documentName("createReviewCalendarLink").variable("input", input).execute();
	}

	/** As a calendar app asks: no token. */
	private EntityExchangeResult<byte[]> fetch(String path) {
		return http().build()
			.get()
			.uri(java.net.URI.create(url(path)))
			.exchange()
			.expectBody(byte[].class)
			.returnResult();
	}

	private static String body(EntityExchangeResult<byte[]> response) {
		byte[] body = response.getResponseBody();
		return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
	}

	private static String secretOf(String path) {
		return path.substring("/reviews/calendar/".length(), path.length() - ".ics".length());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
