package org.communityorganising.pathways.support;

/** The demo accounts of the "demo" Liquibase context; every password is {@link #PASSWORD}. */
public final class DemoLogins {

    public static final String ADMIN = "admin@demo.pathways";
    public static final String TRAINER = "trainer@demo.pathways";
    public static final String LEAD = "lead@demo.pathways";
    public static final String TRAINEE = "trainee@demo.pathways";
    public static final String PASSWORD = "pathways";

    private DemoLogins() {}
}
