package uk.trustboard.api.channel;

public enum ChannelPlatform {
	FACEBOOK, X, INSTAGRAM, YOUTUBE, TIKTOK, LINKEDIN, CLASS_DOJO, TAPESTRY, WEBSITE, BLOG, OTHER
}
