package io.alembic.report;

/** What an exhibit is about: named accounts, the accounts carrying a tag, one cluster, or a whole detection run's flags. */
public enum ExhibitScope {
    ACCOUNTS("accounts"), TAG("tag"), CLUSTER("cluster"), DETECTION_RUN("detection-run");

    private final String code;

    ExhibitScope(String code) { this.code = code; }

    /** As the CLI option and the audit entry spell it. */
    public String code() { return code; }
}
