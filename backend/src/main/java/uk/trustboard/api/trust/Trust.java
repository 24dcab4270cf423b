package uk.trustboard.api.trust;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A multi-academy trust: the tenant every other document belongs to. */
@Document("trusts")
public record Trust(@Id String id, String name) {
}
