package uk.trustboard.api.channel;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An official school channel with the posting and moderation rules its policy sets for it.
 *
 * @param managerHistory who managed the channel when (see {@link ManagerHistory}), written in the
 * same atomic update as {@code managerPersonIds}
 * @param managerChanges rises with every change of managers: a change is written only if it is
 * unchanged since the change read the channel, so two heads changing managers at once cannot
 * lose each other's history
 */
@Document("channels")
public record Channel(@Id String id, String trustId, String schoolId, ChannelPlatform platform, String name,
		String handle, String url, List<String> managerPersonIds, List<String> willPost, List<String> willNotPost,
		List<String> moderationRules, ChannelStatus status, List<ChannelManagerPeriod> managerHistory,
		long managerChanges) {

	public Channel {
		managerPersonIds = (managerPersonIds != null) ? managerPersonIds : List.of();
		managerHistory = (managerHistory != null) ? managerHistory : List.of();
	}

	/** A channel without a kept history (seed data): its managers' periods began at an unknown time. */
	public Channel(String id, String trustId, String schoolId, ChannelPlatform platform, String name, String handle,
			String url, List<String> managerPersonIds, List<String> willPost, List<String> willNotPost,
			List<String> moderationRules, ChannelStatus status) {
		this(id, trustId, schoolId, platform, name, handle, url, managerPersonIds, willPost, willNotPost,
				moderationRules, status, List.of(), 0);
	}

}
