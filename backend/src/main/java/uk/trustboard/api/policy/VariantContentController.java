package uk.trustboard.api.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.security.Callers;

/**
 * The fields a published variant version and a draft share, read against their base version:
 * one query for the base versions of every version and draft in the request.
 */
@Controller
class VariantContentController {

	private final TrustPolicyVersionRepository bases;

	VariantContentController(TrustPolicyVersionRepository bases) {
		this.bases = bases;
	}

	@BatchMapping(typeName = "VariantVersion", field = "baseVersion")
	Map<VariantVersion, TrustPolicyVersion> versionBase(List<VariantVersion> versions) {
		return withBase(versions, (content, base) -> base);
	}

	@BatchMapping(typeName = "VariantVersion", field = "sections")
	Map<VariantVersion, List<PolicySection>> versionSections(List<VariantVersion> versions) {
		return withBase(versions, VariantReading::sections);
	}

	@BatchMapping(typeName = "VariantVersion", field = "drift")
	Map<VariantVersion, List<SectionDrift>> versionDrift(List<VariantVersion> versions) {
		return withBase(versions, VariantReading::drift);
	}

	@BatchMapping(typeName = "VariantDraft", field = "baseVersion")
	Map<VariantDraft, TrustPolicyVersion> draftBase(List<VariantDraft> drafts) {
		return withBase(drafts, (content, base) -> base);
	}

	@BatchMapping(typeName = "VariantDraft", field = "sections")
	Map<VariantDraft, List<PolicySection>> draftSections(List<VariantDraft> drafts) {
		return withBase(drafts, VariantReading::sections);
	}

	@BatchMapping(typeName = "VariantDraft", field = "drift")
	Map<VariantDraft, List<SectionDrift>> draftDrift(List<VariantDraft> drafts) {
		return withBase(drafts, VariantReading::drift);
	}

	private <C extends VariantContent, R> Map<C, R> withBase(List<C> contents,
			BiFunction<VariantContent, TrustPolicyVersion, R> read) {
		var ids = contents.stream().map(VariantContent::baseVersionId).distinct().toList();
		Map<String, TrustPolicyVersion> bases = this.bases.findAllById(ids, Callers.scope())
			.stream()
			.collect(Collectors.toMap(TrustPolicyVersion::id, Function.identity()));
		Map<C, R> result = new LinkedHashMap<>();
		for (C content : contents) {
			TrustPolicyVersion base = bases.get(content.baseVersionId());
			if (base != null) {
				result.put(content, read.apply(content, base));
			}
		}
		return result;
	}

}
