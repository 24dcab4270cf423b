package uk.trustboard.api.acknowledgement;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.policy.PolicyVariant;

/**
 * How many people who must acknowledge a school's policy have acknowledged its current line.
 * Kept up to date by single-document {@code $inc} writes with each acknowledgement and each
 * change to a person, so that counts never need the ledger; {@link AcknowledgementCounters#repair}
 * recomputes them from it. {@code byStart} splits the count by the acknowledgers' start dates,
 * so the number overdue on any date can be worked out without the ledger too.
 */
@Document("acknowledgement_counters")
public record AcknowledgementCounter(@Id String id, String trustId, String schoolId, String variantId, int line,
		long acknowledged, Map<String, Long> byStart) {

	/** The key of a start date in {@code byStart}: acknowledgers counted by when they started. */
	static String startKey(Person person) {
		return (person.startDate() != null) ? person.startDate().toString() : NO_START;
	}

	static final String NO_START = "none";

	/** How many acknowledgers started before a date (or have no start date). */
	public long acknowledgedStartedBefore(LocalDate date) {
		if (this.byStart == null) {
			return 0;
		}
		return this.byStart.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equals(NO_START) || LocalDate.parse(entry.getKey()).isBefore(date))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	static String idOf(String variantId, int line) {
		return variantId + ":" + line;
	}

	/** The counter of a published variant's current acknowledgement line. */
	public static String currentOf(PolicyVariant variant) {
		return idOf(variant.id(), variant.live().acknowledgementLine());
	}

}
