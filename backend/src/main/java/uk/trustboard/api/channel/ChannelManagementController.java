package uk.trustboard.api.channel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChannelManagementController {

	private final ChannelManagement management;

	ChannelManagementController(ChannelManagement management) {
		this.management = management;
	}

	@MutationMapping
	ChannelPayload addChannel(@Argument AddChannelInput input) {
		return this.management.add(input);
	}

	@MutationMapping
	ChannelPayload updateChannel(@Argument UpdateChannelInput input) {
		return this.management.update(input);
	}

	@MutationMapping
	ChannelPayload retireChannel(@Argument RetireChannelInput input) {
		return this.management.retire(input.channelId());
	}

}
