package uk.trustboard.api.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.security.TenantScope;

@Repository
public class AppointmentRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	AppointmentRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Current and past appointments of these schools, for one batched load. */
	public List<Appointment> findBySchoolIds(Collection<String> schoolIds, TenantScope scope) {
		return this.mongo.find(scope.schoolQuery("schoolId", Criteria.where("schoolId").in(schoolIds)), Appointment.class);
	}

	@Override
	public String collection() {
		return "appointments";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("schoolId", Sort.Direction.ASC).on("role", Sort.Direction.ASC).named("school_role"));
	}

}
