package uk.trustboard.api.channel;

record RetireChannelInput(String channelId) {
}
