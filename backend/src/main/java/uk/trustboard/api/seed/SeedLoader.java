package uk.trustboard.api.seed;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.review.ReviewSchedule;

/**
 * Loads seed-data/ into MongoDB. Every file is read and checked first; then each document is
 * upserted by its id (appointments only inserted, see below), one single-document write at a
 * time, and a marker is written last. A run
 * that stops half-way leaves no marker, so the next start simply loads again: every write is an
 * idempotent replace, so a second load gives the same documents.
 */
@Component
public class SeedLoader {

	static final String MARKER_COLLECTION = "seed_runs";

	static final String MARKER_ID = "seed";

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	private final MongoTemplate mongo;

	private final SeedReader reader;

	private final Clock clock;

	SeedLoader(MongoTemplate mongo, Validator validator, Clock clock) {
		this.mongo = mongo;
		this.reader = new SeedReader(validator);
		this.clock = clock;
	}

	/** Whether a load has completed on this database. */
	public boolean loaded() {
		return this.mongo.findById(MARKER_ID, SeedMarker.class, MARKER_COLLECTION) != null;
	}

	/** Reads, checks and writes the seed set; returns the number of documents written per collection. */
	public Map<String, Integer> load(Path directory) {
		SeedSet seed = this.reader.read(directory);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Object document : SeedDocuments.of(seed).ordered()) {
			if (document instanceof ReviewSchedule schedule) {
				// changed now, as far as an integration polling updatedSince is concerned
				insertUnlessPresent(schedule.writtenAt(Instant.now(this.clock)));
			}
			else if (document instanceof Appointment) {
				insertUnlessPresent(document);
			}
			else {
				this.mongo.save(document);
			}
			counts.merge(this.mongo.getCollectionName(document.getClass()), 1, Integer::sum);
		}
		this.mongo.save(new SeedMarker(MARKER_ID, seed.checksum(), Instant.now(this.clock)), MARKER_COLLECTION);
		logger.info("Loaded seed data from " + directory.toAbsolutePath().normalize() + ": " + counts);
		return counts;
	}

	/**
	 * Appointments and review schedules move on through the API (a new DSL, a recorded review):
	 * reloading must not put the seeded state back over them. Putting a replaced DSL back as
	 * current would even give a school two (the unique current-slot index refuses that). So they
	 * are written only when not there.
	 */
	private void insertUnlessPresent(Object document) {
		try {
			this.mongo.insert(document);
		}
		catch (DuplicateKeyException ex) {
			logger.debug("Seed document {} kept as the school left it", document);
		}
	}

	record SeedMarker(String id, String checksum, Instant loadedAt) {
	}

}
