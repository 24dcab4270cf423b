package uk.trustboard.api.config;

import java.util.List;

import uk.trustboard.api.acknowledgement.AcknowledgementMethod;
import uk.trustboard.api.channel.ChannelPlatform;
import uk.trustboard.api.channel.ChannelStatus;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.people.StaffType;
import uk.trustboard.api.policy.PublicationKind;
import uk.trustboard.api.review.ReviewTarget;
import uk.trustboard.api.school.SchoolPhase;

/**
 * The validators of the main collections, applied at start-up by {@link ValidatorSetup}. They
 * are the last guard on a shared database: a script or another service writing a school without
 * a trust, or a role Trustboard does not know, is refused by MongoDB itself. Every document has
 * its trust id, because every query is scoped by it.
 */
public final class CollectionSchemas {

	private static final String STRING = "string";

	private static final String[] NUMBER = { "int", "long" };

	private CollectionSchemas() {
	}

	public static List<CollectionSchema> all() {
		return List.of(
				CollectionSchema.of("trusts").required("_id", STRING).required("name", STRING).build(),
				scoped("schools").required("name", STRING).optionalEnum("phase", SchoolPhase.class)
					.optional("urn", STRING).build(),
				scoped("people").required("name", STRING).optional("schoolIds", "array")
					.optionalEnum("staffType", StaffType.class).optionalEnum("status", StaffStatus.class)
					.optional("startDate", "date").optional("fictional", "bool").build(),
				scoped("appointments").required("schoolId", STRING).required("personId", STRING)
					.requiredEnum("role", AppointmentRole.class).optional("until", "date").build(),
				scoped("channels").requiredEnum("platform", ChannelPlatform.class)
					.optionalEnum("status", ChannelStatus.class).optional("managerPersonIds", "array").build(),
				scoped("policies").required("title", STRING).required("currentNumber", NUMBER)
					.required("revision", NUMBER).build(),
				scoped("variants").required("schoolId", STRING).required("policyId", STRING)
					.required("revision", NUMBER).optional("live", "object").optional("draft", "object").build(),
				scoped("variant_versions").required("schoolId", STRING).required("variantId", STRING)
					.required("policyId", STRING).required("number", NUMBER).optionalEnum("kind", PublicationKind.class)
					.optional("publishedAt", "date").optional("sections", "array").build(),
				scoped("review_schedules").requiredEnum("target", ReviewTarget.class).required("cycleMonths", NUMBER)
					.optional("nextDue", "date").optional("schoolId", STRING).build(),
				scoped("acknowledgements").required("schoolId", STRING).required("variantId", STRING)
					.required("personId", STRING).required("versionNumber", NUMBER).required("acknowledgedAt", "date")
					.optionalEnum("method", AcknowledgementMethod.class).build(),
				scoped("acknowledgement_counters").required("schoolId", STRING).required("variantId", STRING)
					.required("acknowledged", NUMBER).optional("byStart", "object").build());
	}

	private static CollectionSchema.Builder scoped(String collection) {
		return CollectionSchema.of(collection).required("_id", STRING).required("trustId", STRING);
	}

}
