package uk.trustboard.api.acknowledgement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.trust.AcknowledgementRules;

/** The people queries acknowledgements need: who must acknowledge at a school, and who has not. */
@Repository
class AcknowledgementPeople {

	private final MongoTemplate mongo;

	AcknowledgementPeople(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<Person> findById(String id, TenantScope scope) {
		return Optional.ofNullable(this.mongo.findOne(scope.schoolQuery("schoolIds", Criteria.where("_id").is(id)),
				Person.class));
	}

	List<Person> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Person.class);
	}

	/** Everyone who must acknowledge this school's policies. */
	List<Person> required(String schoolId, AcknowledgementRules rules, TenantScope scope) {
		return this.mongo.find(scope.schoolQuery("schoolIds", requiredAt(schoolId, rules)), Person.class);
	}

	/** One page of the people who must acknowledge and have not, by name. */
	Window<Person> outstanding(String schoolId, AcknowledgementRules rules, Collection<String> acknowledged,
			Paging paging, TenantScope scope) {
		var criteria = requiredAt(schoolId, rules).and("_id").nin(acknowledged);
		var query = scope.schoolQuery("schoolIds", criteria)
			.with(Sort.by("name", "id"))
			.with(paging.position())
			.limit(paging.limit());
		return this.mongo.scroll(query, Person.class);
	}

	private static Criteria requiredAt(String schoolId, AcknowledgementRules rules) {
		return Criteria.where("schoolIds")
			.is(schoolId)
			.and("status")
			.is(StaffStatus.ACTIVE)
			.and("staffType")
			.in(rules.audiences());
	}

}
