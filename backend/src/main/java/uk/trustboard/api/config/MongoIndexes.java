package uk.trustboard.api.config;

import java.util.List;

import org.springframework.data.mongodb.core.index.IndexDefinition;

/**
 * Implemented by each repository to declare the indexes its queries need. Spring Data's automatic
 * index creation is off; {@link IndexSetup} ensures these at start-up instead.
 */
public interface MongoIndexes {

	String collection();

	List<IndexDefinition> indexes();

}
