package uk.trustboard.api.acknowledgement;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's confirmation that they have read a school's policy, for one acknowledgement line
 * (the versions since its latest MAJOR one). The id is made of person, variant and line, so the
 * database itself keeps it to one per person and line: a repeated call finds the first.
 */
@Document("acknowledgements")
public record Acknowledgement(@Id String id, String trustId, String schoolId, String variantId, String personId,
		int line, int versionNumber, Instant acknowledgedAt, AcknowledgementMethod method, String recordedBy,
		String evidence) {

	static String idOf(String personId, String variantId, int line) {
		return personId + ":" + variantId + ":" + line;
	}

	/** The counter this acknowledgement counts in. */
	String counterId() {
		return AcknowledgementCounter.idOf(this.variantId, this.line);
	}

}
