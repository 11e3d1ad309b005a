-- Sign-ins, failed sign-ins and account changes (who, what, from where), for the office's account audit.
CREATE TABLE IF NOT EXISTS account_audit (
    id       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL,
    action   text        NOT NULL,
    subject  text        NOT NULL,
    actor    text        NULL,
    address  text        NULL,
    detail   text        NULL
);

CREATE INDEX IF NOT EXISTS account_audit_at ON account_audit (at DESC);
