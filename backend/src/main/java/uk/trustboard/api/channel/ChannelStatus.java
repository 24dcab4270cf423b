package uk.trustboard.api.channel;

public enum ChannelStatus {
	ACTIVE, RETIRED
}
