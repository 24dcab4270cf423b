package uk.trustboard.api.channel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import uk.trustboard.api.graphql.GraphQlConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/** The patch semantics of updateChannel reach the service intact: left out, null and a value differ. */
@GraphQlTest(ChannelManagementController.class)
@Import(GraphQlConfiguration.class)
class ChannelManagementControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	ChannelManagement management;

	@Test
	void omittedFieldsStayOmittedAndNullsArriveAsNulls() {
		given(this.management.update(any())).willReturn(ChannelPayload.rejected(List.of()));
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("channelId", "lunsford-primary-x");
		input.put("handle", null);
		input.put("managerPersonIds", List.of("demo-lunsford-teacher-1"));
		input.put("willPost", null);

		this.graphQl.document("mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { userErrors { code } } }")
			.variable("input", input)
			.execute()
			.path("updateChannel.userErrors")
			.entityList(Map.class)
			.hasSize(0);

		ArgumentCaptor<UpdateChannelInput> captor = ArgumentCaptor.forClass(UpdateChannelInput.class);
		verify(this.management).update(captor.capture());
		UpdateChannelInput received = captor.getValue();
		assertThat(received.channelId()).isEqualTo("lunsford-primary-x");
		assertThat(received.name().isOmitted()).isTrue();
		assertThat(received.platform().isOmitted()).isTrue();
		assertThat(received.handle().isOmitted()).isFalse();
		assertThat(received.handle().value()).isNull();
		assertThat(received.willPost().isOmitted()).isFalse();
		assertThat(received.willPost().value()).isNull();
		assertThat(received.managerPersonIds().value()).containsExactly("demo-lunsford-teacher-1");
	}

}
