package uk.trustboard.api.channel;

import java.util.List;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;

record ChannelPayload(Channel channel, List<UserError> userErrors) implements MutationPayload {

	static ChannelPayload of(Channel channel) {
		return new ChannelPayload(channel, List.of());
	}

	static ChannelPayload rejected(List<UserError> errors) {
		return new ChannelPayload(null, List.copyOf(errors));
	}

}
