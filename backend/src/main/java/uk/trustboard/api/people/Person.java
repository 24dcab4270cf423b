package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone known to a trust. One document per person even when they work at several of the
 * trust's schools, so an acknowledgement is theirs wherever they work.
 */
@Document("people")
public record Person(@Id String id, String trustId, List<String> schoolIds, String name, String honorific,
		String email, StaffType staffType, StaffStatus status, LocalDate startDate, String externalId,
		boolean fictional) {
}
