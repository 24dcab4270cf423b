package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.security.TenantScope;

@Repository
public class AppointmentRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	AppointmentRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Current and past appointments of these schools, for one batched load. */
	public List<Appointment> findBySchoolIds(Collection<String> schoolIds, TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.schoolQuery("schoolId", Criteria.where("schoolId").in(schoolIds))), Appointment.class);
	}

	Optional<Appointment> findById(String id, TenantScope scope) {
		return Optional
			.ofNullable(this.mongo.findOne(scope.schoolQuery("schoolId", Criteria.where("_id").is(id)), Appointment.class));
	}

	/** The open appointments of one role at one school: by {@code until}, so data without a slot is found too. */
	List<Appointment> findCurrent(String schoolId, AppointmentRole role, TenantScope scope) {
		var criteria = Criteria.where("schoolId").is(schoolId).and("role").is(role).and("until").is(null);
		return this.mongo.find(OneReply.of(scope.schoolQuery("schoolId", criteria)), Appointment.class);
	}

	/**
	 * Inserts a new appointment in one write; a clash on {@code currentSlot} throws
	 * {@link org.springframework.dao.DuplicateKeyException} and stores nothing.
	 */
	Appointment insert(Appointment appointment, TenantScope scope) {
		if (!scope.includesSchool(appointment.trustId(), appointment.schoolId())) {
			throw new NotFoundException("school", appointment.schoolId());
		}
		return this.mongo.insert(appointment);
	}

	/**
	 * Ends an open appointment and frees its slot, in one atomic write; empty when it is not open
	 * (already ended, or not in scope), so of two concurrent calls only one ends it.
	 */
	Optional<Appointment> close(String id, LocalDate until, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("_id").is(id).and("until").is(null));
		var update = new Update().set("until", until).unset("currentSlot");
		return Optional.ofNullable(this.mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
				Appointment.class));
	}

	@Override
	public String collection() {
		return "appointments";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("schoolId", Sort.Direction.ASC).on("role", Sort.Direction.ASC).named("school_role"),
				// at most one current holder per slot, whatever the code does (sparse: closed ones have none)
				new Index().on("currentSlot", Sort.Direction.ASC).unique().sparse().named("current_slot"));
	}

}
