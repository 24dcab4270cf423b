package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.support.EmbeddedMongoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The current-slot index on the embedded server: MongoDB itself refuses a second current holder. */
@EmbeddedMongoTest
class AppointmentRepositoryTests {

	private static final String TRUST = "asset-education";

	private static final String SCHOOL = "lunsford-primary";

	private static final TenantScope HEAD = TenantScope.schools(TRUST, List.of(SCHOOL));

	@Autowired
	MongoTemplate mongo;

	AppointmentRepository appointments;

	@BeforeEach
	void emptyCollectionWithItsIndexes() {
		this.mongo.dropCollection(Appointment.class);
		this.appointments = new AppointmentRepository(this.mongo);
		this.appointments.indexes().forEach(index -> this.mongo.indexOps(Appointment.class).createIndex(index));
	}

	@Test
	void aSecondCurrentDslIsRefusedByTheIndexItself() {
		this.appointments.insert(current("a", AppointmentRole.DSL, "person-a"), HEAD);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.appointments.insert(current("b", AppointmentRole.DSL, "person-b"), HEAD));
		assertThat(this.mongo.findAll(Appointment.class)).extracting(Appointment::id).containsExactly("a");
	}

	@Test
	void closingFreesTheSlotEveryTime() {
		this.appointments.insert(current("a", AppointmentRole.DSL, "person-a"), HEAD);
		assertThat(this.appointments.close("a", LocalDate.of(2025, 1, 1), HEAD)).get()
			.satisfies(closed -> assertThat(closed.currentSlot()).isNull());
		this.appointments.insert(current("b", AppointmentRole.DSL, "person-b"), HEAD);
		this.appointments.close("b", LocalDate.of(2025, 2, 1), HEAD);
		this.appointments.insert(current("c", AppointmentRole.DSL, "person-c"), HEAD);

		assertThat(this.appointments.findCurrent(SCHOOL, AppointmentRole.DSL, HEAD)).extracting(Appointment::id)
			.containsExactly("c");
		assertThat(this.appointments.close("a", LocalDate.of(2026, 1, 1), HEAD)).isEmpty();
	}

	@Test
	void deputiesAreSeveralButEachPersonOnce() {
		this.appointments.insert(current("a", AppointmentRole.DEPUTY_DSL, "person-a"), HEAD);
		this.appointments.insert(current("b", AppointmentRole.DEPUTY_DSL, "person-b"), HEAD);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.appointments.insert(current("c", AppointmentRole.DEPUTY_DSL, "person-a"), HEAD));
	}

	/** The seed loader replaces documents by id on every load; the same holder again is no clash. */
	@Test
	void replacingACurrentAppointmentWithItselfKeepsItsSlot() {
		Appointment dsl = current("a", AppointmentRole.DSL, "person-a");
		this.mongo.save(dsl);
		this.mongo.save(dsl);

		assertThat(this.mongo.findAll(Appointment.class)).containsExactly(dsl);
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.mongo.save(current("b", AppointmentRole.DSL, "person-b")));
	}

	@Test
	void appointmentsWithoutASlotDoNotCollide() {
		this.mongo.insert(new Appointment("old-1", TRUST, SCHOOL, AppointmentRole.DSL, "p1", null, null,
				DocumentDate.parse("2020"), LocalDate.of(2021, 1, 1), null));
		this.mongo.insert(new Appointment("old-2", TRUST, SCHOOL, AppointmentRole.DSL, "p2", null, null,
				DocumentDate.parse("2021"), null, null));

		this.appointments.insert(current("new", AppointmentRole.DSL, "p3"), HEAD);

		assertThat(this.mongo.findAll(Appointment.class)).hasSize(3);
	}

	@Test
	void anotherSchoolsAppointmentIsNeitherFoundNorClosed() {
		TenantScope copLaneHead = TenantScope.schools(TRUST, List.of("cop-lane-ce-primary"));
		this.appointments.insert(current("a", AppointmentRole.DSL, "person-a"), HEAD);

		assertThat(this.appointments.findById("a", copLaneHead)).isEmpty();
		assertThat(this.appointments.findCurrent(SCHOOL, AppointmentRole.DSL, copLaneHead)).isEmpty();
		assertThat(this.appointments.close("a", LocalDate.of(2025, 1, 1), copLaneHead)).isEmpty();
		assertThat(this.appointments.findById("a", HEAD)).get().satisfies(a -> assertThat(a.current()).isTrue());
	}

	private static Appointment current(String id, AppointmentRole role, String personId) {
		return new Appointment(id, TRUST, SCHOOL, role, personId, null, null, DocumentDate.parse("2024-09-01"), null,
				null, Appointment.slotOf(SCHOOL, role, personId));
	}

}
