package uk.trustboard.api.school;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.channel.Channel;
import uk.trustboard.api.channel.ChannelRepository;
import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRepository;
import uk.trustboard.api.people.SchoolPeople;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PolicyVariantRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.trust.Trust;
import uk.trustboard.api.trust.TrustRepository;

@Controller
class SchoolController {

	private final SchoolDirectory schools;

	private final TrustRepository trusts;

	private final AppointmentRepository appointments;

	private final ChannelRepository channels;

	private final PolicyVariantRepository variants;

	SchoolController(SchoolDirectory schools, TrustRepository trusts, AppointmentRepository appointments,
			ChannelRepository channels, PolicyVariantRepository variants) {
		this.schools = schools;
		this.trusts = trusts;
		this.appointments = appointments;
		this.channels = channels;
		this.variants = variants;
	}

	@QueryMapping
	School school(@Argument String id) {
		return this.schools.school(id);
	}

	@QueryMapping
	Window<School> schools(@Argument String trustId, ScrollSubrange subrange) {
		return this.schools.schools(trustId, Paging.of(subrange));
	}

	@BatchMapping
	Map<School, Trust> trust(List<School> schools) {
		var found = this.trusts.findAllById(Batches.keys(schools, School::trustId), Callers.scope());
		return Batches.referenced(schools, School::trustId, found, Trust::id);
	}

	@BatchMapping
	Map<School, SchoolPeople> people(List<School> schools) {
		var found = this.appointments.findBySchoolIds(Batches.keys(schools, School::id), Callers.scope());
		Map<School, SchoolPeople> result = new java.util.LinkedHashMap<>();
		Batches.children(schools, School::id, found, Appointment::schoolId)
			.forEach((school, held) -> result.put(school, SchoolPeople.of(held)));
		return result;
	}

	@BatchMapping
	Map<School, List<Channel>> channels(List<School> schools) {
		var found = this.channels.findBySchoolIds(Batches.keys(schools, School::id), Callers.scope());
		return Batches.children(schools, School::id, found, Channel::schoolId);
	}

	@BatchMapping
	Map<School, List<PolicyVariant>> variants(List<School> schools) {
		var found = this.variants.findBySchoolIds(Batches.keys(schools, School::id), Callers.scope());
		return Batches.children(schools, School::id, found, PolicyVariant::schoolId);
	}

}
