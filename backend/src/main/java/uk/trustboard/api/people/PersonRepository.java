package uk.trustboard.api.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.security.TenantScope;

@Repository
public class PersonRepository implements MongoIndexes {

	/** The order of every staff list: name, then id to make it total. */
	private static final Sort ORDER = Sort.by("name", "id");

	private final MongoTemplate mongo;

	PersonRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * People of these ids that the caller may see. Read by {@code _id} alone, then checked against
	 * the caller's scope: the same index lookup on every server, where mongo-java-server, which
	 * only uses an index for a query on exactly its fields, would scan every person of every trust
	 * for an {@code _id} inside the tenant's {@code $and}. This is the most frequent read.
	 */
	public List<Person> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("_id").in(ids))), Person.class)
			.stream()
			.filter(person -> scope.includesAnySchool(person.trustId(), person.schoolIds()))
			.toList();
	}

	/** People of these schools with one of these names (as stored, without honorific), by the school_name_id index. */
	public List<Person> findBySchoolsAndNames(Collection<String> schoolIds, Collection<String> names, TenantScope scope) {
		var criteria = Criteria.where("schoolIds").in(schoolIds).and("name").in(names);
		return this.mongo.find(OneReply.of(scope.schoolQuery("schoolIds", criteria)), Person.class);
	}

	/**
	 * One page of a school's people, by name, optionally only those of one status. The school itself
	 * must be in scope: people of several schools would match the scope through another school.
	 */
	Window<Person> page(String trustId, String schoolId, StaffStatus status, Paging paging, TenantScope scope) {
		if (!scope.includesSchool(trustId, schoolId)) {
			throw new NotFoundException("school", schoolId);
		}
		Criteria criteria = Criteria.where("schoolIds").is(schoolId);
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		var query = scope.schoolQuery("schoolIds", criteria).with(ORDER).with(paging.position()).limit(paging.limit());
		return this.mongo.scroll(query, Person.class);
	}

	/**
	 * The people of the caller's trust with these external ids, at any of its schools: an external
	 * id names one person of the trust, who may already work at a school the caller cannot see.
	 * The keys begin with the caller's trust, so no other trust is read; they are the only condition
	 * so that the unique index answers the query, on the embedded server too.
	 */
	List<Person> findByExternalIds(Collection<String> externalIds, TenantScope scope) {
		List<String> keys = externalIds.stream().map(id -> Person.keyOf(scope.trustId(), id)).toList();
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("externalKey").in(keys))), Person.class);
	}

	/**
	 * Writes one import row at a school of the caller's in one atomic upsert keyed by the trust and
	 * external id: the person with that external id gets the row's fields and the school, or is
	 * created with {@code newId} when the trust has none. Returns the person exactly as stored
	 * before the write, empty when it created them; what it stores is {@link StaffRow#applyTo} of
	 * that (or {@link StaffRow#newPerson}). A retried or concurrent import cannot create a second
	 * person: the unique index refuses the second insert, which is then repeated as an update.
	 */
	Optional<Person> importRow(StaffRow row, String trustId, String schoolId, String newId, TenantScope scope) {
		if (!scope.includesSchool(trustId, schoolId)) {
			throw new NotFoundException("school", schoolId);
		}
		var query = Query.query(Criteria.where("externalKey").is(Person.keyOf(trustId, row.externalId())));
		var update = new Update().setOnInsert("_id", newId)
			.setOnInsert("trustId", trustId)
			.setOnInsert("externalId", row.externalId())
			.setOnInsert("fictional", false)
			.set("name", row.name())
			.set("staffType", row.staffType())
			.set("status", row.status())
			.addToSet("schoolIds", schoolId);
		setOrUnset(update, "email", row.email());
		setOrUnset(update, "startDate", row.startDate());
		var options = FindAndModifyOptions.options().upsert(true).returnNew(false);
		try {
			return Optional.ofNullable(this.mongo.findAndModify(query, update, options, Person.class));
		}
		catch (DuplicateKeyException ex) {
			// another import created this person between our match and our insert: now there is one to update
			return Optional.ofNullable(this.mongo.findAndModify(query, update, options, Person.class));
		}
	}

	/**
	 * Inserts people new to the trust in one unordered bulk write: each is stored exactly as given,
	 * or refused alone by the unique index when another import has stored their external id since
	 * it was read. Returns those refused, for the caller to write with {@link #importRow} instead.
	 */
	List<Person> insertNew(List<Person> people, TenantScope scope) {
		for (Person person : people) {
			for (String schoolId : person.schoolIds()) {
				if (!scope.includesSchool(person.trustId(), schoolId)) {
					throw new NotFoundException("school", schoolId);
				}
			}
		}
		if (people.isEmpty()) {
			return List.of();
		}
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Person.class).insert(people).execute();
			return List.of();
		}
		catch (BulkOperationException ex) {
			List<Person> refused = new ArrayList<>();
			for (BulkWriteError error : ex.getErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				refused.add(people.get(error.getIndex()));
			}
			return refused;
		}
	}

	/** People with an external id stored before {@link Person#externalKey} existed, so without the key. */
	List<Person> findWithoutExternalKey() {
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("externalId").exists(true).and("externalKey").exists(false))),
				Person.class);
	}

	/**
	 * Stores the key of a person found by {@link #findWithoutExternalKey}; throws
	 * {@link DuplicateKeyException} when another person of the trust already has that external id.
	 */
	void storeExternalKey(Person person) {
		var query = Query.query(Criteria.where("_id").is(person.id()).and("externalKey").exists(false));
		this.mongo.updateFirst(query, new Update().set("externalKey", person.externalKey()), Person.class);
	}

	private static void setOrUnset(Update update, String field, Object value) {
		if (value != null) {
			update.set(field, value);
		}
		else {
			update.unset(field);
		}
	}

	@Override
	public String collection() {
		return "people";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("schoolIds", Sort.Direction.ASC).named("school"),
				new Index().on("schoolIds", Sort.Direction.ASC)
					.on("name", Sort.Direction.ASC)
					.on("_id", Sort.Direction.ASC)
					.named("school_name_id"),
				// one person per external id in a trust (sparse: people without one are not indexed)
				new Index().on("externalKey", Sort.Direction.ASC).unique().sparse().named("trust_external_id"));
	}

}
