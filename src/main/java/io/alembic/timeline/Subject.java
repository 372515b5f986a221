package io.alembic.timeline;

/** Whose requests a timeline shows. TAG means every account carrying that tag, on one shared axis. */
public enum Subject { ACCOUNT, KEY, IP, ROUTER, TAG }
