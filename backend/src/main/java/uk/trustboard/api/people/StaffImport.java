package uk.trustboard.api.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * Imports a school's staff from its MIS or HR system: each row is matched by its external id
 * within the trust, so a person who works at several of the trust's schools stays one person with
 * each school in {@code schoolIds}. Bad rows are reported and the good ones stored. The people of
 * the call are read with one query and compared in memory; unchanged rows are not written, changed
 * people are updated one atomic upsert each, and new people inserted in bulk batches, where the
 * unique index refuses anyone another import created meanwhile (then updated instead). Without
 * transactions a stop half-way leaves the rows written so far; the same rows again complete it.
 */
@Service
class StaffImport {

	static final int MAX_ROWS = 5_000;

	/** New people per bulk insert, and how often progress is logged. */
	private static final int BATCH = 1_000;

	private static final Logger logger = LoggerFactory.getLogger(StaffImport.class);

	private final SchoolRepository schools;

	private final PersonRepository people;

	private final List<StaffChangeListener> listeners;

	private final Clock clock;

	StaffImport(SchoolRepository schools, PersonRepository people, List<StaffChangeListener> listeners, Clock clock) {
		this.schools = schools;
		this.people = people;
		this.listeners = listeners;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('IMPORT_STAFF')")
	ImportStaffPayload importStaff(ImportStaffInput input) {
		TenantScope scope = Callers.scope();
		School school = this.schools.findById(input.schoolId(), scope)
			.orElseThrow(() -> new NotFoundException("school", input.schoolId()));
		if (input.rows().size() > MAX_ROWS) {
			return ImportStaffPayload.refused(UserError.of("rows", UserErrorCode.TOO_MANY_ROWS, "At most " + MAX_ROWS
					+ " rows per import, was " + input.rows().size() + ": split the file; nothing was imported"));
		}
		long started = System.nanoTime();
		StaffRows checked = StaffRows.check(input.rows(), LocalDate.now(this.clock.withZone(Appointments.SCHOOLS_ZONE)));
		Map<String, Person> stored = this.people.findByExternalIds(checked.externalIds(), scope)
			.stream()
			.collect(Collectors.toMap(Person::externalId, Function.identity()));
		var run = new Run(school, scope, checked.accepted().size());
		List<StaffRow> newRows = new ArrayList<>();
		List<StaffRow> updates = new ArrayList<>();
		List<StaffRowError> errors = new ArrayList<>(checked.errors());
		int rejected = checked.rejected();
		for (StaffRow row : checked.accepted()) {
			Person before = stored.get(row.externalId());
			if (before != null && !inScope(before, scope)) {
				errors.add(new StaffRowError(row.number(), row.externalId(), "externalId", UserErrorCode.NOT_STAFF_OF_SCHOOL,
						"this external id is someone at another school of the trust, whose record a head of this "
								+ "school may not change; the trust's own import can add them here"));
				rejected++;
				continue;
			}
			if (before == null) {
				newRows.add(row);
				continue;
			}
			if (row.applyTo(before, school.id()).equals(before)) {
				run.unchanged++;
				run.progressed(1);
			}
			else {
				updates.add(row);
			}
		}
		// listeners note the people about to change first, so a stop mid-way leaves a trace to mend
		List<String> changing = updates.stream().map(row -> stored.get(row.externalId()).id()).toList();
		List<Runnable> settled = this.listeners.stream()
			.map(listener -> listener.changing(school.trustId(), changing))
			.toList();
		for (StaffRow row : updates) {
			upsert(row, run);
			run.progressed(1);
		}
		settled.forEach(Runnable::run);
		for (int from = 0; from < newRows.size(); from += BATCH) {
			List<StaffRow> batch = newRows.subList(from, Math.min(from + BATCH, newRows.size()));
			insert(batch, run);
			run.progressed(batch.size());
		}
		logger.info("Staff import into {} by {}: {} created, {} updated, {} unchanged, {} rejected in {} ms", school.id(),
				Callers.current().subject(), run.created, run.updated, run.unchanged, rejected,
				(System.nanoTime() - started) / 1_000_000);
		return new ImportStaffPayload(run.created, run.updated, run.unchanged, rejected, errors, List.of());
	}

	/**
	 * A head may change only people of their own schools: a record that belongs only to other
	 * schools is out of their hands (heads see and manage their schools only). Trust-wide callers
	 * (integrations) may add anyone of the trust to a school.
	 */
	private static boolean inScope(Person person, TenantScope scope) {
		return scope.wholeTrust() || person.schoolIds().stream().anyMatch(scope.schoolIds()::contains);
	}

	private void insert(List<StaffRow> rows, Run run) {
		Map<String, StaffRow> byExternalId = rows.stream().collect(Collectors.toMap(StaffRow::externalId, row -> row));
		List<Person> created = rows.stream()
			.map(row -> row.newPerson(UUID.randomUUID().toString(), run.school.trustId(), run.school.id()))
			.toList();
		List<Person> refused = this.people.insertNew(created, run.scope);
		for (Person person : created) {
			if (!refused.contains(person)) {
				run.created++;
				changed(null, person);
			}
		}
		refused.forEach(person -> upsert(byExternalId.get(person.externalId()), run));
	}

	/** Counted by what the write found, which a concurrent import may have changed since the read. */
	private void upsert(StaffRow row, Run run) {
		String newId = UUID.randomUUID().toString();
		Person before = this.people.importRow(row, run.school.trustId(), run.school.id(), newId, run.scope).orElse(null);
		Person after = (before != null) ? row.applyTo(before, run.school.id())
				: row.newPerson(newId, run.school.trustId(), run.school.id());
		if (before == null) {
			run.created++;
		}
		else if (after.equals(before)) {
			run.unchanged++;
			return;
		}
		else {
			run.updated++;
		}
		changed(before, after);
	}

	/** Listeners hear of every write that changed a person, with the person as stored before and after it. */
	private void changed(Person before, Person after) {
		this.listeners.forEach(listener -> listener.staffChanged(before, after));
	}

	/** One import call as it goes. */
	private static final class Run {

		final School school;

		final TenantScope scope;

		final int rows;

		int done;

		int created;

		int updated;

		int unchanged;

		Run(School school, TenantScope scope, int rows) {
			this.school = school;
			this.scope = scope;
			this.rows = rows;
		}

		void progressed(int count) {
			int before = this.done;
			this.done += count;
			if (this.done / BATCH > before / BATCH) {
				logger.info("Staff import into {}: {} of {} rows", this.school.id(), this.done, this.rows);
			}
		}

	}

}
