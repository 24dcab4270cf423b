package uk.trustboard.api.channel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
public class ChannelRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	ChannelRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<Channel> findBySchoolIds(Collection<String> schoolIds, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("schoolId").in(schoolIds)).with(Sort.by("platform", "id"));
		return this.mongo.find(OneReply.of(query), Channel.class);
	}

	Optional<Channel> findById(String id, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("_id").is(id));
		return Optional.ofNullable(this.mongo.findOne(query, Channel.class));
	}

	Channel insert(Channel channel, TenantScope scope) {
		if (!scope.includesSchool(channel.trustId(), channel.schoolId())) {
			throw new NotFoundException("school", channel.schoolId());
		}
		return this.mongo.insert(channel);
	}

	/**
	 * Sets fields of one ACTIVE channel in scope in one atomic write (null values unset); empty
	 * when there is none, e.g. because it was retired meanwhile.
	 */
	Optional<Channel> updateActive(String id, Map<String, Object> changes, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("_id").is(id).and("status").is(ChannelStatus.ACTIVE));
		return Optional.ofNullable(this.mongo.findAndModify(query, update(changes),
				FindAndModifyOptions.options().returnNew(true), Channel.class));
	}

	/**
	 * Like {@link #updateActive}, also setting the managers and their history, in the same atomic
	 * write; empty when the channel is no longer ACTIVE or its managers changed since {@code read}
	 * was read (the caller reads again and recomputes the history).
	 */
	Optional<Channel> updateActiveManagers(Channel read, Map<String, Object> changes, List<String> managers,
			List<ChannelManagerPeriod> history, TenantScope scope) {
		// channels written before the counter existed have none: that is 0
		Criteria unchanged = (read.managerChanges() == 0)
				? new Criteria().orOperator(Criteria.where("managerChanges").is(0), Criteria.where("managerChanges").exists(false))
				: Criteria.where("managerChanges").is(read.managerChanges());
		var query = scope.schoolQuery("schoolId", new Criteria().andOperator(
				Criteria.where("_id").is(read.id()).and("status").is(ChannelStatus.ACTIVE), unchanged));
		Update update = update(changes).set("managerPersonIds", managers)
			.set("managerHistory", history)
			.inc("managerChanges", 1);
		return Optional.ofNullable(
				this.mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Channel.class));
	}

	/** Null values unset their field. */
	private static Update update(Map<String, Object> changes) {
		Update update = new Update();
		changes.forEach((field, value) -> {
			if (value == null) {
				update.unset(field);
			}
			else {
				update.set(field, value);
			}
		});
		return update;
	}

	/** Marks one channel in scope RETIRED (already retired: unchanged); empty when there is none. */
	Optional<Channel> retire(String id, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("_id").is(id));
		return Optional.ofNullable(this.mongo.findAndModify(query, new Update().set("status", ChannelStatus.RETIRED),
				FindAndModifyOptions.options().returnNew(true), Channel.class));
	}

	@Override
	public String collection() {
		return "channels";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("schoolId", Sort.Direction.ASC).named("school"));
	}

}
