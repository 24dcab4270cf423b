package uk.trustboard.api.school;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An academy of a trust, with the facts its own documents state; unknown facts stay null. */
@Document("schools")
public record School(@Id String id, String trustId, String name, String urn, SchoolPhase phase,
		String localAuthority, String website, String staffEmailDomain, String motto, String vision) {
}
