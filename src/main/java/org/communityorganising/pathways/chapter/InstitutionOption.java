package org.communityorganising.pathways.chapter;

/** An institution as a choice in a form. */
public record InstitutionOption(long id, String name) {}
