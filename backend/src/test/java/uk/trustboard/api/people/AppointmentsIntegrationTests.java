package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;

import uk.trustboard.api.support.CollectionSnapshot;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** A head names who holds their school's roles; history keeps who held each role when. */
class AppointmentsIntegrationTests extends IntegrationTest {

	private static final String LUNSFORD = "lunsford-primary";

	private static final String LOMAX = "lunsford-elizabeth-lomax";

	private static final String LOMAX_AS_DSL = "lunsford-primary-dsl-lunsford-elizabeth-lomax";

	private static final String SHARPE = "lunsford-jacky-sharpe";

	private static final String SHARPE_AS_LEAD_GOVERNOR = "lunsford-primary-lead-governor-lunsford-jacky-sharpe";

	@Autowired
	MongoTemplate mongo;

	private CollectionSnapshot before;

	@BeforeEach
	void remember() {
		this.before = CollectionSnapshot.of(this.mongo, "appointments");
	}

	@AfterEach
	void putBack() {
		this.before.restore();
	}

	@Test
	void aNewDslClosesElizabethLomaxsAppointmentAndHistoryKeepsIt() {
		String today = today().toString();
		var response = appoint("DSL", "demo-lunsford-teacher-1", today);
		response.path("appointPerson.userErrors").entityList(Object.class).hasSize(0);
		response.path("appointPerson.appointment.current").entity(Boolean.class).isEqualTo(true);
		response.path("appointPerson.appointment.since.date").entity(String.class).isEqualTo(today);
		response.path("appointPerson.appointment.person.id").entity(String.class).isEqualTo("demo-lunsford-teacher-1");

		var school = school();
		school.path("school.people.dsl.person.id").entity(String.class).isEqualTo("demo-lunsford-teacher-1");
		school.path("school.people.history[?(@.id == '" + LOMAX_AS_DSL + "')].until")
			.entityList(String.class)
			.containsExactly(today);
		school.path("school.people.history[?(@.id == '" + LOMAX_AS_DSL + "')].current")
			.entityList(Boolean.class)
			.containsExactly(false);
		assertThat(currentDsls()).hasSize(1);
	}

	@Test
	void aNewLeadGovernorWithTheirResponsibilityReplacesJackySharpeAndHistoryKeepsHer() {
		var response = head().documentName("appointPerson")
			.variable("input", Map.of("schoolId", LUNSFORD, "role", "LEAD_GOVERNOR", "personId", "demo-lunsford-governor-1",
					"title", "Chair of Governors", "responsibility", "online safety and safeguarding", "since",
					"2026-09-01"))
			.execute();

		response.path("appointPerson.userErrors").entityList(Object.class).hasSize(0);
		response.path("appointPerson.appointment.role").entity(String.class).isEqualTo("LEAD_GOVERNOR");
		response.path("appointPerson.appointment.responsibility").entity(String.class).isEqualTo("online safety and safeguarding");
		var school = school();
		school.path("school.people.leadGovernor.person.id").entity(String.class).isEqualTo("demo-lunsford-governor-1");
		school.path("school.people.leadGovernor.title").entity(String.class).isEqualTo("Chair of Governors");
		school.path("school.people.leadGovernor.responsibility").entity(String.class).isEqualTo("online safety and safeguarding");
		school.path("school.people.leadGovernor.since.date").entity(String.class).isEqualTo("2026-09-01");
		String sharpe = "school.people.history[?(@.id == '" + SHARPE_AS_LEAD_GOVERNOR + "')]";
		school.path(sharpe + ".until").entityList(String.class).containsExactly("2026-09-01");
		school.path(sharpe + ".current").entityList(Boolean.class).containsExactly(false);
		school.path(sharpe + ".responsibility").entityList(String.class).containsExactly("lead responsibility");
		school.path("school.people.history[?(@.role == 'LEAD_GOVERNOR')].person.id")
			.entityList(String.class)
			.containsExactly("demo-lunsford-governor-1", SHARPE);
	}

	@Test
	void aHeadteacherIsAppointedAndLaterReplacedWithHistoryOfBoth() {
		var first = head().documentName("appointPerson")
			.variable("input", Map.of("schoolId", LUNSFORD, "role", "HEADTEACHER", "personId", "demo-lunsford-head",
					"title", "Headteacher", "since", "2025-09-01"))
			.execute();
		first.path("appointPerson.userErrors").entityList(Object.class).hasSize(0);
		String firstId = first.path("appointPerson.appointment.id").entity(String.class).get();
		school().path("school.people.headteacher.person.id").entity(String.class).isEqualTo("demo-lunsford-head");

		var second = appoint("HEADTEACHER", "demo-lunsford-teacher-1", today().toString());
		second.path("appointPerson.userErrors").entityList(Object.class).hasSize(0);
		String secondId = second.path("appointPerson.appointment.id").entity(String.class).get();

		var school = school();
		school.path("school.people.headteacher.id").entity(String.class).isEqualTo(secondId);
		school.path("school.people.headteacher.person.id").entity(String.class).isEqualTo("demo-lunsford-teacher-1");
		school.path("school.people.history[?(@.role == 'HEADTEACHER')].id").entityList(String.class).containsExactly(secondId, firstId);
		school.path("school.people.history[?(@.id == '" + firstId + "')].until")
			.entityList(String.class)
			.containsExactly(today().toString());
		school.path("school.people.history[?(@.id == '" + firstId + "')].title")
			.entityList(String.class)
			.containsExactly("Headteacher");
		assertThat(this.mongo.find(Query.query(Criteria.where("schoolId").is(LUNSFORD).and("role").is(AppointmentRole.HEADTEACHER)
			.and("until").is(null)), Appointment.class)).extracting(Appointment::personId).containsExactly("demo-lunsford-teacher-1");
	}

	@Test
	void appointingTheCurrentHolderAgainChangesNothing() {
		var response = appoint("DSL", LOMAX, today().toString());
		response.path("appointPerson.userErrors").entityList(Object.class).hasSize(0);
		response.path("appointPerson.appointment.id").entity(String.class).isEqualTo(LOMAX_AS_DSL);
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void twoHeadsAppointingADslAtOnceLeaveExactlyOneCurrentDsl() throws Exception {
		List<String> candidates = List.of("demo-lunsford-teacher-1", "demo-lunsford-teacher-2", "demo-lunsford-support-1",
				"demo-lunsford-head");
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<GraphQlTester.Response>> calls = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(candidates.size())) {
			for (String person : candidates) {
				calls.add(CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return appoint("DSL", person, today().toString());
				}, pool));
			}
			start.countDown();
			for (var call : calls) {
				call.get().path("appointPerson.userErrors[*].code")
					.entityList(String.class)
					.satisfies(codes -> assertThat(codes).isSubsetOf("CONCURRENT_CHANGE"));
			}
		}

		List<Appointment> current = currentDsls();
		assertThat(current).hasSize(1);
		assertThat(current.get(0).currentSlot()).isEqualTo(LUNSFORD + ":DSL");
		assertThat(candidates).contains(current.get(0).personId());
	}

	@Test
	void deputiesCanBeSeveralAndOneStepsDown() {
		String today = today().toString();
		String first = appoint("DEPUTY_DSL", "demo-lunsford-teacher-1", today).path("appointPerson.appointment.id")
			.entity(String.class)
			.get();
		appoint("DEPUTY_DSL", "demo-lunsford-teacher-2", today).path("appointPerson.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		appoint("DEPUTY_DSL", "demo-lunsford-teacher-1", today).path("appointPerson.appointment.id")
			.entity(String.class)
			.isEqualTo(first);
		school().path("school.people.deputyDsls[*].person.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("demo-lunsford-teacher-1",
					"demo-lunsford-teacher-2"));

		for (int i = 0; i < 2; i++) {
			var ended = end(Map.of("appointmentId", first, "until", today));
			ended.path("endAppointment.userErrors").entityList(Object.class).hasSize(0);
			ended.path("endAppointment.appointment.current").entity(Boolean.class).isEqualTo(false);
		}
		end(Map.of("appointmentId", first, "until", "2025-01-01")).path("endAppointment.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("ALREADY_ENDED");
		school().path("school.people.deputyDsls[*].person.id")
			.entityList(String.class)
			.containsExactly("demo-lunsford-teacher-2");
	}

	@Test
	void futureDatesAndOtherSchoolsPeopleAreRefusedAndNothingIsStored() {
		String tomorrow = today().plusDays(1).toString();
		var future = appoint("DSL", "demo-lunsford-teacher-1", tomorrow);
		future.path("appointPerson.userErrors[*].code").entityList(String.class).containsExactly("INVALID_DATE");
		future.path("appointPerson.userErrors[0].field").entityList(String.class).containsExactly("input", "since");

		appoint("DSL", "demo-lunsford-teacher-1", "2024-01-01").path("appointPerson.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("INVALID_DATE");
		appoint("DSL", "demo-cop-lane-teacher-1", today().toString()).path("appointPerson.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("PERSON_NOT_FOUND");
		end(Map.of("appointmentId", LOMAX_AS_DSL, "until", tomorrow)).path("endAppointment.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("INVALID_DATE");
		end(Map.of("appointmentId", LOMAX_AS_DSL, "until", "2020-01-01")).path("endAppointment.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("INVALID_DATE");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void malformedInputIsAClearErrorAndNothingIsStored() {
		var badDate = head().documentName("appointPerson")
			.variable("input", Map.of("schoolId", LUNSFORD, "role", "DSL", "personId", "demo-lunsford-teacher-1", "since",
					"2024-02-30"))
			.execute();
		badDate.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("'2024-02-30' is not a valid Date: use YYYY-MM-DD");
				assertThat(error.getErrorType()).hasToString("ValidationError");
			}));

		var badRole = head().documentName("appointPerson")
			.variable("input", Map.of("schoolId", LUNSFORD, "role", "CHAIR", "personId", "demo-lunsford-teacher-1"))
			.execute();
		badRole.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("CHAIR");
				assertThat(error.getErrorType()).hasToString("ValidationError");
			}));

		var longTitle = head().documentName("appointPerson")
			.variable("input", Map.of("schoolId", LUNSFORD, "role", "DSL", "personId", "demo-lunsford-teacher-1", "title",
					"t".repeat(201)))
			.execute();
		longTitle.path("appointPerson.userErrors[*].code").entityList(String.class).containsExactly("TOO_LONG");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void otherSchoolsHeadsGetNotFoundAndStaffForbidden() {
		var copLaneHead = withToken(TestIssuer.sign(TestIssuer
			.claims("cop-lane-head", "SCHOOL_HEAD", "asset-education", List.of("cop-lane-ce-primary"))
			.build()));
		assertRefused(copLaneHead.documentName("endAppointment")
			.variable("input", Map.of("appointmentId", LOMAX_AS_DSL))
			.execute(), "endAppointment", "NOT_FOUND");
		assertRefused(copLaneHead.documentName("appointPerson")
			.variable("input", Map.of("schoolId", LUNSFORD, "role", "DSL", "personId", "demo-lunsford-teacher-1"))
			.execute(), "appointPerson", "NOT_FOUND");
		assertRefused(as("lunsford-staff").documentName("appointPerson")
			.variable("input", Map.of("schoolId", LUNSFORD, "role", "DSL", "personId", "demo-lunsford-teacher-1"))
			.execute(), "appointPerson", "FORBIDDEN");
		assertRefused(as("lunsford-staff").documentName("endAppointment")
			.variable("input", Map.of("appointmentId", LOMAX_AS_DSL))
			.execute(), "endAppointment", "FORBIDDEN");
		assertRefused(head().documentName("endAppointment")
			.variable("input", Map.of("appointmentId", "no-such-appointment"))
			.execute(), "endAppointment", "NOT_FOUND");
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	private GraphQlTester.Response appoint(String role, String personId, String since) {
		return head().documentName("appointPerson")
			.variable("input", Map.of("schoolId", LUNSFORD, "role", role, "personId", personId, "since", since))
			.execute();
	}

	private GraphQlTester.Response end(Map<String, Object> input) {
		return head().documentName("endAppointment").variable("input", input).execute();
	}

	private GraphQlTester.Response school() {
		return head().documentName("schoolPeopleAndChannels").variable("id", LUNSFORD).execute();
	}

	private org.springframework.graphql.test.tester.HttpGraphQlTester head() {
		return as("lunsford-head");
	}

	private List<Appointment> currentDsls() {
		return this.mongo.find(Query.query(Criteria.where("schoolId")
			.is(LUNSFORD)
			.and("role")
			.is(AppointmentRole.DSL)
			.and("until")
			.is(null)), Appointment.class);
	}

	private static LocalDate today() {
		return TODAY;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void assertRefused(GraphQlTester.Response response, String field, String type) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString(type)));
		Object data = response.returnResponse().getData();
		assertThat((data instanceof Map<?, ?> fields) ? fields.get(field) : data).isNull();
	}

}
