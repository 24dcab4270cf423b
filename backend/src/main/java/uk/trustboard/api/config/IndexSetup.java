package uk.trustboard.api.config;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Ensures every declared index before the service takes traffic. Creating an index that exists
 * with the same definition is a no-op on MongoDB, so this is safe on every start and on every
 * instance of a scaled-out deployment.
 */
@Component
class IndexSetup implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(IndexSetup.class);

	private final MongoTemplate mongo;

	private final List<MongoIndexes> declarations;

	IndexSetup(MongoTemplate mongo, List<MongoIndexes> declarations) {
		this.mongo = mongo;
		this.declarations = declarations;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int count = 0;
		for (MongoIndexes declaration : this.declarations) {
			var ops = this.mongo.indexOps(declaration.collection());
			for (var index : declaration.indexes()) {
				ops.createIndex(index);
				count++;
			}
		}
		logger.info("Ensured " + count + " MongoDB indexes on " + this.declarations.size() + " collections");
	}

}
