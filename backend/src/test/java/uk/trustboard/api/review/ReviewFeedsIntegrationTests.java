package uk.trustboard.api.review;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolPhase;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;
import uk.trustboard.api.trust.Trust;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review calendar (iCalendar) and the overdue CSV over HTTP with real tokens, parsed back
 * with ical4j and Commons CSV. The seed's schedules plus a few of these tests' own, in the seed's
 * trust; expectations about whole lists come from the stored schedules, so that schedules other
 * features add to the shared database do not matter.
 */
class ReviewFeedsIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	private static final String FOREIGN_TRUST = "northern-lights-trust";

	private static final String PAGING_TRUST = "feeds-paging-trust";

	private static final String LUNSFORD = "lunsford-primary";

	private static final String COP_LANE = "cop-lane-ce-primary";

	private static final String MONKHOUSE = "monkhouse-primary";

	private static final String AS_OF = "2026-11-22";

	private static final String LONG_TITLE = "E-Safety and Acceptable Use Policy — pupils’ own devices, cameras, "
			+ "images and the school’s learning platform (révisée)";

	private static final String TRICKY_TITLE = "Online Safety, \"quoted\" and a newline\nthen a second line; \\ too";

	private static final String FORMULA_TITLE = "=HYPERLINK(\"https://evil.example\",\"Click\")";

	private static final ReviewOwner TRICKY_OWNER = new ReviewOwner("Headteacher", "Ashmore, I. (Mr)",
			"head@coplane.example; \"office\"");

	private static final List<String> HEADER = List.of("school_id", "school_name", "policy_title", "target", "due_date",
			"days_overdue", "status", "owner_role", "owner_name", "owner_contact", "last_reviewed_on");

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void schedules() {
		this.mongo.insertAll(List.of(
				schedule("feeds-lunsford-esafety", TRUST, LUNSFORD, LONG_TITLE, LocalDate.parse("2025-06-30"),
						new ReviewOwner("Governing Body", "Jacky Sharpe", "governors@lunsford.example")),
				schedule("feeds-cop-lane-tricky", TRUST, COP_LANE, TRICKY_TITLE, LocalDate.parse("2025-10-15"),
						TRICKY_OWNER),
				schedule("feeds-monkhouse-formula", TRUST, MONKHOUSE, FORMULA_TITLE, LocalDate.parse("2026-01-10"),
						new ReviewOwner("Governing Body", null, null)),
				schedule("feeds-monkhouse-due-soon", TRUST, MONKHOUSE, "Attendance Policy", LocalDate.parse("2026-12-20"),
						new ReviewOwner("Headteacher", null, null)),
				schedule("feeds-our-lady-unscheduled", TRUST, "our-lady-and-st-rose-of-lima-primary", "Uniform Policy",
						null, new ReviewOwner("Headteacher", null, null)),
				ReviewSchedule.of("feeds-trust-code-of-conduct", TRUST, null, ReviewTarget.TRUST_POLICY,
						"feeds-code-of-conduct", null, "Code of Conduct", 24, LocalDate.parse("2021-03-01"),
						DueSource.LAST_REVIEW_PLUS_CYCLE, new ReviewOwner("Executive", "Rebecca Leek", null),
						LocalDate.parse("2019-03-01"), Instant.parse("2019-03-01T09:30:00Z")),
				schedule("feeds-aurora-foreign", FOREIGN_TRUST, "aurora-primary", "Aurora Secret Policy",
						LocalDate.parse("2025-01-01"), new ReviewOwner("Headteacher", "Someone Else", null))));
	}

	/** Other test classes share this database and expect the seed's schedules only. */
	@AfterEach
	void removeSchedules() {
		Query ours = Query.query(Criteria.where("_id").regex("^feeds-"));
		this.mongo.remove(ours, ReviewSchedule.class);
		this.mongo.remove(ours, School.class);
		this.mongo.remove(ours, Trust.class);
	}

	@Test
	void theExecutivesCalendarHasAnAllDayEventForEveryScheduledReviewOfTheTrust() throws Exception {
		var response = get(TestIssuer.token("trust-executive"), "/reviews/calendar.ics");

		assertThat(response.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(response.getResponseHeaders().getContentType()).hasToString("text/calendar;charset=UTF-8");
		String ics = body(response);
		assertFoldedAndCrlf(ics);
		List<VEvent> events = events(parse(ics));
		assertThat(uids(events)).containsExactlyElementsOf(
				stored(Criteria.where("trustId").is(TRUST).and("nextDue").ne(null)).stream()
					.map(schedule -> schedule.id() + "@trustboard")
					.toList())
			.contains("cop-lane-ce-primary-network-and-social-media@trustboard",
					"monkhouse-primary-social-networking@trustboard", "lunsford-primary-social-media@trustboard",
					"asset-education-social-media@trustboard", "feeds-lunsford-esafety@trustboard")
			.doesNotContain("our-lady-and-st-rose-of-lima-primary-social-media@trustboard",
					"feeds-our-lady-unscheduled@trustboard", "feeds-aurora-foreign@trustboard");
		assertThat(events.stream().map(ReviewFeedsIntegrationTests::start).toList()).isSorted();

		VEvent seeded = event(events, "cop-lane-ce-primary-network-and-social-media");
		assertThat(start(seeded)).isEqualTo(LocalDate.parse("2025-09-01"));
		assertThat(value(seeded, Property.SUMMARY))
			.isEqualTo("Review due: Network and Social Media Policy (Cop Lane C.E. Primary School)");
		assertThat(start(event(events, "asset-education-social-media"))).isEqualTo(LocalDate.parse("2020-01-28"));

		VEvent esafety = event(events, "feeds-lunsford-esafety");
		assertThat(start(esafety)).isEqualTo(LocalDate.parse("2025-06-30"));
		assertThat(esafety.getStartDate().orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
		assertThat(value(esafety, Property.DTEND)).isEqualTo("20250701");
		assertThat(value(esafety, Property.SUMMARY)).isEqualTo("Review due: " + LONG_TITLE + " (Lunsford Primary School)");
		assertThat(value(esafety, Property.DESCRIPTION)).contains(
				"Owner: Governing Body, Jacky Sharpe (governors@lunsford.example)", "Review cycle: every 12 months",
				"Due soon from: 2025-05-01 (60 days before)", "Last reviewed: 2024-06-30");
		assertThat(value(esafety, Property.DTSTAMP)).isEqualTo("20240630T000000Z");
		assertThat(esafety.getAlarms()).singleElement()
			.satisfies(alarm -> assertThat(alarm.getProperty(Property.TRIGGER).orElseThrow().getValue())
				.isEqualTo("-P60D"));

		VEvent tricky = event(events, "feeds-cop-lane-tricky");
		assertThat(value(tricky, Property.SUMMARY)).isEqualTo("Review due: " + TRICKY_TITLE + " (Cop Lane C.E. Primary School)");
		assertThat(value(tricky, Property.DESCRIPTION))
			.startsWith("Owner: Headteacher, Ashmore, I. (Mr) (head@coplane.example; \"office\")\n");
		assertThat(value(event(events, "feeds-trust-code-of-conduct"), Property.SUMMARY))
			.isEqualTo("Review due: Code of Conduct (ASSET Education)");
	}

	@Test
	void aHeadsCalendarHasOnlyTheirSchool() throws Exception {
		var response = get(TestIssuer.token("lunsford-head"), "/reviews/calendar.ics");

		assertThat(response.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(uids(events(parse(body(response))))).containsExactlyElementsOf(
				stored(Criteria.where("trustId").is(TRUST).and("schoolId").is(LUNSFORD).and("nextDue").ne(null))
					.stream()
					.map(schedule -> schedule.id() + "@trustboard")
					.toList())
			.contains("lunsford-primary-social-media@trustboard", "feeds-lunsford-esafety@trustboard");
	}

	@Test
	void oneSchoolsCalendarHasOnlyThatSchool() throws Exception {
		var response = get(TestIssuer.token("trust-executive"), "/reviews/calendar.ics?schoolId=" + COP_LANE);

		assertThat(response.getStatus()).isEqualTo(HttpStatus.OK);
		Calendar calendar = parse(body(response));
		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
			.isEqualTo("Trustboard reviews: Cop Lane C.E. Primary School");
		assertThat(uids(events(calendar))).containsExactly("cop-lane-ce-primary-network-and-social-media@trustboard",
				"feeds-cop-lane-tricky@trustboard");
	}

	@Test
	void anotherSchoolOrTrustIsNotFoundWithNoData() {
		String foreignExecutive = TestIssuer
			.sign(TestIssuer.claims("feeds-foreign-executive", "TRUST_EXECUTIVE", FOREIGN_TRUST, List.of()).build());
		assertNotFound(get(TestIssuer.token("lunsford-head"), "/reviews/calendar.ics?schoolId=" + COP_LANE), COP_LANE);
		assertNotFound(get(TestIssuer.token("trust-executive"), "/reviews/calendar.ics?schoolId=aurora-primary"),
				"aurora-primary");
		assertNotFound(get(TestIssuer.token("trust-executive"), "/reviews/calendar.ics?schoolId=no-such-school"),
				"no-such-school");
		assertNotFound(get(foreignExecutive, "/reviews/calendar.ics?schoolId=" + LUNSFORD), LUNSFORD);
		assertNotFound(get(TestIssuer.token("lunsford-head"),
				"/reviews/overdue.csv?asOf=" + AS_OF + "&schoolId=" + LUNSFORD + "&schoolId=" + COP_LANE), COP_LANE);
		assertNotFound(get(foreignExecutive, "/reviews/overdue.csv?asOf=" + AS_OF + "&schoolId=" + LUNSFORD), LUNSFORD);

		var foreignCsv = get(foreignExecutive, "/reviews/overdue.csv?asOf=" + AS_OF);
		assertThat(foreignCsv.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(body(foreignCsv)).contains("Aurora Secret Policy").doesNotContain("Lunsford", "Cop Lane", "Social Media");
	}

	@Test
	void staffAndIntegrationsWithoutReviewsReadAreForbidden() {
		String dashboardOnly = TestIssuer.sign(TestIssuer.claims("feeds-dashboard", "INTEGRATION", TRUST, List.of())
			.claim("scope", "dashboard:read")
			.build());
		for (String token : List.of(TestIssuer.token("lunsford-staff"), dashboardOnly)) {
			for (String path : List.of("/reviews/calendar.ics", "/reviews/calendar.ics?schoolId=" + LUNSFORD,
					"/reviews/overdue.csv?asOf=" + AS_OF)) {
				var response = get(token, path, MediaType.parseMediaType("text/calendar"),
						MediaType.parseMediaType("text/csv"));
				assertThat(response.getStatus()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
				assertThat(response.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(body(response)).contains("\"status\":403", "Forbidden: your role does not allow this")
					.doesNotContain("Exception", "uk.trustboard", "Lunsford", "Social Media");
			}
		}
	}

	@Test
	void withoutATokenBothAreUnauthorized() {
		for (String path : List.of("/reviews/calendar.ics", "/reviews/overdue.csv?asOf=" + AS_OF)) {
			var response = get(null, path);
			assertThat(response.getStatus()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(body(response)).doesNotContain("Lunsford", "Social Media", "BEGIN:VCALENDAR");
		}
	}

	@Test
	void aFeedDrawsOnTheCallersRateLimitBudget() {
		// a subject of its own, so that its budget is not shared with other tests
		String token = TestIssuer.sign(TestIssuer.claims("feed-reader", "TRUST_EXECUTIVE", "asset-education", List.of())
			.build());
		var response = get(token, "/reviews/overdue.csv?asOf=" + AS_OF);
		assertThat(response.getStatus()).isEqualTo(HttpStatus.OK);
		// 50,000 points less the 1,000 a feed costs (what comes back meanwhile is capped at the capacity)
		assertThat(response.getResponseHeaders().getFirst("X-Cost-Remaining")).isEqualTo("49000");
	}

	@Test
	void anIntegrationWithReviewsReadGetsBoth() throws Exception {
		var calendar = get(TestIssuer.token("integration"), "/reviews/calendar.ics");
		assertThat(calendar.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(uids(events(parse(body(calendar))))).contains("asset-education-social-media@trustboard",
				"feeds-lunsford-esafety@trustboard");

		var csv = get(TestIssuer.token("integration"), "/reviews/overdue.csv?asOf=" + AS_OF);
		assertThat(csv.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(records(body(csv))).extracting(row -> row.get("school_id")).contains(LUNSFORD, COP_LANE, MONKHOUSE, "");
	}

	@Test
	void theCsvHasEveryOverdueReviewOfTheTrustByDueDateWithDaysCountedToAsOf() throws Exception {
		var response = get(TestIssuer.token("trust-executive"), "/reviews/overdue.csv?asOf=" + AS_OF);

		assertThat(response.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(response.getResponseHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
		assertThat(response.getResponseHeaders().getContentDisposition().getFilename())
			.isEqualTo("overdue-reviews-2026-11-22.csv");
		String csv = body(response);
		assertThat(csv).startsWith(String.join(",", HEADER) + "\r\n").endsWith("\r\n");
		List<CSVRecord> rows = records(csv);
		assertThat(rows).extracting(row -> row.get("school_id") + " " + row.get("due_date"))
			.containsExactlyElementsOf(stored(Criteria.where("trustId").is(TRUST).and("nextDue").lt(LocalDate.parse(AS_OF)))
				.stream()
				.map(schedule -> ((schedule.schoolId() != null) ? schedule.schoolId() : "") + " " + schedule.nextDue())
				.toList());
		assertThat(rows).extracting(row -> row.get("status")).containsOnly("OVERDUE");

		assertThat(row(rows, LONG_TITLE).toList()).containsExactly(LUNSFORD, "Lunsford Primary School", LONG_TITLE,
				"SCHOOL_POLICY", "2025-06-30", "510", "OVERDUE", "Governing Body", "Jacky Sharpe",
				"governors@lunsford.example", "2024-06-30");
		assertThat(row(rows, TRICKY_TITLE).toList()).containsExactly(COP_LANE, "Cop Lane C.E. Primary School",
				TRICKY_TITLE, "SCHOOL_POLICY", "2025-10-15", "403", "OVERDUE", TRICKY_OWNER.role(), TRICKY_OWNER.name(),
				TRICKY_OWNER.contact(), "2024-10-15");
		assertThat(row(rows, "Code of Conduct").toList()).containsExactly("", "", "Code of Conduct", "TRUST_POLICY",
				"2021-03-01", "2092", "OVERDUE", "Executive", "Rebecca Leek", "", "2019-03-01");
		assertThat(row(rows, "Network and Social Media Policy").get("days_overdue")).isEqualTo("447");
		// a spreadsheet must not run a title as a formula
		assertThat(row(rows, "'" + FORMULA_TITLE).get("days_overdue")).isEqualTo("316");
		assertThat(rows).extracting(row -> row.get("policy_title"))
			.doesNotContain("Attendance Policy", "Uniform Policy", "Aurora Secret Policy");
	}

	@Test
	void daysOverdueAreCountedToAsOfNotToday() throws Exception {
		List<CSVRecord> rows = records(body(get(TestIssuer.token("trust-executive"), "/reviews/overdue.csv?asOf=2025-07-01")));

		assertThat(row(rows, LONG_TITLE).get("days_overdue")).isEqualTo("1");
		assertThat(row(rows, "Code of Conduct").get("days_overdue")).isEqualTo("1583");
		assertThat(rows).extracting(row -> LocalDate.parse(row.get("due_date")))
			.allMatch(due -> due.isBefore(LocalDate.parse("2025-07-01")));
	}

	@Test
	void dueSoonReviewsOnlyWhenAskedFor() throws Exception {
		String path = "/reviews/overdue.csv?asOf=" + AS_OF + "&schoolId=" + MONKHOUSE;
		List<CSVRecord> overdue = records(body(get(TestIssuer.token("trust-executive"), path)));
		List<CSVRecord> withDueSoon = records(
				body(get(TestIssuer.token("trust-executive"), path + "&includeDueSoon=true")));

		assertThat(overdue).extracting(row -> row.get("policy_title"))
			.containsExactly("Social Networking Policy", "'" + FORMULA_TITLE);
		assertThat(withDueSoon).extracting(row -> row.get("policy_title") + " " + row.get("status") + " " + row.get("days_overdue"))
			.containsExactly("Social Networking Policy OVERDUE 447", "'" + FORMULA_TITLE + " OVERDUE 316",
					"Attendance Policy DUE_SOON 0");
	}

	@Test
	void onlyTheSchoolsAskedFor() throws Exception {
		List<CSVRecord> rows = records(body(get(TestIssuer.token("trust-executive"),
				"/reviews/overdue.csv?asOf=" + AS_OF + "&schoolId=" + LUNSFORD + "&schoolId=" + COP_LANE)));

		assertThat(rows).extracting(row -> row.get("school_id") + " " + row.get("policy_title"))
			.containsExactly(LUNSFORD + " " + LONG_TITLE, COP_LANE + " Network and Social Media Policy",
					LUNSFORD + " Social Media Policy", COP_LANE + " " + TRICKY_TITLE);
	}

	@Test
	void aHeadsCsvHasOnlyTheirSchool() throws Exception {
		List<CSVRecord> rows = records(body(get(TestIssuer.token("lunsford-head"), "/reviews/overdue.csv?asOf=" + AS_OF)));

		assertThat(rows).extracting(row -> row.get("policy_title")).containsExactly(LONG_TITLE, "Social Media Policy");
		assertThat(rows).extracting(row -> row.get("school_id")).containsOnly(LUNSFORD);
	}

	@Test
	void asOfIsRequiredAsADate() {
		String executive = TestIssuer.token("trust-executive");
		assertBadRequest(get(executive, "/reviews/overdue.csv"), "'asOf' is required: a date as YYYY-MM-DD");
		assertBadRequest(get(executive, "/reviews/overdue.csv?asOf="), "'asOf' is required: a date as YYYY-MM-DD");
		assertBadRequest(get(executive, "/reviews/overdue.csv?asOf=2026-02-30"), "'asOf' is malformed: a date as YYYY-MM-DD");
		assertBadRequest(get(executive, "/reviews/overdue.csv?asOf=22/11/2026"), "'asOf' is malformed: a date as YYYY-MM-DD");
		assertBadRequest(get(executive, "/reviews/overdue.csv?asOf=" + AS_OF + "&includeDueSoon=maybe"),
				"'includeDueSoon' is malformed: true or false");
	}

	/**
	 * 250 overdue reviews, most due on the same day, so that pages of 100 end inside a run of equal
	 * due dates and continue by id; the second school first appears on the second page.
	 */
	@Test
	void theCsvFollowsEveryPage() throws Exception {
		this.mongo.save(new Trust(PAGING_TRUST, "Feeds Paging Trust (fictional)"));
		this.mongo.save(school("feeds-paging-a", "Paging School A"));
		this.mongo.save(school("feeds-paging-b", "Paging School B"));
		List<ReviewSchedule> overdue = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			LocalDate due = (i % 5 == 0) ? LocalDate.parse("2024-02-01") : LocalDate.parse("2024-03-01");
			overdue.add(schedule("feeds-paging-%03d".formatted(i), PAGING_TRUST, (i < 150) ? "feeds-paging-a" : "feeds-paging-b",
					"Policy %03d".formatted(i), due, new ReviewOwner("Headteacher", null, null)));
		}
		this.mongo.insertAll(overdue);
		this.mongo.insertAll(List.of(
				schedule("feeds-paging-later", PAGING_TRUST, "feeds-paging-a", "Later", LocalDate.parse("2027-06-01"),
						new ReviewOwner("Headteacher", null, null)),
				schedule("feeds-paging-unscheduled", PAGING_TRUST, "feeds-paging-a", "Unscheduled", null,
						new ReviewOwner("Headteacher", null, null))));
		String executive = TestIssuer
			.sign(TestIssuer.claims("feeds-paging-executive", "TRUST_EXECUTIVE", PAGING_TRUST, List.of()).build());

		List<CSVRecord> rows = records(body(get(executive, "/reviews/overdue.csv?asOf=" + AS_OF)));

		assertThat(rows).extracting(row -> row.get("policy_title"))
			.containsExactlyElementsOf(overdue.stream()
				.sorted(Comparator.comparing(ReviewSchedule::nextDue).thenComparing(ReviewSchedule::id))
				.map(ReviewSchedule::title)
				.toList());
		assertThat(rows).extracting(row -> row.get("school_id") + " " + row.get("school_name"))
			.containsOnly("feeds-paging-a Paging School A", "feeds-paging-b Paging School B");
	}

	private static ReviewSchedule schedule(String id, String trustId, String schoolId, String title, LocalDate due,
			ReviewOwner owner) {
		LocalDate last = (due != null) ? due.minusMonths(12) : null;
		return ReviewSchedule.of(id, trustId, schoolId, ReviewTarget.SCHOOL_POLICY, "feeds-policy", id, title, 12, due,
				(due != null) ? DueSource.DOCUMENT : DueSource.NONE, owner, last,
				(last != null) ? last.atStartOfDay().toInstant(java.time.ZoneOffset.UTC) : Instant.EPOCH);
	}

	private static School school(String id, String name) {
		return new School(id, PAGING_TRUST, name, null, SchoolPhase.PRIMARY, null, null, null, null, null);
	}

	private List<ReviewSchedule> stored(Criteria criteria) {
		return this.mongo.find(Query.query(criteria).with(Sort.by("nextDue", "_id")), ReviewSchedule.class);
	}

	private EntityExchangeResult<byte[]> get(String token, String path, MediaType... accept) {
		return http().build()
			.get()
			.uri(url(path))
			.headers(headers -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
				if (accept.length > 0) {
					headers.setAccept(Arrays.asList(accept));
				}
			})
			.exchange()
			.expectBody(byte[].class)
			.returnResult();
	}

	private static String body(EntityExchangeResult<byte[]> response) {
		byte[] body = response.getResponseBody();
		return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
	}

	private static void assertNotFound(EntityExchangeResult<byte[]> response, String id) {
		assertThat(response.getStatus()).as(response.getUrl().toString()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body(response)).contains("No school with id '" + id + "'")
			.doesNotContain("BEGIN:", "Social Media", "Aurora Secret", "Online Safety");
	}

	private static void assertBadRequest(EntityExchangeResult<byte[]> response, String detail) {
		assertThat(response.getStatus()).as(response.getUrl().toString()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body(response)).contains(detail).doesNotContain("Exception", "school_id");
	}

	/** RFC 5545 3.1: every line ends with CRLF and is at most 75 octets; long ones are folded. */
	private static void assertFoldedAndCrlf(String ics) {
		assertThat(ics).endsWith("\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
		List<String> lines = List.of(ics.split("\r\n"));
		assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
	}

	private static Calendar parse(String ics) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents(Component.VEVENT);
	}

	private static List<String> uids(List<VEvent> events) {
		return events.stream().map(event -> value(event, Property.UID)).toList();
	}

	private static VEvent event(List<VEvent> events, String scheduleId) {
		return events.stream()
			.filter(event -> value(event, Property.UID).equals(scheduleId + "@trustboard"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event for " + scheduleId));
	}

	private static LocalDate start(VEvent event) {
		return LocalDate.from(event.getStartDate().orElseThrow().getDate());
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).orElseThrow(() -> new AssertionError("No " + property)).getValue();
	}

	private static List<CSVRecord> records(String csv) throws IOException {
		try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(parser.getHeaderNames()).containsExactlyElementsOf(HEADER);
			return parser.getRecords();
		}
	}

	private static CSVRecord row(List<CSVRecord> rows, String title) {
		return rows.stream()
			.filter(row -> row.get("policy_title").equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + title));
	}

}
