package uk.trustboard.api.trust;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.security.Callers;

/** Who may read which trust: anyone who may read the directory, their own trust only. */
@Service
class TrustDirectory {

	private final TrustRepository trusts;

	TrustDirectory(TrustRepository trusts) {
		this.trusts = trusts;
	}

	@PreAuthorize("hasAuthority('READ_DIRECTORY')")
	List<Trust> visibleTrusts() {
		return this.trusts.findVisible(Callers.scope());
	}

	@PreAuthorize("hasAuthority('READ_DIRECTORY')")
	Trust trust(String id) {
		return this.trusts.findById(id, Callers.scope()).orElseThrow(() -> new NotFoundException("trust", id));
	}

}
