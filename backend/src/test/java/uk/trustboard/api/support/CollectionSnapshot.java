package uk.trustboard.api.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The raw documents of some collections at one moment: to show that a refused call stored
 * nothing, and to put back what a test changed, since every integration test shares one database.
 */
public final class CollectionSnapshot {

	private final MongoTemplate mongo;

	private final Map<String, List<Document>> documents;

	private CollectionSnapshot(MongoTemplate mongo, Map<String, List<Document>> documents) {
		this.mongo = mongo;
		this.documents = documents;
	}

	public static CollectionSnapshot of(MongoTemplate mongo, String... collections) {
		Map<String, List<Document>> documents = new LinkedHashMap<>();
		for (String collection : collections) {
			documents.put(collection, mongo.findAll(Document.class, collection));
		}
		return new CollectionSnapshot(mongo, documents);
	}

	/** The same collections as they are now. */
	public Map<String, List<Document>> now() {
		return of(this.mongo, this.documents.keySet().toArray(String[]::new)).documents;
	}

	public Map<String, List<Document>> documents() {
		return this.documents;
	}

	/** Puts every collection back as it was, keeping its indexes. */
	public void restore() {
		this.documents.forEach((collection, saved) -> {
			this.mongo.remove(new Query(), collection);
			if (!saved.isEmpty()) {
				this.mongo.insert(saved, collection);
			}
		});
	}

}
