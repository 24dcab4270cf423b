package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone known to a trust. One document per person even when they work at several of the
 * trust's schools, so an acknowledgement is theirs wherever they work.
 *
 * @param externalKey {@link #keyOf} the trust and the external id, always derived from them (any
 * value passed is replaced); null without an external id. A unique sparse index on it makes an
 * external id name one person per trust. It exists because a sparse index on (trustId,
 * externalId) would still index every person without an external id, by their trust, and refuse
 * the second of them.
 */
@Document("people")
public record Person(@Id String id, String trustId, List<String> schoolIds, String name, String honorific,
		String email, StaffType staffType, StaffStatus status, LocalDate startDate, String externalId,
		boolean fictional, String externalKey) {

	public Person {
		externalKey = keyOf(trustId, externalId);
	}

	/** A person as constructed before the external key existed: the key is derived all the same. */
	public Person(String id, String trustId, List<String> schoolIds, String name, String honorific, String email,
			StaffType staffType, StaffStatus status, LocalDate startDate, String externalId, boolean fictional) {
		this(id, trustId, schoolIds, name, honorific, email, staffType, status, startDate, externalId, fictional, null);
	}

	/** Trust ids are slugs without a colon, so the key is unambiguous. */
	static String keyOf(String trustId, String externalId) {
		return (trustId != null && externalId != null) ? trustId + ":" + externalId : null;
	}

}
