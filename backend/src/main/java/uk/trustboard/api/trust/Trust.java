package uk.trustboard.api.trust;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A multi-academy trust: the tenant every other document belongs to.
 *
 * @param acknowledgements who must acknowledge policies and by when; null for the defaults
 */
@Document("trusts")
public record Trust(@Id String id, String name, AcknowledgementRules acknowledgements) {

	public Trust(String id, String name) {
		this(id, name, null);
	}

	public AcknowledgementRules acknowledgementRules() {
		return (this.acknowledgements != null) ? this.acknowledgements : AcknowledgementRules.DEFAULT;
	}

}
