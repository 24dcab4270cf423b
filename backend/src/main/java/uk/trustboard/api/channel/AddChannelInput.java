package uk.trustboard.api.channel;

import java.util.List;

record AddChannelInput(String schoolId, ChannelPlatform platform, String name, String handle, String url,
		List<String> managerPersonIds, List<String> willPost, List<String> willNotPost, List<String> moderationRules) {
}
