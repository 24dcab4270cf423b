package uk.trustboard.api.channel;

import java.util.List;

import org.springframework.graphql.data.ArgumentValue;

/** A patch of a channel: an omitted field is unchanged, an explicit null clears it. */
record UpdateChannelInput(String channelId, ArgumentValue<ChannelPlatform> platform, ArgumentValue<String> name,
		ArgumentValue<String> handle, ArgumentValue<String> url, ArgumentValue<List<String>> managerPersonIds,
		ArgumentValue<List<String>> willPost, ArgumentValue<List<String>> willNotPost,
		ArgumentValue<List<String>> moderationRules) {
}
