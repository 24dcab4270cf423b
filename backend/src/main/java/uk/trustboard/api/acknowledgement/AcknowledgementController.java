package uk.trustboard.api.acknowledgement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.PersonRepository;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PolicyVariantRepository;
import uk.trustboard.api.security.Callers;

@Controller
class AcknowledgementController {

	private final AcknowledgementLedger ledger;

	private final AcknowledgementReporting reporting;

	private final AcknowledgementSettings settings;

	private final PersonRepository people;

	private final PolicyVariantRepository variants;

	AcknowledgementController(AcknowledgementLedger ledger, AcknowledgementReporting reporting,
			AcknowledgementSettings settings, PersonRepository people, PolicyVariantRepository variants) {
		this.ledger = ledger;
		this.reporting = reporting;
		this.settings = settings;
		this.people = people;
		this.variants = variants;
	}

	@MutationMapping
	AcknowledgePolicyPayload acknowledgePolicy(@Argument AcknowledgePolicyInput input) {
		return this.ledger.acknowledge(input);
	}

	@MutationMapping
	AcknowledgementSettings.Payload setAcknowledgementRules(@Argument AcknowledgementSettings.Input input) {
		return this.settings.set(input);
	}

	@QueryMapping
	List<OutstandingPolicy> myOutstandingPolicies(@Argument LocalDate asOf) {
		return this.reporting.mine(asOf);
	}

	@QueryMapping
	AcknowledgementStatus acknowledgementStatus(@Argument String variantId, @Argument LocalDate asOf) {
		return this.reporting.status(variantId, asOf);
	}

	/** A connection with arguments: one query per status asked for (a request asks for one). */
	@SchemaMapping(typeName = "AcknowledgementStatus")
	Window<Person> outstandingPeople(AcknowledgementStatus status, ScrollSubrange subrange, @Argument Boolean overdue) {
		return this.reporting.outstandingPeople(status, overdue, Paging.of(subrange));
	}

	@BatchMapping(typeName = "Acknowledgement")
	Map<Acknowledgement, Person> person(List<Acknowledgement> acknowledgements) {
		var found = this.people.findAllById(Batches.keys(acknowledgements, Acknowledgement::personId), Callers.scope());
		return Batches.referenced(acknowledgements, Acknowledgement::personId, found, Person::id);
	}

	@BatchMapping(typeName = "Acknowledgement")
	Map<Acknowledgement, PolicyVariant> variant(List<Acknowledgement> acknowledgements) {
		var found = this.variants.findBySchoolIds(Batches.keys(acknowledgements, Acknowledgement::schoolId),
				Callers.scope());
		return Batches.referenced(acknowledgements, Acknowledgement::variantId, found, PolicyVariant::id);
	}

}
