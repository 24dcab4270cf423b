package uk.trustboard.api.acknowledgement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.trust.AcknowledgementRules;

/** The people queries acknowledgements need: who must acknowledge at a school, and who has not. */
@Repository
public class AcknowledgementPeople {

	private final MongoTemplate mongo;

	AcknowledgementPeople(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** By {@code _id} alone, then the scope check: see {@code PersonRepository.findAllById}. */
	Optional<Person> findById(String id, TenantScope scope) {
		return Optional.ofNullable(this.mongo.findById(id, Person.class))
			.filter(person -> scope.includesAnySchool(person.trustId(), person.schoolIds()));
	}

	List<Person> findAllById(Collection<String> ids) {
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("_id").in(ids))), Person.class);
	}

	/** Everyone who must acknowledge this school's policies. */
	List<Person> required(String schoolId, AcknowledgementRules rules, TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.schoolQuery("schoolIds", requiredAt(schoolId, rules))), Person.class);
	}

	/** One page of the people who must acknowledge and have not, by name; {@code due} null for all of them. */
	Window<Person> outstanding(String schoolId, AcknowledgementRules rules, Collection<String> acknowledged, Due due,
			Paging paging, TenantScope scope) {
		var criteria = requiredAt(schoolId, rules).and("_id").nin(acknowledged);
		if (due != null && due.overdue()) {
			criteria = new Criteria().andOperator(criteria, (due.startedBefore() != null)
					? new Criteria().orOperator(Criteria.where("startDate").lt(due.startedBefore()),
							Criteria.where("startDate").is(null))
					: Criteria.where("_id").in(List.of()));
		}
		else if (due != null && due.startedBefore() != null) {
			criteria = new Criteria().andOperator(criteria, Criteria.where("startDate").gte(due.startedBefore()));
		}
		var query = scope.schoolQuery("schoolIds", criteria)
			.with(Sort.by("name", "id"))
			.with(paging.position())
			.limit(paging.limit());
		return this.mongo.scroll(query, Person.class);
	}

	/**
	 * For each school, how many people must acknowledge, and how many of them started before a
	 * date (or have no start date): one aggregation over people, never the ledger.
	 */
	public Map<String, RequiredCount> requiredBySchool(String trustId, Collection<String> schoolIds,
			AcknowledgementRules rules, LocalDate startedBefore, TenantScope scope) {
		var match = scope.schoolQuery("schoolIds", Criteria.where("trustId")
			.is(trustId)
			.and("status")
			.is(StaffStatus.ACTIVE.name())
			.and("staffType")
			.in(rules.audiences().stream().map(Enum::name).toList())).getQueryObject();
		Date before = Date.from(startedBefore.atStartOfDay(ZoneOffset.UTC).toInstant());
		var early = new Document("$cond", List.of(
				new Document("$lt", List.of(new Document("$ifNull", List.of("$startDate", new Date(0))), before)), 1, 0));
		List<Document> pipeline = List.of(new Document("$match", match), new Document("$unwind", "$schoolIds"),
				new Document("$match", new Document("schoolIds", new Document("$in", List.copyOf(schoolIds)))),
				new Document("$group", new Document("_id", "$schoolIds").append("required", new Document("$sum", 1))
					.append("early", new Document("$sum", early))));
		Map<String, RequiredCount> counts = new HashMap<>();
		this.mongo.getCollection("people")
			.aggregate(pipeline)
			.batchSize(OneReply.BATCH_SIZE)
			.forEach(row -> counts.put(row.getString("_id"),
					new RequiredCount(((Number) row.get("required")).longValue(), ((Number) row.get("early")).longValue())));
		return counts;
	}

	/**
	 * Outstanding people past their due date ({@code overdue}) or not yet due. Due is the later of
	 * the line's publication and the person's start date, plus the days allowed, so being past due
	 * means having started before {@code startedBefore} (no start date counts as long ago); null
	 * when the line itself is not yet past due, and so nobody is.
	 */
	record Due(boolean overdue, LocalDate startedBefore) {
	}

	/** @param required everyone who must acknowledge; @param startedEarly those who started before the date asked */
	public record RequiredCount(long required, long startedEarly) {
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
