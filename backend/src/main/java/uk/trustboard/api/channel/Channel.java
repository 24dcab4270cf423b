package uk.trustboard.api.channel;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An official school channel with the posting and moderation rules its policy sets for it. */
@Document("channels")
public record Channel(@Id String id, String trustId, String schoolId, ChannelPlatform platform, String name,
		String handle, String url, List<String> managerPersonIds, List<String> willPost, List<String> willNotPost,
		List<String> moderationRules, ChannelStatus status) {
}
