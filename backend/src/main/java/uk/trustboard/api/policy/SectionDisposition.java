package uk.trustboard.api.policy;

/** How a school's variant treats a section of its trust base. */
public enum SectionDisposition {

	/** The trust's text, unchanged: it follows the base when the variant is rebased. */
	INHERITED,

	/** The school's own text in place of the trust's section. */
	REPLACED,

	/** The trust's section is left out. */
	REMOVED,

	/** A section of the school's own with no counterpart in the base. */
	ADDED

}
