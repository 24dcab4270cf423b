package uk.trustboard.api.config;

import java.util.List;
import java.util.Set;

import com.mongodb.MongoCommandException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link CollectionSchemas} at start-up: {@code create} with the validator for a new
 * collection, {@code collMod} for an existing one. Both are idempotent, so every instance of a
 * scaled-out deployment may do it on every start. The embedded server has no {@code collMod} (it
 * answers CommandNotFound, and logs a stack trace for it) and ignores a validator given to
 * {@code create}: when the service runs it in-process they are not sent at all; behind a URI they
 * are tried, and reported as not enforced when the server does not keep them.
 */
@Component
public class ValidatorSetup implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ValidatorSetup.class);

	private static final int COMMAND_NOT_FOUND = 59;

	private final MongoTemplate mongo;

	private final List<CollectionSchema> schemas;

	private volatile boolean enforced;

	private final boolean embedded;

	@Autowired
	ValidatorSetup(MongoTemplate mongo, Environment environment) {
		this(mongo, CollectionSchemas.all(), MongoTarget.of(environment) == MongoTarget.EMBEDDED);
	}

	ValidatorSetup(MongoTemplate mongo, List<CollectionSchema> schemas, boolean embedded) {
		this.mongo = mongo;
		this.schemas = schemas;
		this.embedded = embedded;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.embedded) {
			logger.info("The embedded MongoDB keeps no collection validators; a real MongoDB enforces them");
			return;
		}
		Set<String> existing = this.mongo.getCollectionNames();
		try {
			for (CollectionSchema schema : this.schemas) {
				this.mongo.executeCommand(existing.contains(schema.collection()) ? modify(schema) : create(schema));
			}
			// the embedded server accepts a validator in create and drops it: believe only what it reports back
			this.enforced = this.schemas.stream().allMatch(this::reportsValidator);
			if (this.enforced) {
				logger.info("Applied $jsonSchema validators to " + this.schemas.size() + " collections");
			}
			else {
				logger.warn("This MongoDB server accepted but does not keep collection validators: they are not enforced");
			}
		}
		catch (DataAccessException ex) {
			if (!(ex.getCause() instanceof MongoCommandException command) || command.getErrorCode() != COMMAND_NOT_FOUND) {
				throw ex;
			}
			this.enforced = false;
			logger.warn("This MongoDB server has no collMod (the embedded server): collection validators are not enforced");
		}
	}

	/** Whether the server took the validators; false on the embedded server. */
	public boolean enforced() {
		return this.enforced;
	}

	private boolean reportsValidator(CollectionSchema schema) {
		Document reply = this.mongo.executeCommand(new Document("listCollections", 1).append("filter",
				new Document("name", schema.collection())));
		List<Document> batch = reply.get("cursor", Document.class).getList("firstBatch", Document.class);
		return !batch.isEmpty() && batch.get(0).get("options", new Document()).containsKey("validator");
	}

	private static Document create(CollectionSchema schema) {
		return new Document("create", schema.collection()).append("validator", schema.validator())
			.append("validationLevel", "strict")
			.append("validationAction", "error");
	}

	private static Document modify(CollectionSchema schema) {
		return new Document("collMod", schema.collection()).append("validator", schema.validator())
			.append("validationLevel", "strict")
			.append("validationAction", "error");
	}

}
